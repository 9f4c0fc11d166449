import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(token: Omit<RefreshTokenEntity, 'createdAt' | 'rotatedAt' | 'revokedAt'>, tx?: EntityManager) {
    await (tx ?? this.dataSource.manager).insert(RefreshTokenEntity, token);
  }

  /** Locks the token's row, so two refreshes with one token cannot both rotate it. */
  findForUpdate(id: string, tx: EntityManager): Promise<RefreshTokenEntity | null> {
    return tx.getRepository(RefreshTokenEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markRotated(id: string, tx: EntityManager): Promise<void> {
    await tx.update(RefreshTokenEntity, { id }, { rotatedAt: () => 'now()' });
  }

  /**
   * Whether a rotated token may be presented once more (Auth0's reuse interval): it was rotated less than
   * `seconds` ago, by the database's clock, and it is still the newest rotated token of its family (its
   * successors are unused), so only the token just replaced qualifies, never an older one.
   */
  async reusable(token: RefreshTokenEntity, seconds: number, tx: EntityManager): Promise<boolean> {
    if (seconds <= 0 || !token.rotatedAt) return false;
    const [row]: { reusable: boolean }[] = await tx.query(
      `SELECT t.rotated_at > now() - make_interval(secs => $2)
              AND NOT EXISTS (SELECT 1 FROM refresh_tokens s
                               WHERE s.family_id = t.family_id AND s.rotated_at > t.rotated_at) AS reusable
         FROM refresh_tokens t WHERE t.id = $1`,
      [token.id, seconds],
    );
    return row.reusable;
  }

  /** Answers how many live tokens it revoked. */
  async revokeFamily(familyId: string, tx?: EntityManager): Promise<number> {
    const result = await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
    return result.affected ?? 0;
  }

  /** Expired tokens can neither refresh nor reveal a reuse any more. */
  async deleteExpired(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(RefreshTokenEntity)
      .where('expires_at < now()')
      .execute();
    return result.affected ?? 0;
  }
}
