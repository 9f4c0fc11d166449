import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keys that sign access tokens and seal queued e-mails, kept where every instance finds them: with no
 * JWT_SECRET configured, an instance that joins the database uses the same keys, whatever its directory.
 * The newest key that is not retired signs; every key that is not retired verifies and opens, so a new key
 * can be made current while what the previous one made still works until it expires.
 */
export class SigningKeys1764576000000 implements MigrationInterface {
  name = 'SigningKeys1764576000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        secret text NOT NULL CHECK (length(secret) >= 32),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        retired_at timestamptz
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE signing_keys');
  }
}
