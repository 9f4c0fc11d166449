// web.*.js.gzip: the JavaScript bytes a page pulls over the wire, gzip-encoded. Chromium (through
// playwright-core) loads the page with an empty cache and gzip as the only accepted encoding; the CDP
// `Network.loadingFinished` event's encodedDataLength (bytes received, headers included) of every Script
// response is summed.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.mjs';

export const PAGES = [
  { name: 'login', path: '/login' },
  { name: 'invite-page', path: '/invite#token=x' },
];

export async function webBytesCase(ctx) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    // Playwright would exit the process on Ctrl-C before the bench has stopped its servers; Chromium ends
    // with this process anyway (its CDP pipe closes).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  try {
    for (const page of PAGES) {
      const { bytes, scripts, encodings } = await scriptBytes(browser, ctx.server.base + page.path);
      ctx.results.add(`web.${page.name}.js.gzip`, 'bytes', bytes);
      ctx.results.addDetail(`web.${page.name}`, { scripts, encodings });
      // Files below the build's precompression threshold are served as they are; all of them would be news.
      const counts = [...new Set(encodings)].map(
        (encoding) => `${encodings.filter((e) => e === encoding).length} ${encoding}`,
      );
      const warning = encodings.includes('gzip') ? '' : '  WARNING: nothing was served gzip-encoded';
      ctx.log(`  ${page.path.padEnd(16)} ${bytes} bytes of JavaScript over the wire (${counts.join(', ')})${warning}`);
    }
  } finally {
    await browser.close();
  }
}

async function scriptBytes(browser, url) {
  // Only gzip is advertised, whatever else (brotli, zstd) Chromium and the server could agree on.
  // (CDP's Network.setAcceptedEncodings would be tidier, but this Chromium answers that it has no such method.)
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts = new Map(); // requestId -> content-encoding
    let bytes = 0;
    const counted = [];
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      if (type === 'Script') scripts.set(requestId, headerOf(response.headers, 'content-encoding') ?? 'identity');
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (!scripts.has(requestId)) return;
      bytes += encodedDataLength;
      counted.push(scripts.get(requestId));
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    if (counted.length === 0) throw new Error(`${url}: no JavaScript loaded`);
    return { bytes, scripts: counted.length, encodings: counted };
  } finally {
    await context.close();
  }
}

const headerOf = (headers, name) =>
  Object.entries(headers)
    .find(([key]) => key.toLowerCase() === name)?.[1]
    ?.toLowerCase();
