/**
 * `seo-rewrite --jsonl`: JSON Lines records on stdin, one JSON result per record on stdout, in input order.
 * Diagnostics for bad records go to stderr; exit code 2 at the end when a record failed (the stream goes on).
 */
import { runJsonl } from '../../engine/jsonl.js';
import { emptyReport } from '../../engine/result.js';
import { RunningSummary } from '../../report/running-summary.js';
import type { RewriteCliOptions } from '../index.js';
import { EXIT, type CliIO } from '../io.js';
import { EXIT_INTERRUPTED, interruptions } from '../interrupt.js';
import { Diagnostics } from '../diagnostics.js';
import { englishReason, problem, type Reason } from '../../lang/problem.js';

/** Runs the JSON Lines stream; resolves to the exit code. */
export async function runRewriteJsonl(inputs: string[], options: RewriteCliOptions, io: CliIO): Promise<number> {
  if (inputs.length > 0) return usage(io, problem('jsonlInputs'), options.locale);
  const fileFlags = [
    ['--output', options.output], ['--out-dir', options.outDir], ['--resume', options.resume], ['--dry-run', options.dryRun],
    ['--write', options.write], ['--check', options.check], ['--diff', options.diff],
  ] as const;
  for (const [flag, given] of fileFlags) {
    if (given) return usage(io, problem('jsonlFiles', flag), options.locale);
  }
  const totals = new RunningSummary(options.minScore);
  const diagnostics = new Diagnostics(io, options.locale, () => totals.lang);
  const interrupt = interruptions();
  // Stop reading at once: a stream waiting on stdin would keep the process alive.
  interrupt.signal.addEventListener('abort', () => io.stdin.destroy(), { once: true });
  try {
    await runJsonl(io.stdin, io.stdout, {
      jobs: options.jobs,
      fileTimeout: options.fileTimeout,
      rewrite: { lang: options.lang, keyphrase: options.keyphrase, keepAll: options.keepAll ?? false, ...(options.restructure ? { restructure: true } : {}), ...(options.locale ? { assess: { locale: options.locale } } : {}) },
      signal: interrupt.signal,
      onReport: (report) => totals.add(report),
      onError: (line, id, reason) => {
        totals.add(emptyReport(String(id), null, englishReason(reason)));
        diagnostics.print(null, (w) => w.record(line, id === null ? undefined : JSON.stringify(id), diagnostics.reason(reason)));
      },
    });
  } finally {
    interrupt.dispose();
  }
  const summary = totals.summary();
  if (!options.quiet) {
    diagnostics.print(null, (w) => w.records(summary.files, summary.ok, summary.failed));
  }
  if (interrupt.signal.aborted) return EXIT_INTERRUPTED;
  if (summary.failed > 0) return EXIT.error;
  if (summary.belowMinScore > 0) return EXIT.failedThreshold;
  return EXIT.ok;
}

/** A usage error, said in `--locale` (English without it). */
function usage(io: CliIO, reason: Reason, locale: string | undefined): number {
  new Diagnostics(io, locale).printReason(null, reason);
  return EXIT.error;
}
