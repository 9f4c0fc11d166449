import {
  CamelCasePlugin,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { DB } from './database.types';

/** The typed view of the database: tables and columns as the migrations made them (database.types.ts). */
export type Queries = Kysely<DB>;

/**
 * Kysely builds and types the queries; TypeORM keeps what it already does, the pool, the migrations and the
 * transactions. A query runs on the connection of the EntityManager it is made from: inside
 * `dataSource.transaction(tx => ...)` it takes part in that transaction, like `tx.query` does, so services
 * keep passing one `EntityManager` through everything a change writes.
 */
export function typedQueries(manager: EntityManager | DataSource): Queries {
  const entityManager = 'manager' in manager ? manager.manager : manager;
  let queries = cache.get(entityManager);
  if (!queries) {
    queries = new Kysely<DB>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new EntityManagerDriver(entityManager),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
      plugins: [new CamelCasePlugin()],
    });
    cache.set(entityManager, queries);
  }
  return queries;
}

/** One Kysely per EntityManager (a transaction's lives as long as the transaction). */
const cache = new WeakMap<EntityManager, Queries>();

/** Compiles without a database: for queries built once and run many times. */
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new CamelCasePlugin()],
});

/**
 * A hot query built and compiled once, run with new values: Kysely otherwise builds and compiles a query on
 * every call, which was a tenth of the API's CPU under load on `GET /api/me` (every tenant-scoped request
 * also asks for the caller's permissions). `build` gets a placeholder for each named value; the compiled
 * statement's parameters that are placeholders are replaced by the call's values, the others stay. A value
 * that is not text goes in as a typed fragment, e.g. `.limit(sql<number>\`${placeholders.limit}\`)`.
 */
export function compiledOnce<Name extends string, Row>(
  names: readonly Name[],
  build: (db: Queries, placeholders: Readonly<Record<Name, string>>) => Compilable<Row>,
): (manager: EntityManager | DataSource, values: Readonly<Record<Name, unknown>>) => Promise<Row[]> {
  const placeholders = Object.fromEntries(names.map((name) => [name, `\u0000${name}\u0000`])) as Record<Name, string>;
  const compiled = build(compiler, placeholders).compile();
  const slots = compiled.parameters.map((parameter) => names.find((name) => placeholders[name] === parameter));
  return async (manager, values) => {
    const parameters = compiled.parameters.map((parameter, i) => {
      const slot = slots[i];
      return slot === undefined ? parameter : values[slot];
    });
    return (await typedQueries(manager).executeQuery<Row>({ ...compiled, parameters })).rows;
  };
}

class EntityManagerDriver implements Driver {
  constructor(private readonly manager: EntityManager) {}

  async init(): Promise<void> {}

  acquireConnection(): Promise<DatabaseConnection> {
    // In a transaction: its runner, released by TypeORM at the end. Otherwise a pooled runner for this query.
    const own = this.manager.queryRunner === undefined;
    const runner = this.manager.queryRunner ?? this.manager.connection.createQueryRunner();
    return Promise.resolve(new QueryRunnerConnection(runner, own));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await (connection as QueryRunnerConnection).release();
  }

  beginTransaction(): Promise<void> {
    return Promise.reject(new Error('Transactions are TypeORM’s: run the queries inside dataSource.transaction().'));
  }

  commitTransaction(): Promise<void> {
    return this.beginTransaction();
  }

  rollbackTransaction(): Promise<void> {
    return this.beginTransaction();
  }

  async destroy(): Promise<void> {}
}

class QueryRunnerConnection implements DatabaseConnection {
  constructor(
    private readonly runner: QueryRunner,
    private readonly owned: boolean,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.runner.query(query.sql, [...query.parameters], true);
    return {
      rows: (result.records ?? []) as R[],
      numAffectedRows: typeof result.affected === 'number' ? BigInt(result.affected) : undefined,
    };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported: page with a keyset instead.');
  }

  async release(): Promise<void> {
    if (this.owned) await this.runner.release();
  }
}
