import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** Precompressed siblings written by the web build (`apps/web/vite/precompress.mts`), best first. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

type Coding = (typeof ENCODINGS)[number]['coding'];

/** Content-hashed build output: a new build writes new names, so a copy never goes stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always revalidated (cheap with its ETag). */
const REVALIDATE = 'no-cache';
/** robots.txt, the favicon, the PDFs in docs/: not hashed, so kept only briefly. */
const SHORT = 'public, max-age=3600';

/**
 * Serves the built SPA at `/`: files as built, precompressed (brotli, else gzip) when the browser takes it;
 * any other non-API GET that wants HTML gets index.html (deep links). A missing file with an extension, or
 * anything under /assets/, is a 404 rather than a page, so a stale chunk or robots.txt is never HTML.
 */
export function serveSpa(app: NestExpressApplication, configuredDir: string): void {
  const webDir = resolve(configuredDir);
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) {
      next();
      return;
    }
    void findFile(webDir, request.path).then((file) => {
      if (file) {
        sendStatic(request, response, next, file, cacheControlFor(request.path));
      } else if (mayBePage(request)) {
        sendStatic(request, response, next, index, REVALIDATE);
      } else {
        next();
      }
    }, next);
  });
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** connect-history-api-fallback's rule: a path whose last segment has a dot asks for a file. */
function mayBePage(request: Request): boolean {
  const lastSegment = request.path.slice(request.path.lastIndexOf('/') + 1);
  return !request.path.startsWith('/assets/') && !lastSegment.includes('.') && request.accepts('html') === 'html';
}

function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return IMMUTABLE;
  if (path === '/index.html') return REVALIDATE;
  return SHORT;
}

/** The regular, non-hidden file under `webDir` that a URL path names, if there is one. */
async function findFile(webDir: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = resolve(webDir, `.${decoded}`);
  if (!file.startsWith(webDir + sep)) return undefined;
  return (await isFile(file)) ? file : undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function sendStatic(
  request: Request,
  response: Response,
  next: NextFunction,
  file: string,
  cacheControl: string,
): void {
  void chooseVariant(file, request.headers['accept-encoding']).then(({ path, coding, hasVariants }) => {
    // The type of the file itself, not of its .br/.gz sibling (send keeps a Content-Type already set).
    response.type(extname(file));
    response.setHeader('Cache-Control', cacheControl);
    if (hasVariants) response.vary('Accept-Encoding');
    if (coding) response.setHeader('Content-Encoding', coding);
    response.sendFile(path, { cacheControl: false, dotfiles: 'allow', acceptRanges: !coding }, (error?: Error) => {
      if (error && !response.headersSent) next(error);
    });
  }, next);
}

interface Variant {
  path: string;
  coding: Coding | undefined;
  hasVariants: boolean;
}

async function chooseVariant(file: string, acceptEncoding: string | undefined): Promise<Variant> {
  const available: Coding[] = [];
  for (const { coding, suffix } of ENCODINGS) if (await isFile(file + suffix)) available.push(coding);
  const coding = preferredEncoding(acceptEncoding, available);
  const suffix = ENCODINGS.find((encoding) => encoding.coding === coding)?.suffix ?? '';
  return { path: file + suffix, coding, hasVariants: available.length > 0 };
}

/**
 * The content coding to send, of those available (in the server's order of preference), for an
 * Accept-Encoding header (RFC 9110, 12.5.3): the highest q-value wins, ties go to the server's order; a
 * coding the header does not name is acceptable only through `*`, and `q=0` refuses it. Undefined: send
 * the file as it is (also when the header prefers `identity` outright).
 */
export function preferredEncoding<T extends string>(
  header: string | undefined,
  available: readonly T[],
): T | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: T | undefined;
  let bestWeight = 0;
  const identityWeight = weights.get('identity') ?? 0;
  for (const coding of available) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight && weight >= identityWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
