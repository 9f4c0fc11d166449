import { Client } from 'pg';
import { DEMO_PASSWORD } from './demo';

/**
 * Direct database access for what no API can set up yet. Members join only by accepting an invitation,
 * which the SPA does not offer yet; the invitations' delivery and expiry move only with time and the
 * mail server. The global setup runs the API on its own embedded PostgreSQL and says where it is.
 */
export async function withDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error('E2E_DATABASE_URL is not set: run the suite through its global setup');
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestMember {
  userId: string;
  email: string;
  name: string;
  /** The demo password, so the member can log in. */
  password: string;
}

/**
 * A user who is a member of one customer with the named roles, as if they had accepted an invitation.
 * Their password is the demo users' (the hash is copied from the demo buyer).
 */
export async function createMember(
  customerNumber: string,
  { email, name, roles = [] }: { email: string; name: string; roles?: string[] },
): Promise<TestMember> {
  return withDatabase(async (client) => {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, language, password_hash)
       SELECT $1, $2, 'en', password_hash FROM users WHERE lower(email) = 'buyer@example.com'
       RETURNING id`,
      [email, name],
    );
    const userId = rows[0]?.id;
    if (!userId) throw new Error('the demo buyer is missing');
    // As if they had seen the welcome tour, which would otherwise open over the pages a spec looks at.
    await client.query(
      `INSERT INTO memberships (tenant_id, user_id, tour_done_at)
       SELECT id, $2, now() FROM tenants WHERE customer_number = $1`,
      [customerNumber, userId],
    );
    await client.query(
      `INSERT INTO membership_roles (tenant_id, user_id, role_id)
       SELECT r.tenant_id, $2, r.id FROM roles r JOIN tenants t ON t.id = r.tenant_id
       WHERE t.customer_number = $1 AND r.name = ANY($3)`,
      [customerNumber, userId, roles],
    );
    await client.query('COMMIT');
    return { userId, email, name, password: DEMO_PASSWORD };
  });
}

/** Puts an open invitation into a state that otherwise takes a day or a refusing mail server. */
export async function changeInvitation(
  invitationId: string,
  change: { expired?: boolean; failedWith?: string; renewalRequested?: boolean },
): Promise<void> {
  await withDatabase(async (client) => {
    if (change.expired) {
      await client.query(
        `UPDATE invitations SET sent_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'
         WHERE id = $1`,
        [invitationId],
      );
    }
    if (change.failedWith !== undefined) {
      await client.query(`UPDATE invitations SET delivery = 'failed', delivery_error = $2 WHERE id = $1`, [
        invitationId,
        change.failedWith,
      ]);
    }
    if (change.renewalRequested) {
      await client.query(`UPDATE invitations SET renewal_requested_at = now() WHERE id = $1`, [invitationId]);
    }
  });
}

/**
 * Open invitations in bulk, one second apart (the newest last), already delivered: rows for a table to
 * page through, without sending dozens of e-mails (the outbox sends about one per second).
 */
export async function seedInvitations(customerNumber: string, emails: readonly string[]): Promise<string[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `WITH customer AS (
         SELECT t.id AS tenant_id, u.id AS admin_id FROM tenants t, users u
         WHERE t.customer_number = $1 AND lower(u.email) = 'admin@example.com'
       ), created AS (
         INSERT INTO invitations (tenant_id, email, language, invited_by, created_at, sent_at, expires_at, delivery)
         SELECT c.tenant_id, e.email, 'en', c.admin_id,
                now() - make_interval(secs => $3 - e.n), now() - make_interval(secs => $3 - e.n),
                now() - make_interval(secs => $3 - e.n) + interval '24 hours', 'sent'
           FROM customer c, unnest($2::text[]) WITH ORDINALITY AS e(email, n)
         RETURNING id, email
       ), tokens AS (
         INSERT INTO invitation_tokens (token_hash, invitation_id)
         SELECT encode(sha256(gen_random_uuid()::text::bytea), 'hex'), id FROM created
       )
       SELECT id FROM created ORDER BY email`,
      [customerNumber, emails, emails.length + 60],
    );
    return rows.map((row) => row.id);
  });
}
