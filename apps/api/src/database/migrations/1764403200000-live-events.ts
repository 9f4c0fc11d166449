import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change of a member's rights is announced by the database itself on the channel
 * `membership_events`, so that no code path (admin edits, invitations accepted, members leaving, cascades)
 * can forget to. Each API instance LISTENs and passes the events to that user's open streams.
 *
 * Payloads carry ids only: `{"userId": ..., "tenantId": ..., "kind": ...}`. The triggers run once per
 * statement over its transition tables and announce each (member, customer) once, however many rows
 * changed; PostgreSQL drops identical payloads within a transaction, so deleting a member's roles and
 * inserting new ones is one event, and nothing is sent for a transaction that rolls back.
 */
export class LiveEvents1764403200000 implements MigrationInterface {
  name = 'LiveEvents1764403200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_membership_event(user_id uuid, tenant_id uuid, kind text) RETURNS void
        LANGUAGE sql AS $$
          SELECT pg_notify('membership_events',
                           json_build_object('userId', user_id, 'tenantId', tenant_id, 'kind', kind)::text)
        $$;

      CREATE FUNCTION memberships_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM notify_membership_event(user_id, tenant_id, 'membership_added') FROM new_rows;
          ELSE
            PERFORM notify_membership_event(user_id, tenant_id, 'membership_removed') FROM old_rows;
          END IF;
          RETURN NULL;
        END
      $$;
      CREATE TRIGGER memberships_inserted_notify AFTER INSERT ON memberships
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION memberships_notify();
      CREATE TRIGGER memberships_deleted_notify AFTER DELETE ON memberships
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION memberships_notify();

      -- Also fires for the rows that a deleted role takes with it (ON DELETE CASCADE), which is how the
      -- members of a deleted role hear of it. Rows that go with their membership are left out: that
      -- member hears "membership_removed" instead.
      CREATE FUNCTION membership_roles_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM notify_membership_event(changed.user_id, changed.tenant_id, 'permissions_changed')
               FROM (SELECT DISTINCT tenant_id, user_id FROM new_rows) changed;
          ELSE
            PERFORM notify_membership_event(changed.user_id, changed.tenant_id, 'permissions_changed')
               FROM (SELECT DISTINCT tenant_id, user_id FROM old_rows) changed
              WHERE EXISTS (SELECT 1 FROM memberships m
                             WHERE m.tenant_id = changed.tenant_id AND m.user_id = changed.user_id);
          END IF;
          RETURN NULL;
        END
      $$;
      CREATE TRIGGER membership_roles_inserted_notify AFTER INSERT ON membership_roles
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION membership_roles_notify();
      CREATE TRIGGER membership_roles_deleted_notify AFTER DELETE ON membership_roles
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION membership_roles_notify();

      -- Only a different set of permissions counts: a rename or a reordering changes nobody's rights.
      CREATE FUNCTION roles_permissions_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM notify_membership_event(changed.user_id, changed.tenant_id, 'permissions_changed')
             FROM (SELECT DISTINCT mr.tenant_id, mr.user_id
                     FROM new_rows n
                     JOIN old_rows o ON o.id = n.id
                     JOIN membership_roles mr ON mr.role_id = n.id
                    WHERE NOT (n.permissions @> o.permissions AND o.permissions @> n.permissions)) changed;
          RETURN NULL;
        END
      $$;
      CREATE TRIGGER roles_updated_notify AFTER UPDATE ON roles
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION roles_permissions_notify();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER roles_updated_notify ON roles;
      DROP TRIGGER membership_roles_deleted_notify ON membership_roles;
      DROP TRIGGER membership_roles_inserted_notify ON membership_roles;
      DROP TRIGGER memberships_deleted_notify ON memberships;
      DROP TRIGGER memberships_inserted_notify ON memberships;
      DROP FUNCTION roles_permissions_notify(), membership_roles_notify(), memberships_notify(),
        notify_membership_event(uuid, uuid, text);
    `);
  }
}
