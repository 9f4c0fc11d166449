import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764057600000 implements MigrationInterface {
  name = 'InitialSchema1764057600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_number text NOT NULL UNIQUE,
        company_name text NOT NULL,
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de')),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        name text NOT NULL,
        permissions text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, id)
      );
      CREATE UNIQUE INDEX roles_tenant_name_key ON roles (tenant_id, lower(name));

      CREATE TABLE memberships (
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        tour_done_at timestamptz,
        PRIMARY KEY (tenant_id, user_id)
      );
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      -- The composite foreign keys keep a member's roles inside the member's own customer.
      CREATE TABLE membership_roles (
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, user_id, role_id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES memberships (tenant_id, user_id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, role_id) REFERENCES roles (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX membership_roles_role_idx ON membership_roles (role_id);

      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
      CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

      -- One row per counted event; every limit (login throttling, later the invitation quota) counts here.
      CREATE TABLE rate_limit_hits (
        id bigserial PRIMARY KEY,
        key text NOT NULL,
        hit_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX rate_limit_hits_key_idx ON rate_limit_hits (key, hit_at);

      CREATE TABLE feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE area_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        area text NOT NULL CHECK (area IN ('orders', 'invoices', 'devices', 'documents', 'reports')),
        reference text NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        amount_cents integer,
        occurred_on date NOT NULL
      );
      CREATE INDEX area_records_tenant_area_idx ON area_records (tenant_id, area, occurred_on DESC);

      CREATE TABLE dev_mail_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id text,
        mail_from text NOT NULL,
        mail_to text[] NOT NULL,
        subject text NOT NULL,
        text_body text,
        html_body text,
        received_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX dev_mail_messages_to_idx ON dev_mail_messages USING gin (mail_to);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE dev_mail_messages, area_records, feedback, rate_limit_hits, refresh_tokens,
        membership_roles, memberships, roles, users, tenants;
    `);
  }
}
