import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from './support/test-app';

/** A built SPA as the web build writes it: hashed assets with .br/.gz beside them, public files as they are. */
function writeWebBuild(dir: string) {
  const index = `<!doctype html><html lang="en"><head><title>CloudHub</title></head><body>${'<p>shell</p>'.repeat(100)}</body></html>`;
  const script = `export const greeting = "hello";\n`.repeat(500);
  mkdirSync(join(dir, 'assets'));
  const files: Record<string, string> = { 'index.html': index, 'assets/app-1a2b3c4d.js': script };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(content));
  }
  // The real robots.txt of the web app, so this test also fails when it is gone.
  copyFileSync(join(__dirname, '../../web/public/robots.txt'), join(dir, 'robots.txt'));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { index, script, brBytes: brotliCompressSync(script).length, gzipBytes: gzipSync(script).length };
}

describe('delivery of the built SPA', () => {
  let api: TestApp;
  let webDir: string;
  let build: ReturnType<typeof writeWebBuild>;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'cloudhub-web-'));
    build = writeWebBuild(webDir);
    api = await createTestApp({ env: { WEB_DIST_DIR: webDir } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const ASSET = '/assets/app-1a2b3c4d.js';

  it('sends a hashed asset brotli-compressed to a browser that takes br, cached for a year as immutable', async () => {
    const response = await api.http().get(ASSET).set('Accept-Encoding', 'gzip, deflate, br, zstd').expect(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-length']).toBe(String(build.brBytes));
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.text).toBe(build.script);
  });

  it('sends gzip to a browser that does not take br, and the file as it is to one that takes neither', async () => {
    const gzip = await api.http().get(ASSET).set('Accept-Encoding', 'gzip, deflate').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-length']).toBe(String(build.gzipBytes));
    expect(gzip.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gzip.text).toBe(build.script);

    const plain = await api.http().get(ASSET).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(build.script)));
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.text).toBe(build.script);
  });

  it('answers index.html and every deep link with no-cache, compressed too', async () => {
    for (const path of ['/', '/login', '/c/100042/users', '/index.html']) {
      const response = await api
        .http()
        .get(path)
        .set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8')
        .set('Accept-Encoding', 'gzip, br');
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.text).toBe(build.index);
    }
  });

  it('serves robots.txt as text/plain with a short cache', async () => {
    const response = await api.http().get('/robots.txt').set('Accept', 'text/html,*/*').expect(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.text).toMatch(/^User-agent: \*/m);
  });

  it('answers a missing asset or file with 404, never with the page', async () => {
    for (const path of ['/assets/app-gone.js', '/assets/chunk', '/sitemap.xml']) {
      const response = await api.http().get(path).set('Accept', 'text/html,*/*');
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers['content-type']).not.toMatch(/text\/html/);
    }
  });

  it('serves nothing outside the build or hidden', async () => {
    writeFileSync(join(webDir, '.env'), 'SECRET=1');
    for (const path of ['/.env', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json']) {
      const response = await api.http().get(path).set('Accept', 'application/json');
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.text).not.toContain('SECRET');
    }
  });

  it('leaves the API alone', async () => {
    const response = await api.http().get('/api/health').set('Accept-Encoding', 'br').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    await api.http().get('/api/nothing-here').set('Accept', 'text/html').expect(404);
  });
});
