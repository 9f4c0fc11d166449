import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1764144000000 implements MigrationInterface {
  name = 'AuditEvents1764144000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Who changed whose rights, when, from what to what. Kept when the actor or target goes away.
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_events_tenant_idx ON audit_events (tenant_id, created_at DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_events');
  }
}
