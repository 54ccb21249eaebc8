/**
 * `check --baseline FILE` and `--baseline-update`: what the baseline leaves of a run's messages, and writing it.
 *
 * - With FILE present, messages it records are left out of every report and of the exit code; recorded problems
 *   no longer found are counted in one line on stderr.
 * - `--baseline-update` (or a FILE not there yet) records the run's messages. Files the run did not check keep their
 *   entries while they exist, so a run over changed files only (`--stdin-filepaths`) updates only those.
 * - In CI (`CI` set and not `false`/`0`) a missing FILE is an error: a baseline forgotten in a commit must not pass
 *   every problem silently.
 *
 * Files that could not be read (`io` failures) are never recorded or left out.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { entriesOf, filterKnown, parseBaseline, serialiseBaseline, type Baseline } from '../../engine/baseline.js';
import { decode, readBytes } from '../../engine/read.js';
import { NAMED_OUTPUT, writeOutput } from '../../engine/output-file.js';
import type { CheckedFile } from '../../report/lint.js';
import { EXIT, type CliIO } from '../io.js';
import { problem } from '../../lang/problem.js';
import { reasonOfError, type Diagnostics } from '../diagnostics.js';

export interface BaselineCliOptions {
  baseline?: string;
  baselineUpdate?: boolean;
}

/** Bytes already in memory (a file read from stdin), by the path it is reported under. */
export type Sources = ReadonlyMap<string, Uint8Array>;

function inCi(io: CliIO): boolean {
  const ci = io.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

function textOf(file: CheckedFile, io: CliIO, sources: Sources): string {
  const path = file.report.path;
  try {
    return decode(sources.get(path) ?? readBytes(resolve(io.cwd, path)));
  } catch {
    return '';
  }
}

/** `--baseline` over a run, a file at a time: `apply` to each file as it is reported, `finish` once at the end. */
export interface BaselineFilter {
  /** The file with only its new messages (with `--baseline-update`, none: they are recorded). */
  apply(file: CheckedFile): CheckedFile;
  /** Writes the baseline (when recording) and says what changed; an exit code when it could not be written. */
  finish(): { code: number } | null;
}

/** Reads `--baseline` for a run: the filter, or an exit code (a bad or missing baseline). */
export function openBaseline(options: BaselineCliOptions, io: CliIO, diagnostics: Diagnostics, sources: Sources = new Map()): BaselineFilter | { code: number } {
  const shown = options.baseline ?? '';
  if (!options.baseline) {
    diagnostics.printReason(null, problem('baselineNeedsFile'));
    return { code: EXIT.error };
  }
  const absolute = resolve(io.cwd, options.baseline);
  const folder = dirname(absolute);
  const keyOf = (path: string): string => relative(folder, resolve(io.cwd, path)).split(sep).join('/');
  let recorded: Baseline | null = null;
  if (existsSync(absolute)) {
    try {
      recorded = parseBaseline(decode(readBytes(absolute)));
    } catch (error) {
      diagnostics.print(shown, (w) => w.cannotReadBaseline(diagnostics.reason(reasonOfError(error))));
      return { code: EXIT.error };
    }
  } else if (!options.baselineUpdate && inCi(io)) {
    diagnostics.print(shown, (w) => w.noBaseline);
    return { code: EXIT.error };
  }

  if (options.baselineUpdate || recorded === null) {
    // Recording: only each file's entries are kept (a few bytes a message), never its messages or text.
    const next: Baseline = { seoRewriteBaseline: 1, files: {} };
    const checked = new Set<string>();
    let problems = 0;
    return {
      apply(f) {
        if (f.failure === 'io') return f;
        checked.add(keyOf(f.report.path));
        if (f.messages.length > 0) {
          next.files[keyOf(f.report.path)] = entriesOf(f.messages, textOf(f, io, sources));
          problems += f.messages.length;
        }
        return { ...f, messages: [] };
      },
      finish() {
        for (const [key, entries] of Object.entries(recorded?.files ?? {})) {
          if (!checked.has(key) && existsSync(resolve(folder, key))) next.files[key] = entries;
        }
        try {
          writeOutput(absolute, serialiseBaseline(next), NAMED_OUTPUT);
        } catch (error) {
          diagnostics.print(shown, (w) => w.cannotWriteBaseline(diagnostics.reason(reasonOfError(error))));
          return { code: EXIT.error };
        }
        diagnostics.print(shown, (w) => w.baselineRecorded(problems, checked.size, recorded === null));
        return null;
      },
    };
  }

  const known = recorded;
  let fixed = 0;
  return {
    apply(f) {
      if (f.failure === 'io') return f;
      const entries = known.files[keyOf(f.report.path)] ?? [];
      if (entries.length === 0) return f;
      const result = filterKnown(f.messages, textOf(f, io, sources), entries);
      fixed += result.fixed;
      return { ...f, messages: result.kept };
    },
    finish() {
      if (fixed > 0) diagnostics.print(shown, (w) => w.baselineFixed(fixed));
      return null;
    },
  };
}
