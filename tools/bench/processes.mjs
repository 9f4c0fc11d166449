// Everything the bench starts is registered here (child processes, foreign pids such as PostgreSQL or
// Chromium, temporary folders), so a failure or Ctrl-C stops exactly those, by pid, and removes the folders.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = new Set();
const pids = new Map(); // pid -> label, for processes we caused but did not spawn ourselves
const tempDirs = new Set();

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown by a probe to stop waiting at once (the process being waited for has died, say). */
export class GiveUp extends Error {}

/**
 * Polls `probe` until it returns a truthy value; throws naming `what` once the deadline has passed. A probe
 * that throws is retried (a refused connection while a server starts), unless it throws GiveUp.
 */
export async function waitFor(what, probe, { timeoutMs = 60_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`,
      );
    }
    await sleep(intervalMs);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A temporary folder the `postgres` OS user can enter (mkdtemp makes 0700); removed at the end. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Spawns and registers a child; `label` names it in messages. */
export function spawnTracked(label, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.label = label;
  children.add(child);
  child.on('exit', () => children.delete(child));
  child.on('error', () => children.delete(child));
  return child;
}

export function trackPid(pid, label) {
  pids.set(pid, label);
}

export function untrackPid(pid) {
  pids.delete(pid);
}

export const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stopChild(child, graceMs = 30_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = sleep(graceMs).then(() => 'timeout');
  if ((await Promise.race([exited, timer])) === 'timeout') {
    console.error(`${child.label} (pid ${child.pid}) did not stop within ${graceMs / 1000} s: SIGKILL`);
    child.kill('SIGKILL');
    await exited;
  }
}

export async function stopPid(pid, graceMs = 15_000) {
  if (!isAlive(pid)) return untrackPid(pid);
  process.kill(pid, 'SIGTERM');
  try {
    await waitFor(`pid ${pid} to stop`, () => !isAlive(pid), { timeoutMs: graceMs });
  } catch {
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  untrackPid(pid);
}

/** Runs a command to its end; resolves with its stdout, rejects with its stderr when it fails. */
export function runCommand(label, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(label, command, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve(stdout)
        : reject(
            new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${(stderr || stdout).trim().slice(-4000)}`),
          ),
    );
  });
}

/** Stops everything still registered and removes the temporary folders; safe to call twice. */
export async function cleanUp() {
  await Promise.all([...children].map((child) => stopChild(child).catch(() => undefined)));
  await Promise.all([...pids.keys()].map((pid) => stopPid(pid).catch(() => undefined)));
  for (const dir of tempDirs) {
    try {
      removeTempDir(dir);
    } catch (error) {
      console.error(`could not remove ${dir}: ${error.message}`);
    }
  }
}

let stopping;
/** Set once a signal stops the bench: resolves never (it exits); the errors it causes in cases are no news. */
export const interrupted = () => stopping;

/** Ctrl-C or SIGTERM: stop what we started, then leave with the conventional exit code. */
export function cleanUpOnSignals() {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ]) {
    process.on(signal, () => {
      if (stopping) return;
      console.error(`\n${signal}: stopping everything the bench started`);
      stopping = cleanUp().finally(() => process.exit(code));
    });
  }
}
