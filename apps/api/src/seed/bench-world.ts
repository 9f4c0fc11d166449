import type { Client } from 'pg';
import { DEMO_ROLES } from './demo-world';

/** What `--bench-*` asks for: customers, their admins and one member of several customers, in one batch. */
export interface BenchWorldRequest {
  /** Names the batch; a benchmark seeds a fresh batch per run so no admin starts with a used quota. */
  readonly batch: string;
  readonly customers: number;
  /** Spread round-robin over the batch's customers: admin i administers customer i mod customers. */
  readonly admins: number;
  /** One member (role Buyer) of the batch's first `memberOf` customers; 0: none. */
  readonly memberOf: number;
  /** bcrypt hash of the shared password; only needed when users are created. */
  readonly passwordHash: string | undefined;
}

export interface BenchCustomer {
  readonly id: string;
  readonly customerNumber: string;
  /** Role id by role name (Administrator, Buyer, Technician, Controller). */
  readonly roles: Readonly<Record<string, string>>;
}

export interface BenchUser {
  readonly id: string;
  readonly email: string;
  readonly tenantIds: readonly string[];
}

export interface BenchWorld {
  readonly batch: string;
  readonly customers: readonly BenchCustomer[];
  readonly admins: readonly BenchUser[];
  readonly member: BenchUser | undefined;
}

const pad = (n: number) => String(n).padStart(3, '0');
export const benchCustomerNumber = (batch: string, i: number) => `bench-${batch}-${pad(i)}`;
export const benchAdminEmail = (batch: string, i: number) => `admin-${pad(i)}.${batch}@bench.example.com`;
export const benchMemberEmail = (batch: string) => `member.${batch}@bench.example.com`;

/**
 * Creates (or completes) a batch of benchmark customers and users with a few set-based statements in one
 * transaction; every insert skips what exists, so running the same batch twice changes nothing.
 */
export async function insertBenchWorld(db: Client, request: BenchWorldRequest): Promise<BenchWorld> {
  const numbers = Array.from({ length: request.customers }, (_, i) => benchCustomerNumber(request.batch, i + 1));
  const people = plannedMemberships(request, numbers);
  if (people.length > 0 && request.passwordHash === undefined) {
    throw new Error('--password (or SEED_ADMIN_PASSWORD) is needed to create benchmark users');
  }
  await db.query('BEGIN');
  try {
    await insertCustomers(db, numbers);
    await insertUsers(db, [...new Set(people.map((p) => p.email))], request.passwordHash ?? '');
    await insertMemberships(db, people);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  return readBenchWorld(db, request, numbers);
}

interface PlannedMembership {
  readonly email: string;
  readonly customerNumber: string;
  readonly role: string;
}

function plannedMemberships(request: BenchWorldRequest, numbers: readonly string[]): PlannedMembership[] {
  if ((request.admins > 0 || request.memberOf > 0) && numbers.length === 0) {
    throw new Error('--bench-admins and --bench-member-of need --bench-customers of at least 1');
  }
  if (request.memberOf > numbers.length) throw new Error('--bench-member-of must not exceed --bench-customers');
  const admins = Array.from({ length: request.admins }, (_, i) => ({
    email: benchAdminEmail(request.batch, i + 1),
    customerNumber: numbers[i % numbers.length],
    role: 'Administrator',
  }));
  const member = numbers.slice(0, request.memberOf).map((customerNumber) => ({
    email: benchMemberEmail(request.batch),
    customerNumber,
    role: 'Buyer',
  }));
  return [...admins, ...member];
}

async function insertCustomers(db: Client, numbers: readonly string[]): Promise<void> {
  if (numbers.length === 0) return;
  await db.query(
    `INSERT INTO tenants (customer_number, company_name, language)
     SELECT n, 'Bench customer ' || n, 'en' FROM unnest($1::text[]) AS n
     ON CONFLICT (customer_number) DO NOTHING`,
    [numbers],
  );
  await db.query(
    `INSERT INTO roles (tenant_id, name, permissions)
     SELECT t.id, r.name, r.permissions
       FROM tenants t CROSS JOIN jsonb_to_recordset($2::jsonb) AS r (name text, permissions text[])
      WHERE t.customer_number = ANY ($1::text[])
     ON CONFLICT (tenant_id, lower(name)) DO NOTHING`,
    [numbers, JSON.stringify(DEMO_ROLES)],
  );
}

async function insertUsers(db: Client, emails: readonly string[], passwordHash: string): Promise<void> {
  if (emails.length === 0) return;
  await db.query(
    `INSERT INTO users (email, name, language, password_hash)
     SELECT e, 'Bench ' || split_part(e, '@', 1), 'en', $2 FROM unnest($1::text[]) AS e
     ON CONFLICT (lower(email)) DO NOTHING`,
    [emails, passwordHash],
  );
}

async function insertMemberships(db: Client, people: readonly PlannedMembership[]): Promise<void> {
  if (people.length === 0) return;
  const columns = [people.map((p) => p.email), people.map((p) => p.customerNumber), people.map((p) => p.role)];
  const planned = `unnest($1::text[], $2::text[], $3::text[]) AS p (email, customer_number, role)
    JOIN users u ON lower(u.email) = lower(p.email)
    JOIN tenants t ON t.customer_number = p.customer_number`;
  await db.query(
    `INSERT INTO memberships (tenant_id, user_id) SELECT t.id, u.id FROM ${planned} ON CONFLICT DO NOTHING`,
    columns,
  );
  await db.query(
    `INSERT INTO membership_roles (tenant_id, user_id, role_id)
     SELECT t.id, u.id, r.id FROM ${planned} JOIN roles r ON r.tenant_id = t.id AND lower(r.name) = lower(p.role)
     ON CONFLICT DO NOTHING`,
    columns,
  );
}

async function readBenchWorld(db: Client, request: BenchWorldRequest, numbers: string[]): Promise<BenchWorld> {
  const customers = await db.query<BenchCustomer>(
    `SELECT t.id, t.customer_number AS "customerNumber",
            COALESCE((SELECT json_object_agg(r.name, r.id) FROM roles r WHERE r.tenant_id = t.id), '{}') AS roles
       FROM tenants t WHERE t.customer_number = ANY ($1::text[]) ORDER BY t.customer_number`,
    [numbers],
  );
  const emails = [
    ...Array.from({ length: request.admins }, (_, i) => benchAdminEmail(request.batch, i + 1)),
    ...(request.memberOf > 0 ? [benchMemberEmail(request.batch)] : []),
  ];
  const users = await db.query<BenchUser>(
    `SELECT u.id, u.email,
            ARRAY(SELECT m.tenant_id FROM memberships m JOIN tenants t ON t.id = m.tenant_id
                   WHERE m.user_id = u.id ORDER BY t.customer_number)::text[] AS "tenantIds"
       FROM users u WHERE lower(u.email) = ANY ($1::text[]) ORDER BY u.email`,
    [emails],
  );
  const memberEmail = request.memberOf > 0 ? benchMemberEmail(request.batch) : undefined;
  return {
    batch: request.batch,
    customers: customers.rows,
    admins: users.rows.filter((user) => user.email !== memberEmail),
    member: users.rows.find((user) => user.email === memberEmail),
  };
}
