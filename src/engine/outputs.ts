/** Where a rewritten article goes: beside the input, under --out-dir (mirroring folders), or a named file. */
import { basename, dirname, extname, join, relative, resolve } from 'node:path';

export interface OutputPlan {
  /** `-o FILE`, or `-` for stdout. */
  output?: string;
  /** `--out-dir DIR`. */
  outDir?: string;
  /** `--write`: a Markdown input is rewritten in place (a raw draft still gets its `.seo.md`). */
  inPlace?: boolean;
  cwd: string;
}

function withoutExtension(path: string): string {
  const ext = extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}

/**
 * The output path of one input, or `-` for stdout. Beside the input: `name.seo.md` (never the input itself). Under
 * --out-dir: the path relative to the folder it was found in, with a `.md` extension.
 */
export function outputPathFor(input: string, root: string | null, plan: OutputPlan): string {
  if (plan.output) return plan.output === '-' ? '-' : resolve(plan.cwd, plan.output);
  const absolute = resolve(plan.cwd, input);
  if (plan.inPlace && isMarkdownPath(input)) return absolute;
  if (plan.outDir) {
    const rel = root ? relative(root, absolute) : basename(absolute);
    return join(resolve(plan.cwd, plan.outDir), `${withoutExtension(rel)}.md`);
  }
  return join(dirname(absolute), `${basename(withoutExtension(absolute))}.seo.md`);
}

/** A Markdown file by its name: rewritten in place with `--write`, read as Markdown whatever its content. */
export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}
