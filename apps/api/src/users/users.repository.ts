import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { LANGUAGES, type Language } from '@cloudhub/permissions';
import { oneOf } from '../database/closed-set';
import { typedQueries } from '../database/typed-queries';

/** An account as the rest of the API sees it: never with its password hash. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly language: Language;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** An account with its password hash, for the login only. */
export interface UserCredentials extends User {
  readonly passwordHash: string;
}

const USER_COLUMNS = ['id', 'email', 'name', 'language', 'createdAt', 'updatedAt'] as const;

/** The one writer of `users`. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, manager?: EntityManager): Promise<User | null> {
    const row = await typedQueries(manager ?? this.dataSource)
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  /** The account with its password hash, matched case-insensitively. */
  async findCredentials(email: string): Promise<UserCredentials | null> {
    const row = await typedQueries(this.dataSource)
      .selectFrom('users')
      .select([...USER_COLUMNS, 'passwordHash'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email)])))
      .executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
  }

  async emailTaken(email: string, manager?: EntityManager): Promise<boolean> {
    const row = await typedQueries(manager ?? this.dataSource)
      .selectFrom('users')
      .select((eb) => eb.lit(1).as('taken'))
      .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email)])))
      .executeTakeFirst();
    return row !== undefined;
  }

  async create(
    user: { email: string; name: string; language: Language; passwordHash: string },
    tx?: EntityManager,
  ): Promise<User> {
    const row = await typedQueries(tx ?? this.dataSource)
      .insertInto('users')
      .values({ email: user.email, name: user.name, language: user.language, passwordHash: user.passwordHash })
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  /** A new hash of the same password (e.g. re-made from its normalized form after a login). */
  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await typedQueries(this.dataSource)
      .updateTable('users')
      .set({ passwordHash, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  async updateProfile(id: string, changes: { name?: string; language?: Language }): Promise<void> {
    const set = {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.language !== undefined && { language: changes.language }),
    };
    if (Object.keys(set).length === 0) return;
    await typedQueries(this.dataSource)
      .updateTable('users')
      .set({ ...set, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }
}

function toUser(row: Omit<User, 'language'> & { readonly language: string }): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    language: oneOf(LANGUAGES, row.language),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
