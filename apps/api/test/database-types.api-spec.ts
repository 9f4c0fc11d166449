import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const COMMITTED = resolve(__dirname, '../src/database/database.types.ts');
const CODEGEN = resolve(__dirname, '../../../node_modules/.bin/kysely-codegen');

/**
 * The query types come from one source, the migrations: this generates them from the migrated test database
 * (kysely-codegen) and fails when the committed file differs. `UPDATE_DATABASE_TYPES=1` writes it instead.
 */
describe('database types', () => {
  it('match the migrated schema', async () => {
    const update = process.env.UPDATE_DATABASE_TYPES === '1';
    const folder = await mkdtemp(join(tmpdir(), 'database-types-'));
    const outFile = update ? COMMITTED : join(folder, 'database.types.ts');
    try {
      await promisify(execFile)(CODEGEN, [
        '--dialect=postgres',
        `--url=${process.env.TEST_DATABASE_URL}`,
        '--include-pattern=public.*',
        '--exclude-pattern=public.migrations',
        '--camel-case',
        `--out-file=${outFile}`,
        '--log-level=error',
      ]);
      expect(await readFile(outFile, 'utf8')).toBe(readFileSync(COMMITTED, 'utf8'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
