import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A running count per rate-limit key beside its events, so that counting one event costs the same whether
 * the key has 3 or 10 000 events in its window. Invariant: `rate_limit_counters.used` equals the number of
 * `rate_limit_hits` rows of the key; every change of either happens under the counter row's lock.
 *
 * `rate_limit_consume` is one round trip that locks the key's counter, drops the events that left the window
 * (each event is deleted once, so the work is constant on average), counts the new one if the key is under
 * its limit, and answers what the caller needs to explain a refusal. The lock is held until the caller's
 * transaction ends: callers count last, just before they commit, so the critical section is short.
 */
export class RateLimitCounters1764489600000 implements MigrationInterface {
  name = 'RateLimitCounters1764489600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rate_limit_counters (
        key text PRIMARY KEY,
        used integer NOT NULL CHECK (used >= 0),
        window_seconds integer NOT NULL,
        last_hit_at timestamptz
      );
      INSERT INTO rate_limit_counters (key, used, window_seconds, last_hit_at)
        SELECT key, count(*), 86400, max(hit_at) FROM rate_limit_hits GROUP BY key;
      CREATE INDEX rate_limit_counters_last_hit_idx ON rate_limit_counters (last_hit_at);

      CREATE FUNCTION rate_limit_consume(p_key text, p_limit integer, p_window_seconds integer,
                                         OUT is_allowed boolean, OUT used_count integer,
                                         OUT oldest_at timestamptz, OUT freeing_at timestamptz,
                                         OUT now_at timestamptz)
        LANGUAGE plpgsql AS $$
          DECLARE
            expired integer;
          BEGIN
            now_at := now();
            INSERT INTO rate_limit_counters AS c (key, used, window_seconds) VALUES (p_key, 0, p_window_seconds)
              ON CONFLICT (key) DO UPDATE SET window_seconds = excluded.window_seconds
              RETURNING c.used INTO used_count;
            DELETE FROM rate_limit_hits h
             WHERE h.key = p_key AND h.hit_at <= now_at - make_interval(secs => p_window_seconds);
            GET DIAGNOSTICS expired = ROW_COUNT;
            used_count := used_count - expired;
            is_allowed := used_count < p_limit;
            IF is_allowed THEN
              INSERT INTO rate_limit_hits (key, hit_at) VALUES (p_key, now_at);
              used_count := used_count + 1;
            END IF;
            UPDATE rate_limit_counters c
               SET used = used_count, last_hit_at = CASE WHEN is_allowed THEN now_at ELSE c.last_hit_at END
             WHERE c.key = p_key;
            SELECT min(h.hit_at) INTO oldest_at FROM rate_limit_hits h WHERE h.key = p_key;
            IF NOT is_allowed THEN
              -- The event that has to leave the window before one more fits.
              SELECT h.hit_at INTO freeing_at FROM rate_limit_hits h
               WHERE h.key = p_key ORDER BY h.hit_at OFFSET used_count - p_limit LIMIT 1;
            END IF;
          END
        $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION rate_limit_consume(text, integer, integer);
      DROP TABLE rate_limit_counters;
    `);
  }
}
