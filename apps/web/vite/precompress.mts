import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images, fonts and PDFs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest', '.map']);
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

export interface Precompressed {
  file: string;
  bytes: number;
  br: number;
  gzip: number;
}

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip -9) beside every compressible file of
 * `directory` and its folders, where that is smaller than the file. The API sends them to browsers that
 * accept them; compressing once here costs nothing per request and beats what a server would do on the fly.
 */
export async function precompressDirectory(directory: string): Promise<Precompressed[]> {
  const files = (await readdir(directory, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  const results = await Promise.all(files.map(precompressFile));
  return results.filter((result) => result !== undefined);
}

async function precompressFile(file: string): Promise<Precompressed | undefined> {
  const content = await readFile(file);
  if (content.length < MIN_BYTES) return undefined;
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const writes: Promise<void>[] = [];
  if (br.length < content.length) writes.push(writeFile(`${file}.br`, br));
  if (gz.length < content.length) writes.push(writeFile(`${file}.gz`, gz));
  await Promise.all(writes);
  return { file, bytes: content.length, br: br.length, gzip: gz.length };
}

/** Precompresses the build output once it is written (public files included). */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'cloudhub:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const done = await precompressDirectory(outDir);
        this.info(`precompressed ${done.length} files (brotli and gzip)`);
      },
    },
  };
}
