/**
 * Keeps `--out-dir` apart from the inputs: a batch never writes next to or over its inputs, and the outputs of an
 * earlier run inside a searched folder are not taken for new inputs.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Discovered } from './discover.js';
import { problem, type Reason } from '../lang/problem.js';

/** Entries left to process, or the usage error that forbids the run. */
export interface Fenced {
  entries: Discovered[];
  /** Files found inside the out dir (earlier outputs) and left out. */
  dropped: number;
  error?: Reason;
}

/** True when `child` is `parent` or lies below it. */
function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Checks the discovered entries against the out dir: an input folder that is the out dir itself is a usage error;
 * files found by searching a folder that contains the out dir, and lying inside it, are left out.
 */
export function fenceOutDir(entries: readonly Discovered[], outDir: string, cwd: string): Fenced {
  const out = resolve(cwd, outDir);
  const roots = new Set(entries.flatMap((e) => (e.root !== null && !e.error ? [resolve(cwd, e.root)] : [])));
  if (roots.has(out)) {
    return { entries: [], dropped: 0, error: problem('outDirIsInput', outDir) };
  }
  const kept: Discovered[] = [];
  let dropped = 0;
  for (const entry of entries) {
    const searched = entry.root !== null && !entry.error && inside(resolve(cwd, entry.root), out);
    if (searched && inside(out, resolve(cwd, entry.path))) dropped += 1;
    else kept.push(entry);
  }
  return { entries: kept, dropped };
}
