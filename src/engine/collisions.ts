/**
 * Output collisions, found before anything is written: an output that is one of the inputs (directly or through a
 * symbolic link), and two inputs that map to one output (`x/n.txt` and `y/n.txt` flattened by `--out-dir`,
 * `a.txt` beside `a.md`, both `a.seo.md`). Either would lose work silently, so the run is refused, naming both.
 */
import { relative, resolve } from 'node:path';
import type { Discovered } from './discover.js';
import { outputPathFor, type OutputPlan } from './outputs.js';
import { identity } from './same-file.js';
import { problem, type Reason } from '../lang/problem.js';

function shown(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

/** The usage error of the first collision among the entries' outputs, or null when every output is its own. */
export function outputCollision(entries: readonly Discovered[], plan: OutputPlan): Reason | null {
  const inputs = new Map<string, string>();
  for (const entry of entries) if (!entry.error) inputs.set(identity(resolve(plan.cwd, entry.path)), entry.path);
  const outputs = new Map<string, string>();
  for (const entry of entries) {
    if (entry.error) continue;
    const output = outputPathFor(entry.path, entry.root, plan);
    if (output === '-') continue;
    const key = identity(output);
    const input = inputs.get(key);
    // `--write`: a Markdown file is its own output, on purpose.
    if (plan.inPlace && input === entry.path) {
      outputs.set(key, entry.path);
      continue;
    }
    if (input !== undefined) {
      return input === entry.path ? problem('outputIsItself', entry.path, shown(plan.cwd, output)) : problem('outputIsInput', entry.path, shown(plan.cwd, output), input);
    }
    const other = outputs.get(key);
    if (other !== undefined) return problem('sameOutput', other, entry.path, shown(plan.cwd, output));
    outputs.set(key, entry.path);
  }
  return null;
}
