import type { EntityManager } from 'typeorm';
import { typedQueries } from './typed-queries';

/**
 * Waits for the advisory lock `key` of the transaction `tx` runs in; the transaction's end releases it (also
 * when the process dies), and it holds behind a transaction-mode pooler such as PgBouncer.
 */
export async function lockForTransaction(tx: EntityManager, key: number): Promise<void> {
  await typedQueries(tx)
    .selectNoFrom((eb) => eb.fn<void>('pg_advisory_xact_lock', [eb.val(key)]).as('locked'))
    .execute();
}
