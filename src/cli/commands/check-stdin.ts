/**
 * What `check` reads from standard input:
 *
 * - `-` alone: one article's text, checked as `--stdin-filename` (its configuration, Markdown or raw text by its
 *   extension, the path in reports; `<stdin>` when not named). A name that matches an ignore pattern is not
 *   checked (one line on stderr, exit 0), as ESLint does for an editor.
 * - `--stdin-filepaths`: the files to check, one a line, after any named on the command line. Made for
 *   `git diff --name-only`: a listed file that no longer exists (deleted) or is not an article (.md, .markdown,
 *   .txt) is passed over in silence, and a list without articles checks nothing and exits 0.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { EXIT, type CliIO } from '../io.js';
import { reasonOfError, type Diagnostics } from '../diagnostics.js';
import { problem, type Reason } from '../../lang/problem.js';
import { pathList, readStdinBytes, readStdinText, STDIN } from '../stdin.js';

export interface StdinCliOptions {
  stdinFilepaths?: boolean;
  stdinFilename?: string;
}

/** The run's inputs once stdin is read. */
export interface StdinInputs {
  inputs: string[];
  /** The article read from stdin (`-`): the path it is checked as, and its bytes. */
  text?: { path: string; bytes: Uint8Array };
  /** True when the inputs came from `--stdin-filepaths`: ignored files among them are passed over in silence. */
  listed: boolean;
}

/** Name of the text on stdin when `--stdin-filename` does not give one. */
export const STDIN_NAME = '<stdin>';

function isArticle(path: string, cwd: string, extensions: readonly string[]): boolean {
  if (!extensions.includes(extname(path).slice(1).toLowerCase())) return false;
  return statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isFile() ?? false;
}

function usage(diagnostics: Diagnostics, reason: Reason): { code: number } {
  diagnostics.printReason(null, reason);
  return { code: EXIT.error };
}

/**
 * Reads stdin when the options ask for it; an exit code for a usage error, an unreadable stdin or nothing to do
 * (said by `diagnostics`).
 */
export async function stdinInputs(inputs: readonly string[], options: StdinCliOptions, io: CliIO, extensions: readonly string[], diagnostics: Diagnostics): Promise<StdinInputs | { code: number }> {
  const dash = inputs.includes(STDIN);
  if (options.stdinFilename !== undefined && !dash) return usage(diagnostics, problem('stdinFilename'));
  if (dash && inputs.length > 1) return usage(diagnostics, problem('stdinAlone'));
  if (dash && options.stdinFilepaths) return usage(diagnostics, problem('stdinTwice'));
  try {
    if (dash) {
      const path = options.stdinFilename ?? STDIN_NAME;
      return { inputs: [], text: { path, bytes: await readStdinBytes(io) }, listed: false };
    }
    if (options.stdinFilepaths) {
      const listed = pathList(await readStdinText(io)).filter((p) => isArticle(p, io.cwd, extensions));
      if (listed.length === 0 && inputs.length === 0) {
        diagnostics.printReason(null, problem('noArticlesOnStdin'));
        return { code: EXIT.ok };
      }
      return { inputs: [...inputs, ...listed], listed: true };
    }
  } catch (error) {
    return usage(diagnostics, problem('standardInput', reasonOfError(error)));
  }
  return { inputs: [...inputs], listed: false };
}
