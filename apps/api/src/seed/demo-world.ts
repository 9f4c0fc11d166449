import { PERMISSIONS, type ContentArea, type Language, type Permission } from '@cloudhub/permissions';

/** The demo world of PRODUCT.md "The portal around it": two customers, roles, rows for every area. */
export interface DemoTenant {
  readonly customerNumber: string;
  readonly companyName: string;
  readonly language: Language;
}

export const DEMO_TENANTS: readonly DemoTenant[] = [
  { customerNumber: '100042', companyName: 'Acme Devices GmbH', language: 'de' },
  { customerNumber: '100043', companyName: 'Beta Logistics AG', language: 'en' },
];

export const DEMO_ROLES: readonly { name: string; permissions: readonly Permission[] }[] = [
  { name: 'Administrator', permissions: PERMISSIONS },
  { name: 'Buyer', permissions: ['orders.read', 'invoices.read'] },
  { name: 'Technician', permissions: ['devices.read', 'documents.read'] },
  { name: 'Controller', permissions: ['invoices.read', 'reports.read'] },
];

/** Demo members beside the admin: one with a role, one without any (restricted mode). */
export const DEMO_MEMBERS: readonly { email: string; name: string; language: Language; role?: string }[] = [
  { email: 'buyer@example.com', name: 'Bea Buyer', language: 'en', role: 'Buyer' },
  { email: 'newcomer@example.com', name: 'Nico Newcomer', language: 'de' },
];

const TITLES: Readonly<Record<ContentArea, readonly string[]>> = {
  orders: ['Edge gateways, 12 pcs.', 'Sensor kits, 40 pcs.', 'Rack mounts, 6 pcs.', 'Spare power supplies, 10 pcs.'],
  invoices: ['Hardware delivery October', 'Cloud subscription Q4', 'Installation service', 'Support contract 2026'],
  devices: ['Gateway Hall 1', 'Gateway Hall 2', 'Cold store sensor 7', 'Dock door controller'],
  documents: ['Framework contract', 'CE declaration of conformity', 'Gateway manual v3', 'Data processing agreement'],
  reports: ['Usage report October', 'Cost report Q3', 'Device uptime September', 'Alarm statistics 2026'],
};

const STATUSES: Readonly<Record<ContentArea, readonly string[]>> = {
  orders: ['shipped', 'in progress', 'delivered', 'ordered'],
  invoices: ['paid', 'open', 'paid', 'overdue'],
  devices: ['online', 'online', 'offline', 'maintenance'],
  documents: ['signed', 'valid', 'current', 'signed'],
  reports: ['final', 'final', 'final', 'draft'],
};

const PREFIX: Readonly<Record<ContentArea, string>> = {
  orders: 'PO',
  invoices: 'INV',
  devices: 'DEV',
  documents: 'DOC',
  reports: 'REP',
};

export function demoRecords(area: ContentArea, customerNumber: string) {
  return TITLES[area].map((title, index) => ({
    area,
    reference: `${PREFIX[area]}-${customerNumber.slice(-2)}${String(index + 1).padStart(3, '0')}`,
    title,
    status: STATUSES[area][index],
    amountCents: area === 'orders' || area === 'invoices' ? 125_000 + index * 48_250 : null,
    occurredOn: new Date(Date.UTC(2026, 9, 28 - index * 9)).toISOString().slice(0, 10),
  }));
}
