import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The members table's sorts: by joining date within a customer, and by name in ICU's root collation (German
 * dictionary order, see `NAME_COLLATION` in members.repository.ts). Names live on `users`, shared by every
 * customer: a large customer's name sort walks this index and keeps its own members.
 */
export class MembersTable1764838800000 implements MigrationInterface {
  name = 'MembersTable1764838800000';

  async up(db: QueryRunner): Promise<void> {
    // ICU needs a UTF-8 database; a cluster made without a UTF-8 locale (SQL_ASCII) keeps byte order.
    await db.query(`
      DO $$ BEGIN
        IF (SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()) = 'UTF8' THEN
          CREATE COLLATION cloudhub_names (provider = icu, locale = 'und');
        ELSE
          CREATE COLLATION cloudhub_names FROM "C";
        END IF;
      END $$;
      CREATE INDEX memberships_joined_idx ON memberships (tenant_id, joined_at, user_id);
      CREATE INDEX users_name_idx ON users ((name COLLATE cloudhub_names), id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX users_name_idx; DROP INDEX memberships_joined_idx; DROP COLLATION cloudhub_names;');
  }
}
