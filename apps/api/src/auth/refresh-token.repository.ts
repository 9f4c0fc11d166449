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

  async revokeFamily(familyId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
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
