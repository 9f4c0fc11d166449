import type { Client } from 'pg';

/**
 * Creates `count` open invitations for a customer in one SQL statement, for benchmarks and manual
 * checks of the invitations table: spread over the last 30 days (so most are expired, the newest
 * pending), sent by the customer's first admin, with the customer's first role, delivery `sent`.
 */
export async function insertBulkInvitations(db: Client, customerNumber: string, count: number): Promise<number> {
  const { rows } = await db.query<{ created: number }>(
    `WITH customer AS (
       SELECT t.id AS tenant_id,
              (SELECT mr.user_id FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
                WHERE mr.tenant_id = t.id AND 'users.manage' = ANY (r.permissions) ORDER BY mr.user_id LIMIT 1) AS admin_id,
              (SELECT r.id FROM roles r WHERE r.tenant_id = t.id ORDER BY lower(r.name) LIMIT 1) AS role_id
         FROM tenants t WHERE t.customer_number = $1
     ), created AS (
       INSERT INTO invitations (tenant_id, email, language, invited_by, created_at, sent_at, expires_at, delivery)
       SELECT c.tenant_id, 'bulk-' || g || '-' || substr(md5(random()::text), 1, 6) || '@example.test', 'en', c.admin_id,
              now() - (g * (interval '30 days' / $2)), now() - (g * (interval '30 days' / $2)),
              now() - (g * (interval '30 days' / $2)) + interval '24 hours', 'sent'
         FROM customer c, generate_series(1, $2) AS g
       RETURNING id, tenant_id
     ), tokens AS (
       INSERT INTO invitation_tokens (token_hash, invitation_id)
       SELECT encode(sha256(gen_random_uuid()::text::bytea), 'hex'), id FROM created
     ), roles AS (
       INSERT INTO invitation_roles (invitation_id, tenant_id, role_id)
       SELECT created.id, created.tenant_id, c.role_id FROM created, customer c WHERE c.role_id IS NOT NULL
     )
     SELECT count(*)::int AS created FROM created`,
    [customerNumber, count],
  );
  await db.query('ANALYZE invitations, invitation_tokens, invitation_roles');
  return rows[0]?.created ?? 0;
}
