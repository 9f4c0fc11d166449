import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins per account per client (a known device's nonce, else the address), with the wait the next
 * attempt of that client has to respect. Counted before the password is checked, so that parallel attempts
 * on several instances cannot slip past the limit.
 *
 * `login_failure_reserve` locks the (account, client) row (creating it when new) and either refuses, with
 * the seconds left, or counts one more failure and sets the wait from `p_delays` (the wait after the n-th
 * failure is `p_delays[n]`, the last entry for any later one). A client quiet for `p_forget_seconds` starts
 * again from its free attempts. A success deletes the row.
 */
export class LoginGuard1764748800000 implements MigrationInterface {
  name = 'LoginGuard1764748800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_failures (
        account_key text NOT NULL,
        client_key text NOT NULL,
        failures integer NOT NULL CHECK (failures >= 0),
        last_failed_at timestamptz NOT NULL,
        blocked_until timestamptz NOT NULL,
        PRIMARY KEY (account_key, client_key)
      );
      CREATE INDEX login_failures_last_failed_idx ON login_failures (last_failed_at);

      CREATE FUNCTION login_failure_reserve(p_account text, p_client text, p_delays integer[],
                                            p_forget_seconds integer,
                                            OUT is_allowed boolean, OUT failure_count integer,
                                            OUT retry_after_seconds integer)
        LANGUAGE plpgsql AS $$
          DECLARE
            existing login_failures%ROWTYPE;
          BEGIN
            INSERT INTO login_failures AS f (account_key, client_key, failures, last_failed_at, blocked_until)
              VALUES (p_account, p_client, 0, now(), now())
              ON CONFLICT (account_key, client_key) DO UPDATE SET failures = f.failures
              RETURNING f.* INTO existing;
            IF existing.blocked_until > now() THEN
              is_allowed := false;
              failure_count := existing.failures;
              retry_after_seconds := greatest(1, ceil(extract(epoch FROM existing.blocked_until - now())))::integer;
              RETURN;
            END IF;
            failure_count := CASE
              WHEN existing.last_failed_at <= now() - make_interval(secs => p_forget_seconds) THEN 1
              ELSE existing.failures + 1
            END;
            UPDATE login_failures
               SET failures = failure_count,
                   last_failed_at = now(),
                   blocked_until = now() + make_interval(
                     secs => p_delays[least(failure_count, array_length(p_delays, 1))])
             WHERE account_key = p_account AND client_key = p_client;
            is_allowed := true;
            retry_after_seconds := 0;
          END
        $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION login_failure_reserve(text, text, integer[], integer);
      DROP TABLE login_failures;
    `);
  }
}
