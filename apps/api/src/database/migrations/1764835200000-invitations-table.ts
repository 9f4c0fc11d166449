import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admins' Invitations table sorts by sent, e-mail or expiry (both ways), filters by delivery, role and
 * inviter, and counts per status, at 100 000 invitations a customer. Each sort reads one index on the
 * invitations nobody has accepted (the open ones and the revoked ones), keyset-paged on (column, id) in
 * either direction; the failed deliveries, few among many, have a small index of their own. The indexes by
 * creation time served the list's former only order and go.
 */
export class InvitationsTable1764835200000 implements MigrationInterface {
  name = 'InvitationsTable1764835200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX invitations_unaccepted_sent_idx ON invitations (tenant_id, sent_at, id)
        WHERE accepted_at IS NULL;
      CREATE INDEX invitations_unaccepted_email_idx ON invitations (tenant_id, lower(email), id)
        WHERE accepted_at IS NULL;
      CREATE INDEX invitations_unaccepted_expires_idx ON invitations (tenant_id, expires_at, id)
        WHERE accepted_at IS NULL;
      CREATE INDEX invitations_open_failed_idx ON invitations (tenant_id)
        WHERE accepted_at IS NULL AND revoked_at IS NULL AND delivery = 'failed';
      DROP INDEX invitations_open_list_idx, invitations_revoked_list_idx;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX invitations_open_list_idx ON invitations (tenant_id, created_at DESC, id DESC)
        WHERE accepted_at IS NULL AND revoked_at IS NULL;
      CREATE INDEX invitations_revoked_list_idx ON invitations (tenant_id, created_at DESC, id DESC)
        WHERE revoked_at IS NOT NULL AND accepted_at IS NULL;
      DROP INDEX invitations_unaccepted_sent_idx, invitations_unaccepted_email_idx,
        invitations_unaccepted_expires_idx, invitations_open_failed_idx;
    `);
  }
}
