import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An open invitation acts with its inviter's authority: it is revoked when the inviter no longer holds
 * `users.manage` in its customer, and the admins see who or what revoked it and why. The audit log becomes
 * readable by admins (labels that survive the target, keyset paging by id, filters by actor and target) and
 * append-only in the database, not only in the API.
 */
export class InviterAuthorityAndAudit1764662400000 implements MigrationInterface {
  name = 'InviterAuthorityAndAudit1764662400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE invitations
        ADD COLUMN revoked_by uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD COLUMN revoke_reason text
          CHECK (revoke_reason IN ('deleted', 'inviter_removed', 'inviter_left', 'inviter_lost_rights')),
        -- Made by the operator (npm run setup) for a customer's first admin: no admin's authority to lose.
        ADD COLUMN issued_by_operator boolean NOT NULL DEFAULT false;
      UPDATE invitations SET revoke_reason = 'deleted' WHERE revoked_at IS NOT NULL;
      UPDATE invitations SET issued_by_operator = true WHERE invited_by IS NULL;
      ALTER TABLE invitations ADD CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL));
      -- The open invitations of an inviter who just lost their authority.
      CREATE INDEX invitations_open_inviter_idx ON invitations (tenant_id, invited_by)
        WHERE accepted_at IS NULL AND revoked_at IS NULL;
      -- The admin table's "Revoked" view, newest first, keyset-paged like the open one.
      CREATE INDEX invitations_revoked_list_idx ON invitations (tenant_id, created_at DESC, id DESC)
        WHERE revoked_at IS NOT NULL AND accepted_at IS NULL;

      ALTER TABLE audit_events
        ADD COLUMN target_label text,
        ADD COLUMN context jsonb;
      DROP INDEX audit_events_tenant_idx;
      CREATE INDEX audit_events_tenant_idx ON audit_events (tenant_id, id DESC);
      CREATE INDEX audit_events_actor_idx ON audit_events (tenant_id, actor_id, id DESC);
      CREATE INDEX audit_events_target_idx ON audit_events (tenant_id, target_id, id DESC);

      -- Entries are never changed or removed; only what the foreign keys do on their own is let through:
      -- an actor's account going away (actor_id set to NULL) and a customer being deleted.
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF NOT EXISTS (SELECT 1 FROM tenants WHERE id = OLD.tenant_id) THEN RETURN OLD; END IF;
        ELSIF NEW.actor_id IS NULL AND OLD.actor_id IS NOT NULL
              AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

      -- Invitations that already outlived their inviter's authority.
      WITH orphaned AS (
        SELECT i.id, i.tenant_id, i.email,
               CASE WHEN m.user_id IS NULL THEN 'inviter_removed' ELSE 'inviter_lost_rights' END AS reason
          FROM invitations i
          LEFT JOIN memberships m ON m.tenant_id = i.tenant_id AND m.user_id = i.invited_by
         WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND NOT i.issued_by_operator
           AND NOT EXISTS (SELECT 1 FROM membership_roles mr JOIN roles r ON r.id = mr.role_id
                            WHERE mr.tenant_id = i.tenant_id AND mr.user_id = i.invited_by
                              AND 'users.manage' = ANY (r.permissions))
      ), revoked AS (
        UPDATE invitations i SET revoked_at = now(), revoke_reason = o.reason
          FROM orphaned o WHERE i.id = o.id
        RETURNING i.id, i.tenant_id, i.email, i.invited_by, o.reason
      )
      INSERT INTO audit_events (tenant_id, actor_id, action, target_type, target_id, target_label, after)
      SELECT tenant_id, NULL, 'invitation.revoked', 'invitation', id, email,
             jsonb_build_object('reason', reason, 'inviterId', invited_by)
        FROM revoked;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER audit_events_append_only ON audit_events;
      DROP FUNCTION audit_events_append_only();
      DROP INDEX audit_events_actor_idx, audit_events_target_idx, audit_events_tenant_idx;
      CREATE INDEX audit_events_tenant_idx ON audit_events (tenant_id, created_at DESC);
      ALTER TABLE audit_events DROP COLUMN target_label, DROP COLUMN context;
      DROP INDEX invitations_open_inviter_idx, invitations_revoked_list_idx;
      ALTER TABLE invitations DROP COLUMN revoked_by, DROP COLUMN revoke_reason, DROP COLUMN issued_by_operator;
    `);
  }
}
