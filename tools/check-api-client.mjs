// Fails when regenerating the OpenAPI document or the typed client from the code would change the
// committed files, so the SPA's types can never drift from the API.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'api-client-check-'));
const fresh = { document: join(dir, 'openapi.json'), schema: join(dir, 'schema.d.ts') };
const bin = (name) => join('node_modules', '.bin', name);

execFileSync(process.execPath, ['dist/api/apps/api/src/openapi/write-openapi.js', fresh.document], {
  stdio: 'inherit',
});
execFileSync(bin('openapi-typescript'), [fresh.document, '-o', fresh.schema], { stdio: 'ignore' });
execFileSync(bin('prettier'), ['--config', '.prettierrc.json', '--log-level', 'warn', '--write', fresh.document], {
  stdio: 'inherit',
});

const stale = [
  ['libs/api-client/openapi.json', fresh.document],
  ['libs/api-client/src/schema.d.ts', fresh.schema],
].filter(([committed, regenerated]) => readFileSync(committed, 'utf8') !== readFileSync(regenerated, 'utf8'));

if (stale.length > 0) {
  console.error(
    `Out of date: ${stale.map(([file]) => file).join(', ')}. Run \`npm run api-client\` and commit the result.`,
  );
  process.exit(1);
}
console.log('libs/api-client matches the API.');
