import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1764230400000 implements MigrationInterface {
  name = 'Invitations1764230400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        email text NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'de')),
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- The last time a link was sent; every resend rotates the link and restarts the lifetime.
        sent_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        send_count integer NOT NULL DEFAULT 1,
        delivery text NOT NULL DEFAULT 'queued' CHECK (delivery IN ('queued', 'sent', 'failed')),
        delivery_error text,
        -- The e-mail of the latest send; reports about older sends do not change the delivery state.
        mail_id uuid,
        renewal_requested_at timestamptz,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        CHECK (accepted_at IS NULL OR revoked_at IS NULL)
      );
      -- At most one open invitation per address and customer.
      CREATE UNIQUE INDEX invitations_open_email_key ON invitations (tenant_id, lower(email))
        WHERE accepted_at IS NULL AND revoked_at IS NULL;
      -- The admin table: open invitations of a customer, newest first, keyset-paged.
      CREATE INDEX invitations_open_list_idx ON invitations (tenant_id, created_at DESC, id DESC)
        WHERE accepted_at IS NULL AND revoked_at IS NULL;
      CREATE INDEX invitations_mail_idx ON invitations (mail_id);
      -- The e-mail text filter (ILIKE '%...%') stays fast on large tables.
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE INDEX invitations_open_email_trgm_idx ON invitations USING gin (lower(email) gin_trgm_ops)
        WHERE accepted_at IS NULL AND revoked_at IS NULL;

      -- Every link ever sent, as a SHA-256 hash; replaced links stay known so the page can say so.
      CREATE TABLE invitation_tokens (
        token_hash text PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        replaced_at timestamptz
      );
      CREATE INDEX invitation_tokens_invitation_idx ON invitation_tokens (invitation_id);

      -- An invitation refers to roles, not to their permissions: an edited role grants its new
      -- permissions on acceptance, a deleted role drops out.
      CREATE TABLE invitation_roles (
        invitation_id uuid NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL,
        role_id uuid NOT NULL,
        PRIMARY KEY (invitation_id, role_id),
        FOREIGN KEY (tenant_id, role_id) REFERENCES roles (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX invitation_roles_role_idx ON invitation_roles (role_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE invitation_roles, invitation_tokens, invitations');
  }
}
