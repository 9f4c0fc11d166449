import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { typedQueries } from '../database/typed-queries';

/** A refresh token as stored: only the SHA-256 of its secret. Rotations share a family. */
export interface StoredRefreshToken {
  readonly id: string;
  readonly familyId: string;
  readonly userId: string;
  readonly tokenHash: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly rotatedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** The one writer of `refresh_tokens`. */
@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(
    token: Pick<StoredRefreshToken, 'id' | 'familyId' | 'userId' | 'tokenHash' | 'expiresAt'>,
    tx?: EntityManager,
  ): Promise<void> {
    await typedQueries(tx ?? this.dataSource)
      .insertInto('refreshTokens')
      .values({
        id: token.id,
        familyId: token.familyId,
        userId: token.userId,
        tokenHash: token.tokenHash,
        expiresAt: token.expiresAt,
      })
      .execute();
  }

  /** Locks the token's row, so two refreshes with one token cannot both rotate it. */
  async findForUpdate(id: string, tx: EntityManager): Promise<StoredRefreshToken | undefined> {
    return typedQueries(tx)
      .selectFrom('refreshTokens')
      .select(['id', 'familyId', 'userId', 'tokenHash', 'createdAt', 'expiresAt', 'rotatedAt', 'revokedAt'])
      .where('id', '=', id)
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
  }

  async markRotated(id: string, tx: EntityManager): Promise<void> {
    await typedQueries(tx)
      .updateTable('refreshTokens')
      .set({ rotatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Whether a rotated token may be presented once more (Auth0's reuse interval): it was rotated less than
   * `seconds` ago, by the database's clock, and it is still the newest rotated token of its family (its
   * successors are unused), so only the token just replaced qualifies, never an older one.
   */
  async reusable(token: StoredRefreshToken, seconds: number, tx: EntityManager): Promise<boolean> {
    if (seconds <= 0 || !token.rotatedAt) return false;
    const row = await typedQueries(tx)
      .selectFrom('refreshTokens as t')
      .select((eb) =>
        eb
          .and([
            eb('t.rotatedAt', '>', sql<Date>`now() - make_interval(secs => ${seconds})`),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('refreshTokens as s')
                  .select(eb.lit(1).as('one'))
                  .whereRef('s.familyId', '=', 't.familyId')
                  .whereRef('s.rotatedAt', '>', 't.rotatedAt'),
              ),
            ),
          ])
          .as('reusable'),
      )
      .where('t.id', '=', token.id)
      .executeTakeFirstOrThrow();
    return row.reusable === true;
  }

  /** Answers how many live tokens it revoked. */
  async revokeFamily(familyId: string, tx?: EntityManager): Promise<number> {
    const result = await typedQueries(tx ?? this.dataSource)
      .updateTable('refreshTokens')
      .set({ revokedAt: sql<Date>`now()` })
      .where('familyId', '=', familyId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Expired tokens can neither refresh nor reveal a reuse any more. */
  async deleteExpired(): Promise<number> {
    const result = await typedQueries(this.dataSource)
      .deleteFrom('refreshTokens')
      .where('expiresAt', '<', sql<Date>`now()`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
