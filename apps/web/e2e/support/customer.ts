import { randomInt } from 'node:crypto';
import { PERMISSIONS } from '@cloudhub/permissions';
import { withDatabase, type TestMember } from './database';
import { DEMO_PASSWORD } from './demo';

export interface TestCustomer {
  number: string;
  name: string;
  /** Its only admin, with the role Administrator. */
  admin: TestMember;
}

/**
 * A customer of its own with the roles Administrator (everything) and Buyer, and one admin: for a test that
 * changes who administers a customer, which the demo customers must keep as they are.
 */
export async function createCustomer(
  name: string,
  admin: { email: string; name: string; language: 'en' | 'de' },
): Promise<TestCustomer> {
  const number = String(randomInt(500_000_000, 999_999_999));
  return withDatabase(async (client) => {
    await client.query('BEGIN');
    const tenant = await client.query<{ id: string }>(
      'INSERT INTO tenants (customer_number, company_name, language) VALUES ($1, $2, $3) RETURNING id',
      [number, name, admin.language],
    );
    const tenantId = tenant.rows[0].id;
    const administrator = await client.query<{ id: string }>(
      'INSERT INTO roles (tenant_id, name, permissions) VALUES ($1, $2, $3) RETURNING id',
      [tenantId, 'Administrator', [...PERMISSIONS]],
    );
    await client.query('INSERT INTO roles (tenant_id, name, permissions) VALUES ($1, $2, $3)', [
      tenantId,
      'Buyer',
      ['orders.read', 'invoices.read'],
    ]);
    const account = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, language, password_hash)
       SELECT $1, $2, $3, password_hash FROM users WHERE lower(email) = 'buyer@example.com'
       RETURNING id`,
      [admin.email, admin.name, admin.language],
    );
    const userId = account.rows[0]?.id;
    if (!userId) throw new Error('the demo buyer is missing');
    // As if they had seen the welcome tour, which would otherwise open over the pages a spec looks at.
    await client.query('INSERT INTO memberships (tenant_id, user_id, tour_done_at) VALUES ($1, $2, now())', [
      tenantId,
      userId,
    ]);
    await client.query('INSERT INTO membership_roles (tenant_id, user_id, role_id) VALUES ($1, $2, $3)', [
      tenantId,
      userId,
      administrator.rows[0].id,
    ]);
    await client.query('COMMIT');
    return { number, name, admin: { userId, email: admin.email, name: admin.name, password: DEMO_PASSWORD } };
  });
}
