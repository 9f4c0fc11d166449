import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '@cloudhub/permissions';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager ?? this.dataSource.manager).findOneBy(UserEntity, { id });
  }

  /** The account with its password hash, matched case-insensitively. */
  findCredentials(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  async emailTaken(email: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource.manager).query(
      'SELECT 1 FROM users WHERE lower(email) = lower($1)',
      [email],
    );
    return rows.length > 0;
  }

  async create(
    user: Pick<UserEntity, 'email' | 'name' | 'language' | 'passwordHash'>,
    tx?: EntityManager,
  ): Promise<UserEntity> {
    const manager = tx ?? this.dataSource.manager;
    const { identifiers } = await manager.insert(UserEntity, user);
    return manager.findOneByOrFail(UserEntity, { id: identifiers[0].id as string });
  }

  /** A new hash of the same password (e.g. re-made from its normalized form after a login). */
  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id }, { passwordHash });
  }

  async updateProfile(id: string, changes: { name?: string; language?: Language }): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.dataSource.getRepository(UserEntity).update({ id }, changes);
  }
}
