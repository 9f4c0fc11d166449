import type { DataSource } from 'typeorm';
import { lockForTransaction } from './advisory-lock';

/**
 * Runs `work` (which may use any other connection) while this instance holds the advisory lock `key`, so
 * that instances starting at the same moment take turns.
 *
 * The lock is transaction-scoped: a transaction is left open on one pooled connection for as long as the
 * work runs, and its end releases the lock (also when the process dies and the connection drops). A session
 * lock (`pg_advisory_lock` ... `pg_advisory_unlock`) breaks behind a transaction-mode pooler such as
 * PgBouncer: outside a transaction every statement may run on another server connection, so the unlock
 * misses, and the lock stays behind on a server connection that goes on serving other clients (which then
 * take it again without waiting). An open transaction keeps its server connection until it ends, directly
 * or through any pooler.
 */
export async function withStartUpLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await lockForTransaction(runner.manager, key);
    const result = await work();
    await runner.commitTransaction();
    return result;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}
