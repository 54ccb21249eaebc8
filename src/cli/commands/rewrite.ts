/** `seo-rewrite [inputs…]`: rewrite articles and report. */
import { Chalk } from 'chalk';
import { discover } from '../../engine/discover.js';
import { processAll } from '../../engine/batch.js';
import type { FileResult } from '../../engine/process.js';
import { formatJson } from '../../report/json.js';
import { formatStylish } from '../../report/stylish.js';
import { belowMinScore } from '../../report/summary.js';
import type { RewriteCliOptions } from '../index.js';
import { colorLevel, EXIT, printError, type CliIO } from '../io.js';
import { version } from '../version.js';

const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown'];

function usage(io: CliIO, reason: string): number {
  printError(io, null, reason);
  return EXIT.error;
}

export async function runRewrite(inputs: string[], options: RewriteCliOptions, io: CliIO): Promise<number> {
  if (inputs.length === 0) return usage(io, "no input: give files, folders or globs (see 'seo-rewrite --help')");
  if (options.output && options.outDir) return usage(io, '--output and --out-dir cannot be used together');
  if (options.output === '-' && options.format === 'json') return usage(io, "--output - and --format json both use stdout: choose one (the JSON report carries the Markdown)");

  const entries = await discover(inputs, { cwd: io.cwd, extensions: ARTICLE_EXTENSIONS, ignore: ['**/*.seo.md'] });
  if (options.output && entries.filter((e) => !e.error).length > 1) return usage(io, '--output takes one input; use --out-dir for several');

  const results: FileResult[] = [];
  const batch = processAll(entries, {
    cwd: io.cwd,
    output: options.output,
    outDir: options.outDir,
    dryRun: options.dryRun ?? false,
    rewrite: { lang: options.lang, keyphrase: options.keyphrase, keepAll: options.keepAll ?? false },
  });
  for await (const result of batch) {
    if (result.report.error !== null) printError(io, result.report.path, result.report.error);
    else if (options.output === '-') io.stdout.write(result.report.markdown);
    results.push(result);
  }

  if (options.format === 'json') {
    io.stdout.write(formatJson(results.map((r) => r.report), { version, minScore: options.minScore }));
  } else {
    const stream = options.output === '-' ? io.stderr : io.stdout;
    const level = options.color === false ? 0 : colorLevel(io, options.output === '-' ? 'stderr' : 'stdout');
    const files = results.map((r) => ({ report: r.report, messages: r.file.messages, changes: r.changes, warnings: r.warnings }));
    stream.write(formatStylish(files, { chalk: new Chalk({ level }), minScore: options.minScore, quiet: options.quiet ?? false }));
  }
  if (results.some((r) => r.report.error !== null)) return EXIT.error;
  if (results.some((r) => belowMinScore(r.report, options.minScore))) return EXIT.failedThreshold;
  return EXIT.ok;
}
