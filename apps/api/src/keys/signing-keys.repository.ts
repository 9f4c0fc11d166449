import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface StoredKey {
  readonly kid: string;
  readonly secret: string;
  readonly createdAt: Date;
}

/** Instances starting at once on an empty database must create one first key, not one each. */
const FIRST_KEY_LOCK = 4_200_003;

export const newKeyId = (): string => `k${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
export const newSecret = (): string => randomBytes(48).toString('base64url');

/** The one writer of `signing_keys`. */
@Injectable()
export class SigningKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keys that are not retired, newest first: the first one signs. */
  active(): Promise<StoredKey[]> {
    return this.dataSource.query(
      `SELECT kid, secret, created_at AS "createdAt" FROM signing_keys
        WHERE retired_at IS NULL ORDER BY created_at DESC, kid DESC`,
    );
  }

  /** Creates the first key unless one exists; `secret` lets a development key from before carry over. */
  async ensureOne(secret: string = newSecret()): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_KEY_LOCK]);
      const [{ count }]: { count: number }[] = await tx.query(
        'SELECT count(*)::int AS count FROM signing_keys WHERE retired_at IS NULL',
      );
      if (count === 0) await tx.query('INSERT INTO signing_keys (kid, secret) VALUES ($1, $2)', [newKeyId(), secret]);
    });
  }

  /** A new key, current from now on for every instance (each picks it up within a minute). */
  async add(): Promise<string> {
    const kid = newKeyId();
    await this.dataSource.query('INSERT INTO signing_keys (kid, secret) VALUES ($1, $2)', [kid, newSecret()]);
    return kid;
  }

  /** What the key signed or sealed stops working; the newest key is never retired, so one always signs. */
  async retire(kid: string): Promise<'retired' | 'unknown' | 'current'> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_KEY_LOCK]);
      const [newest]: { kid: string }[] = await tx.query(
        'SELECT kid FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC, kid DESC LIMIT 1',
      );
      if (newest?.kid === kid) return 'current';
      const [, retired]: [unknown, number] = await tx.query(
        'UPDATE signing_keys SET retired_at = now() WHERE kid = $1 AND retired_at IS NULL',
        [kid],
      );
      return retired > 0 ? 'retired' : 'unknown';
    });
  }
}
