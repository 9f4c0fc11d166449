import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { typedQueries } from '../database/typed-queries';

export interface BulkInvitationsOutcome {
  /** False when no customer has that number. */
  readonly found: boolean;
  readonly created: number;
  /** Bulk invitations of an earlier run that were replaced. */
  readonly replaced: number;
}

const BULK_EMAIL = 'bulk-%@example.test';

/**
 * Gives a customer exactly `count` bulk invitations (replacing those of an earlier run), in one SQL
 * statement, for benchmarks and manual checks of the invitations table. Created over the last 30 days,
 * sent by the customer's first admin with the customer's first role, delivery `sent`, in the mix of the
 * peer benchmark (../shared/peers/better-auth): 40 % pending (sent within the last day, so a deep page of
 * pending ones exists), 30 % expired, 15 % accepted, 15 % revoked.
 *
 * Writes the invitation tables directly instead of through InvitationsRepository: its `insertWithLink`
 * writes one invitation with its roles and link per call (and wants a queued mail), so 100 000 invitations
 * would be 100 000 statements; here generate_series makes them, with states and dates spread, in one.
 */
export async function insertBulkInvitations(
  dataSource: DataSource,
  customerNumber: string,
  count: number,
): Promise<BulkInvitationsOutcome> {
  const tenant = await typedQueries(dataSource)
    .selectFrom('tenants')
    .select('id')
    .where('customerNumber', '=', customerNumber)
    .executeTakeFirst();
  if (tenant === undefined) return { found: false, created: 0, replaced: 0 };
  const outcome = await dataSource.transaction(async (tx) => {
    const replaced = await typedQueries(tx)
      .deleteFrom('invitations')
      .where('tenantId', '=', tenant.id)
      .where('email', 'like', BULK_EMAIL)
      .executeTakeFirst();
    const created = await insertMix(tx, tenant.id, count);
    return { found: true, created, replaced: Number(replaced.numDeletedRows) };
  });
  // Replaced rows leave dead tuples; fresh statistics keep the planner's choices those of a clean table.
  // VACUUM cannot run in a transaction, so it runs after the commit on a connection of its own.
  await sql`VACUUM ANALYZE invitations, invitation_tokens, invitation_roles`.execute(typedQueries(dataSource));
  return outcome;
}

async function insertMix(tx: EntityManager, tenantId: string, count: number): Promise<number> {
  const { rows } = await sql<{ created: number }>`
    WITH customer AS (
      SELECT ${tenantId}::uuid AS tenant_id,
             (SELECT mr.user_id FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
               WHERE mr.tenant_id = ${tenantId}::uuid AND 'users.manage' = ANY (r.permissions)
               ORDER BY mr.user_id LIMIT 1) AS admin_id,
             (SELECT r.id FROM roles r WHERE r.tenant_id = ${tenantId}::uuid ORDER BY lower(r.name) LIMIT 1) AS role_id
    ), planned AS (
      SELECT g, g % 20 AS kind, now() - g * (interval '30 days' / ${count}::int) AS created_at
        FROM generate_series(1, ${count}::int) AS g
    ), shaped AS (
      SELECT g, created_at,
             -- pending: (re)sent within the last 23 hours; the others were sent once, when created
             CASE WHEN kind < 8 THEN greatest(created_at, now() - (g % 1380) * interval '1 minute')
                  ELSE created_at END AS sent_at,
             kind
        FROM planned
    ), created AS (
      INSERT INTO invitations (tenant_id, email, language, invited_by, created_at, sent_at, expires_at, send_count,
                               delivery, accepted_at, revoked_at, revoke_reason)
      SELECT c.tenant_id, 'bulk-' || s.g || '-' || substr(md5(random()::text), 1, 6) || '@example.test', 'en',
             c.admin_id, s.created_at, s.sent_at,
             CASE WHEN s.kind BETWEEN 8 AND 13 THEN least(s.sent_at + interval '24 hours', now() - interval '1 minute')
                  ELSE s.sent_at + interval '24 hours' END,
             CASE WHEN s.sent_at > s.created_at THEN 2 ELSE 1 END,
             'sent',
             CASE WHEN s.kind BETWEEN 14 AND 16 THEN least(s.created_at + interval '1 hour', now()) END,
             CASE WHEN s.kind >= 17 THEN least(s.created_at + interval '2 hours', now()) END,
             CASE WHEN s.kind >= 17 THEN 'deleted' END
        FROM customer c, shaped s
      RETURNING id, tenant_id
    ), tokens AS (
      INSERT INTO invitation_tokens (token_hash, invitation_id)
      SELECT encode(sha256(gen_random_uuid()::text::bytea), 'hex'), id FROM created
    ), roles AS (
      INSERT INTO invitation_roles (invitation_id, tenant_id, role_id)
      SELECT created.id, created.tenant_id, c.role_id FROM created, customer c WHERE c.role_id IS NOT NULL
    )
    SELECT count(*)::int AS created FROM created`.execute(typedQueries(tx));
  return rows[0]?.created ?? 0;
}
