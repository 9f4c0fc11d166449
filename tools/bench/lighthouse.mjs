// web.lighthouse.<page>.<category>: Lighthouse (mobile profile, its default) on the login page and the
// invitation page, against Debian's Chromium started by chrome-launcher with the repo's flags. Nothing
// leaves 127.0.0.1: the pages are ours and Chromium's background networking is off.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.mjs';
import { trackPid, untrackPid } from './processes.mjs';
import { PAGES } from './web-bytes.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseCase(ctx) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
    handleSIGINT: false, // the bench's own handler stops it, with everything else
  });
  trackPid(chrome.pid, 'chromium (lighthouse)');
  try {
    for (let run = 1; run <= ctx.knobs.runs; run++) {
      for (const page of PAGES) await audit(ctx, chrome.port, page, run);
    }
  } finally {
    chrome.kill();
    untrackPid(chrome.pid);
  }
}

async function audit(ctx, port, page, run) {
  const { categories, runWarnings } = await lighthouseReport(ctx, port, page);
  const scores = CATEGORIES.map((category) => {
    const score = categories[category]?.score;
    if (typeof score !== 'number') throw new Error(`lighthouse ${page.path}: no ${category} score`);
    ctx.results.add(`web.lighthouse.${page.name}.${category}`, 'score', Math.round(score * 100));
    return `${category} ${Math.round(score * 100)}`;
  });
  ctx.log(`  run ${run} lighthouse ${page.path.padEnd(16)} ${scores.join(', ')}`);
  for (const warning of runWarnings ?? []) ctx.log(`    lighthouse warning: ${warning}`);
}

const ATTEMPTS = 3;

/**
 * Lighthouse sometimes fails to record the trace on a busy machine (NO_NAVSTART, NO_FCP: "Please run
 * Lighthouse again"); such a run is repeated, up to ATTEMPTS times, and said so.
 */
async function lighthouseReport(ctx, port, page) {
  for (let attempt = 1; ; attempt++) {
    const { lhr } = await lighthouse(ctx.server.base + page.path, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!lhr.runtimeError) return lhr;
    const problem = `lighthouse ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
    if (attempt === ATTEMPTS) throw new Error(`${problem} (${ATTEMPTS} attempts)`);
    ctx.log(`    ${problem}: trying again`);
  }
}
