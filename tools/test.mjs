// `npm test`: everything CI checks, in the order that fails fastest.
import { run } from './run.mjs';

// Redocly CLI: no telemetry and no update check (CI runs offline).
process.env.REDOCLY_TELEMETRY = 'off';
process.env.REDOCLY_SUPPRESS_UPDATE_NOTICE = 'true';

const steps = [
  ['build', 'nx', ['run-many', '-t', 'build', '--output-style=static']],
  ['OpenAPI document and client are up to date', 'node', ['tools/check-api-client.mjs']],
  [
    'OpenAPI lint (spectral:oas)',
    'spectral',
    ['lint', '--fail-severity=error', '--ruleset', '.spectral.yaml', 'libs/api-client/openapi.json'],
  ],
  [
    'OpenAPI lint (OWASP API Security rules)',
    'spectral',
    ['lint', '--fail-severity=error', '--ruleset', '.spectral-owasp.yaml', 'libs/api-client/openapi.json'],
  ],
  [
    'OpenAPI lint (Redocly recommended)',
    'redocly',
    ['lint', '--config', 'redocly.yaml', 'libs/api-client/openapi.json'],
  ],
  ['typecheck and lint', 'nx', ['run-many', '-t', 'typecheck', 'lint', '--output-style=static', '--parallel=2']],
  ['unit and API tests', 'nx', ['run-many', '-t', 'test', '--output-style=static', '--parallel=1']],
  ['browser tests', 'nx', ['run', 'web:e2e', '--output-style=static']],
];

const only = process.argv.slice(2);
const started = Date.now();
const summary = [];
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  const stepStarted = Date.now();
  process.stdout.write(`\n=== ${name}\n`);
  try {
    await run(command, args);
    summary.push(`ok    ${name} (${((Date.now() - stepStarted) / 1000).toFixed(0)} s)`);
  } catch (error) {
    summary.push(`FAIL  ${name}: ${error.message}`);
    process.stdout.write(`\n${summary.join('\n')}\n`);
    process.exit(1);
  }
}
process.stdout.write(`\n${summary.join('\n')}\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
