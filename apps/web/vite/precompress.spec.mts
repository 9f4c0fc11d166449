import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress.mts';

describe('precompressDirectory', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'precompress-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('writes brotli and gzip copies of text files, in sub-folders too, that decompress to the file', async () => {
    const script = Buffer.from('export const greeting = "hello";\n'.repeat(200));
    await mkdir(join(directory, 'assets'));
    await writeFile(join(directory, 'assets', 'app-1a2b3c.js'), script);
    await writeFile(join(directory, 'index.html'), `<!doctype html>${'<p>text</p>'.repeat(200)}`);

    await precompressDirectory(directory);

    const assets = join(directory, 'assets', 'app-1a2b3c.js');
    expect(brotliDecompressSync(await readFile(`${assets}.br`))).toEqual(script);
    expect(gunzipSync(await readFile(`${assets}.gz`))).toEqual(script);
    expect((await readFile(`${assets}.br`)).length).toBeLessThan(script.length / 10);
    expect(await readdir(directory)).toEqual(expect.arrayContaining(['index.html.br', 'index.html.gz']));
  });

  it('leaves small files and formats that are compressed already alone', async () => {
    await writeFile(join(directory, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    await writeFile(join(directory, 'guide.pdf'), Buffer.alloc(10_000, 1));

    expect(await precompressDirectory(directory)).toEqual([]);
    expect((await readdir(directory)).sort()).toEqual(['guide.pdf', 'robots.txt']);
  });
});
