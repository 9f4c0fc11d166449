// Debian's Chromium, started the way every browser tool of this repo starts it (see STACK-NOTES).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { waitFor } from './processes.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The package may still be being installed (apt-get install -y chromium): wait for it a while. */
export async function waitForChromium() {
  if (!existsSync(CHROMIUM)) console.log(`waiting for ${CHROMIUM} (apt-get install -y chromium)…`);
  await waitFor(CHROMIUM, () => existsSync(CHROMIUM) && chromiumVersion(), { timeoutMs: 600_000, intervalMs: 2000 });
}

export function chromiumVersion() {
  const out = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return /[\d.]+/.exec(out)?.[0];
}
