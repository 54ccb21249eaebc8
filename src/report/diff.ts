/**
 * `--diff`: the change the rewrite would make, as a unified diff (the `diff` package's `createTwoFilesPatch`), and
 * its colours for a terminal. A file that would not change gives no diff at all.
 */
import type { ChalkInstance } from 'chalk';
import { createTwoFilesPatch } from 'diff';

/**
 * The unified diff from `before` (the file on disk; null when there is none, shown as `/dev/null`) to `after`,
 * both named by `path` as shown to the user. Empty when nothing would change.
 */
export function unifiedDiff(path: string, before: string | null, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(before === null ? '/dev/null' : path, path, before ?? '', after, undefined, undefined, { context: 3 });
  // The package opens with an `Index:` line and a row of `=` (svn's style): left out, as git and ruff print none.
  return patch.replace(/^(?:Index: [^\n]*\n)?=+\n/, '');
}

/** Colours a diff the way git does: headers bold, hunk lines cyan, removed red, added green. */
export function colourDiff(patch: string, chalk: ChalkInstance): string {
  if (chalk.level === 0) return patch;
  return patch
    .split('\n')
    .map((line) => {
      if (line.startsWith('--- ') || line.startsWith('+++ ')) return chalk.bold(line);
      if (line.startsWith('@@')) return chalk.cyan(line);
      if (line.startsWith('-')) return chalk.red(line);
      if (line.startsWith('+')) return chalk.green(line);
      return line;
    })
    .join('\n');
}
