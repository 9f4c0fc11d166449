import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { lockForTransaction } from '../database/advisory-lock';
import { typedQueries } from '../database/typed-queries';

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
    return typedQueries(this.dataSource)
      .selectFrom('signingKeys')
      .select(['kid', 'secret', 'createdAt'])
      .where('retiredAt', 'is', null)
      .orderBy('createdAt', 'desc')
      .orderBy('kid', 'desc')
      .execute();
  }

  /** Creates the first key unless one exists; `secret` lets a development key from before carry over. */
  async ensureOne(secret: string = newSecret()): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await lockForTransaction(tx, FIRST_KEY_LOCK);
      const db = typedQueries(tx);
      const { count } = await db
        .selectFrom('signingKeys')
        .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('count'))
        .where('retiredAt', 'is', null)
        .executeTakeFirstOrThrow();
      if (count === 0) await db.insertInto('signingKeys').values({ kid: newKeyId(), secret }).execute();
    });
  }

  /** A new key, current from now on for every instance (each picks it up within a minute). */
  async add(): Promise<string> {
    const kid = newKeyId();
    await typedQueries(this.dataSource).insertInto('signingKeys').values({ kid, secret: newSecret() }).execute();
    return kid;
  }

  /** What the key signed or sealed stops working; the newest key is never retired, so one always signs. */
  async retire(kid: string): Promise<'retired' | 'unknown' | 'current'> {
    return this.dataSource.transaction(async (tx) => {
      await lockForTransaction(tx, FIRST_KEY_LOCK);
      const db = typedQueries(tx);
      const newest = await db
        .selectFrom('signingKeys')
        .select('kid')
        .where('retiredAt', 'is', null)
        .orderBy('createdAt', 'desc')
        .orderBy('kid', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (newest?.kid === kid) return 'current';
      const { numUpdatedRows } = await db
        .updateTable('signingKeys')
        .set({ retiredAt: sql<Date>`now()` })
        .where('kid', '=', kid)
        .where('retiredAt', 'is', null)
        .executeTakeFirst();
      return numUpdatedRows > 0n ? 'retired' : 'unknown';
    });
  }
}
