/**
 * `seo-rewrite -`: one article read from stdin. Its Markdown goes to stdout and the report to stderr (as with
 * `-o -`), or to `-o FILE`; with `--format json` the report alone goes to stdout (it carries the Markdown) and
 * nothing is written. `--stdin-filename` names the article: Markdown or raw text by its extension, the slug of a
 * Markdown file, the path in the report (`<stdin>` when not named).
 */
import type { Discovered } from '../../engine/discover.js';
import { problem, type Reason } from '../../lang/problem.js';
import { reasonOfError } from '../diagnostics.js';
import { isMarkdownPath } from '../../engine/outputs.js';
import type { RewriteCliOptions } from '../index.js';
import type { CliIO } from '../io.js';
import { readStdinText, STDIN } from '../stdin.js';
import { STDIN_NAME } from './check-stdin.js';

/** The one entry and the options of a run over stdin; an error line; or null when stdin is not an input. */
export type StdinRewrite = { entries: Discovered[]; options: RewriteCliOptions } | { error: Reason } | null;

function conflict(options: RewriteCliOptions): string | undefined {
  const flags: [boolean | undefined, string][] = [
    [options.jsonl, '--jsonl'], [options.write, '--write'], [options.check, '--check'], [options.diff, '--diff'],
    [options.resume, '--resume'], [options.outDir !== undefined, '--out-dir'],
  ];
  return flags.find(([set]) => set)?.[1];
}

/** Reads the article on stdin when the input is `-`. */
export async function stdinRewrite(inputs: readonly string[], options: RewriteCliOptions & { stdinFilename?: string }, io: CliIO): Promise<StdinRewrite> {
  if (!inputs.includes(STDIN)) {
    return options.stdinFilename !== undefined ? { error: problem('stdinFilename') } : null;
  }
  if (inputs.length > 1) return { error: problem('stdinAlone') };
  const bad = conflict(options);
  if (bad) return { error: problem('stdinWith', bad) };
  const path = options.stdinFilename ?? STDIN_NAME;
  let text: string;
  try {
    text = await readStdinText(io);
  } catch (error) {
    return { error: problem('standardInput', reasonOfError(error)) };
  }
  if (text.trim() === '' && !isMarkdownPath(path)) return { error: problem('standardInput', problem('empty')) };
  const output = options.output ?? (options.format === 'json' ? undefined : '-');
  return { entries: [{ path, root: null, text }], options: { ...options, output, dryRun: options.dryRun || output === undefined } };
}
