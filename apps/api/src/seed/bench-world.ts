import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DataSource } from 'typeorm';
import { typedQueries, type Queries } from '../database/typed-queries';
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
export async function insertBenchWorld(dataSource: DataSource, request: BenchWorldRequest): Promise<BenchWorld> {
  const numbers = Array.from({ length: request.customers }, (_, i) => benchCustomerNumber(request.batch, i + 1));
  const people = plannedMemberships(request, numbers);
  if (people.length > 0 && request.passwordHash === undefined) {
    throw new Error('--password (or SEED_ADMIN_PASSWORD) is needed to create benchmark users');
  }
  await dataSource.transaction(async (tx) => {
    const queries = typedQueries(tx);
    await insertCustomers(queries, numbers);
    await insertUsers(queries, [...new Set(people.map((p) => p.email))], request.passwordHash ?? '');
    await insertMemberships(queries, people);
  });
  return readBenchWorld(typedQueries(dataSource), request, numbers);
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

/** Any number of strings as one `text[]` parameter (for unnest and = ANY): one statement whatever the batch size. */
const texts = (values: readonly string[]) => sql<string[]>`${values}::text[]`;

async function insertCustomers(queries: Queries, numbers: readonly string[]): Promise<void> {
  if (numbers.length === 0) return;
  await queries
    .insertInto('tenants')
    .columns(['customerNumber', 'companyName', 'language'])
    .expression(
      queries
        .selectFrom(sql<{ customerNumber: string }>`unnest(${texts(numbers)})`.as<'n'>(sql`n(customer_number)`))
        .select((eb) => [
          'n.customerNumber',
          eb(eb.val('Bench customer '), '||', eb.ref('n.customerNumber')).as('companyName'),
          eb.val('en').as('language'),
        ]),
    )
    .onConflict((conflict) => conflict.column('customerNumber').doNothing())
    .execute();
  const demoRoles = sql<{
    name: string;
    permissions: string[];
  }>`jsonb_to_recordset(${JSON.stringify(DEMO_ROLES)}::jsonb)`;
  await queries
    .insertInto('roles')
    .columns(['tenantId', 'name', 'permissions'])
    .expression(
      queries
        .selectFrom(['tenants as t', demoRoles.as<'r'>(sql`r(name text, permissions text[])`)])
        .select(['t.id', 'r.name', 'r.permissions'])
        .where('t.customerNumber', '=', (eb) => eb.fn.any(texts(numbers))),
    )
    // The unique index on (tenant_id, lower(name)).
    .onConflict((conflict) => conflict.expression(sql`tenant_id, lower(name)`).doNothing())
    .execute();
}

async function insertUsers(queries: Queries, emails: readonly string[], passwordHash: string): Promise<void> {
  if (emails.length === 0) return;
  await queries
    .insertInto('users')
    .columns(['email', 'name', 'language', 'passwordHash'])
    .expression(
      queries
        .selectFrom(sql<{ email: string }>`unnest(${texts(emails)})`.as<'e'>(sql`e(email)`))
        .select((eb) => [
          'e.email',
          eb(eb.val('Bench '), '||', eb.fn<string>('split_part', ['e.email', eb.val('@'), eb.val(1)])).as('name'),
          eb.val('en').as('language'),
          eb.val(passwordHash).as('passwordHash'),
        ]),
    )
    .onConflict((conflict) => conflict.expression(sql`lower(email)`).doNothing())
    .execute();
}

async function insertMemberships(queries: Queries, people: readonly PlannedMembership[]): Promise<void> {
  if (people.length === 0) return;
  // The planned rows joined to the users and customers they name; one parameter per column.
  const planned = queries
    .selectFrom(
      sql<PlannedMembership>`unnest(${texts(people.map((p) => p.email))}, ${texts(people.map((p) => p.customerNumber))},
        ${texts(people.map((p) => p.role))})`.as<'p'>(sql`p(email, customer_number, role)`),
    )
    .innerJoin('users as u', (join) =>
      join.on((eb) => eb(eb.fn('lower', ['u.email']), '=', eb.fn('lower', ['p.email']))),
    )
    .innerJoin('tenants as t', 't.customerNumber', 'p.customerNumber');
  await queries
    .insertInto('memberships')
    .columns(['tenantId', 'userId'])
    .expression(planned.select(['t.id as tenantId', 'u.id as userId']))
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  await queries
    .insertInto('membershipRoles')
    .columns(['tenantId', 'userId', 'roleId'])
    .expression(
      planned
        .innerJoin('roles as r', (join) =>
          join
            .onRef('r.tenantId', '=', 't.id')
            .on((eb) => eb(eb.fn('lower', ['r.name']), '=', eb.fn('lower', ['p.role']))),
        )
        .select(['t.id as tenantId', 'u.id as userId', 'r.id as roleId']),
    )
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

async function readBenchWorld(queries: Queries, request: BenchWorldRequest, numbers: string[]): Promise<BenchWorld> {
  const customers = await queries
    .selectFrom('tenants as t')
    .select((eb) => [
      't.id',
      't.customerNumber',
      jsonArrayFrom(
        eb
          .selectFrom('roles as r')
          .select(['r.name', 'r.id'])
          .whereRef('r.tenantId', '=', 't.id')
          // In the order they were created (DEMO_ROLES'), then any added later by name.
          .orderBy((order) => order.fn('array_position', [texts(DEMO_ROLES.map((role) => role.name)), 'r.name']))
          .orderBy('r.name'),
      ).as('roles'),
    ])
    .where('t.customerNumber', '=', (eb) => eb.fn.any(texts(numbers)))
    .orderBy('t.customerNumber')
    .execute();
  const emails = [
    ...Array.from({ length: request.admins }, (_, i) => benchAdminEmail(request.batch, i + 1)),
    ...(request.memberOf > 0 ? [benchMemberEmail(request.batch)] : []),
  ];
  const users = await queries
    .selectFrom('users as u')
    .select((eb) => [
      'u.id',
      'u.email',
      jsonArrayFrom(
        eb
          .selectFrom('memberships as m')
          .innerJoin('tenants as t', 't.id', 'm.tenantId')
          .select('m.tenantId')
          .whereRef('m.userId', '=', 'u.id')
          .orderBy('t.customerNumber'),
      ).as('memberships'),
    ])
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', eb.fn.any(texts(emails))))
    .orderBy('u.email')
    .execute();
  const benchUsers = users.map((user) => ({
    id: user.id,
    email: user.email,
    tenantIds: user.memberships.map((membership) => membership.tenantId),
  }));
  const memberEmail = request.memberOf > 0 ? benchMemberEmail(request.batch) : undefined;
  return {
    batch: request.batch,
    customers: customers.map((customer) => ({
      id: customer.id,
      customerNumber: customer.customerNumber,
      roles: Object.fromEntries(customer.roles.map((role) => [role.name, role.id])),
    })),
    admins: benchUsers.filter((user) => user.email !== memberEmail),
    member: benchUsers.find((user) => user.email === memberEmail),
  };
}
