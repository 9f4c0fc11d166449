import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SOURCE = __dirname;
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** Every module file (specs aside) and the top-level folders its relative imports reach. */
function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SOURCE)) {
    const from = topFolder(file);
    // Entry points wire modules together: the composition root (main.ts, app.module.ts) and the CLIs.
    if (from === undefined || file.endsWith('-cli.ts')) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const to = topFolder(resolve(dirname(file), specifier));
      if (to === undefined || to === from) continue;
      const targets = graph.get(from) ?? new Map<string, string[]>();
      targets.set(to, [...(targets.get(to) ?? []), relative(SOURCE, file)]);
      graph.set(from, targets);
    }
  }
  return graph;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(db-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

function topFolder(path: string): string | undefined {
  const parts = relative(SOURCE, path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/** One cycle through `start`, as a path of folders with the files that make each step, if there is one. */
function cycleThrough(graph: Map<string, Map<string, string[]>>, start: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (folder: string, path: string[]): string[] | undefined => {
    for (const [next, files] of graph.get(folder) ?? []) {
      const step = `${folder} → ${next} (${files[0]})`;
      if (next === start) return [...path, step];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, step]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, []);
}

describe('API folders', () => {
  it('depend on each other without cycles, so each can be read (and changed) from the bottom up', () => {
    const graph = folderGraph();
    const cycles = [...graph.keys()].flatMap((folder) => cycleThrough(graph, folder)?.join(', ') ?? []);
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', new Map([['b', ['a/x.ts']]])],
      ['b', new Map([['a', ['b/y.ts']]])],
    ]);
    expect(cycleThrough(graph, 'a')).toEqual(['a → b (a/x.ts)', 'b → a (b/y.ts)']);
  });
});
