/**
 * The one catalogue of areas and the permissions that unlock them. The API guard, the role editor and
 * the SPA's navigation all read it from here, so a new area is added in exactly one place.
 */

export type Language = 'en' | 'de';
export const LANGUAGES: readonly Language[] = ['en', 'de'];

type Localised = Readonly<Record<Language, string>>;

/** Areas with demo content that a member reads. */
export const CONTENT_AREAS = ['orders', 'invoices', 'devices', 'documents', 'reports'] as const;
export type ContentArea = (typeof CONTENT_AREAS)[number];

export type AreaKey = ContentArea | 'users';

export const PERMISSIONS = [
  'orders.read',
  'invoices.read',
  'devices.read',
  'documents.read',
  'reports.read',
  'users.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface AreaDefinition {
  readonly key: AreaKey;
  readonly permission: Permission;
  /** The SPA route of the area, relative to the customer's base path. */
  readonly path: string;
  readonly label: Localised;
  /** What the area gives, in plain words (invitation page, welcome tour). */
  readonly description: Localised;
}

export const AREAS: readonly AreaDefinition[] = [
  {
    key: 'orders',
    permission: 'orders.read',
    path: 'orders',
    label: { en: 'Orders', de: 'Bestellungen' },
    description: {
      en: 'See your company’s orders and their delivery status.',
      de: 'Die Bestellungen Ihres Unternehmens und ihren Lieferstatus einsehen.',
    },
  },
  {
    key: 'invoices',
    permission: 'invoices.read',
    path: 'invoices',
    label: { en: 'Invoices', de: 'Rechnungen' },
    description: {
      en: 'Read invoices, amounts and due dates.',
      de: 'Rechnungen, Beträge und Fälligkeiten lesen.',
    },
  },
  {
    key: 'devices',
    permission: 'devices.read',
    path: 'devices',
    label: { en: 'Devices', de: 'Geräte' },
    description: {
      en: 'View the devices registered to your company and their state.',
      de: 'Die für Ihr Unternehmen registrierten Geräte und ihren Zustand ansehen.',
    },
  },
  {
    key: 'documents',
    permission: 'documents.read',
    path: 'documents',
    label: { en: 'Documents', de: 'Dokumente' },
    description: {
      en: 'Open contracts, certificates and manuals.',
      de: 'Verträge, Zertifikate und Handbücher öffnen.',
    },
  },
  {
    key: 'reports',
    permission: 'reports.read',
    path: 'reports',
    label: { en: 'Reports', de: 'Berichte' },
    description: {
      en: 'See usage and cost reports.',
      de: 'Nutzungs- und Kostenberichte ansehen.',
    },
  },
  {
    key: 'users',
    permission: 'users.manage',
    path: 'users',
    label: { en: 'User Management', de: 'Benutzerverwaltung' },
    description: {
      en: 'Invite colleagues, give them roles and manage the company’s roles.',
      de: 'Kolleginnen und Kollegen einladen, ihnen Rollen geben und die Rollen des Unternehmens verwalten.',
    },
  },
];

/** The permission that makes a member an admin of a customer. */
export const ADMIN_PERMISSION: Permission = 'users.manage';

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

export function areaPermission(area: ContentArea): Permission {
  return `${area}.read`;
}

/** The areas that a set of permissions opens, in catalogue order. */
export function areasFor(permissions: Iterable<string>): AreaDefinition[] {
  const granted = new Set(permissions);
  return AREAS.filter((area) => granted.has(area.permission));
}
