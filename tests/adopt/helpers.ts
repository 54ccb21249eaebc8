/** Helpers of the adoption tests: a site of old posts, and the CLI run in memory with text on stdin. */
import { fixture, runCli, type RunResult } from '../check/helpers.js';

/** A post of the `short.md` fixture with a title too wide for a result page (a `title-width` error). */
export function oldPost(n: number): string {
  return fixture('short.md').replace(
    'title: Solar panels on school roofs cut energy bills',
    `title: Solar panels on school roofs cut energy bills across the whole region, and the council says more will follow soon (${n})`,
  );
}

/** The 25 old posts of a site, `content/post-NN.md`: each with 4 problems (1 error, 3 warnings) and 1 note. */
export function oldSite(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= 25; n++) files[`content/post-${String(n).padStart(2, '0')}.md`] = oldPost(n);
  return files;
}

/** Runs the CLI in memory in `cwd` with `input` on stdin. */
export function runWithStdin(argv: readonly string[], cwd: string, input: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return runCli(argv, cwd, env, input);
}
