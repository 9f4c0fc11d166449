// `npm start`: build what is stale (Nx cache), then run the API, which serves the SPA, on an embedded
// PostgreSQL and a capture SMTP server unless DATABASE_URL / SMTP_URL say otherwise.
import { spawn } from 'node:child_process';
import { run } from './run.mjs';

await run('nx', ['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);

const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], { stdio: 'inherit' });
// The API stops itself (and its PostgreSQL) on SIGINT/SIGTERM; this wrapper only passes them on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// A SIGTERM to `npm start` ends npm and its shell without passing it on; when this process is left
// behind by its parent, it stops the API (and with it PostgreSQL) as SIGTERM would have.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) api.kill('SIGTERM');
}, 1000).unref();
