/**
 * Where a `check` run's reports go, a file at a time: each checked file is counted (`CheckTotals`), formatted and
 * written as soon as it comes, so that the run holds no file's result once the file is reported. A deferred format
 * (SARIF, JUnit) keeps its files' text in a spool until its opening is known. The `--output-file` is written
 * atomically (nothing is there until `end`; `abort` leaves what was there), `-` streams to stdout. The HTML report
 * (`--report html`) gets each file's page as it comes, its index at the end.
 */
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { rules } from '../../assess/index.js';
import { NAMED_OUTPUT, openOutput } from '../../engine/output-file.js';
import { Spool } from '../../engine/spool.js';
import type { PieceWriter } from '../../engine/write.js';
import type { HtmlReportWriter } from '../../report/html/write.js';
import type { CheckFormatter } from '../../report/check-format.js';
import { CheckJsonFormatter } from '../../report/check-json.js';
import { CheckTotals } from '../../report/check-totals.js';
import { GithubFormatter } from '../../report/github.js';
import { JunitFormatter } from '../../report/junit.js';
import { LintFormatter, type CheckedFile } from '../../report/lint.js';
import { SarifFormatter } from '../../report/sarif.js';
import { SITE_RULES } from '../../site/index.js';
import { addCheckHtml, htmlWriter } from '../html-report.js';
import { colorLevel, type CliIO } from '../io.js';
import { reasonOfError, type Diagnostics } from '../diagnostics.js';
import type { Reason } from '../../lang/problem.js';
import { version } from '../version.js';

/** The site rules as the SARIF report describes them. */
const siteRuleMeta = SITE_RULES.map((r) => ({ id: r.id, docs: r.docs, category: 'site', defaultSeverity: 'warn' as const }));

/** What the report needs of `check`'s options. */
export interface ReportOptions {
  format: 'stylish' | 'json' | 'sarif' | 'github' | 'junit';
  outputFile?: string;
  minScore?: number;
  quiet?: boolean;
  color?: boolean;
  locale?: string;
}

/** The formatter of `--format`. */
export function formatterFor(options: ReportOptions, io: CliIO): CheckFormatter {
  const common = { minScore: options.minScore, quiet: options.quiet ?? false, ...(options.locale ? { locale: options.locale } : {}) };
  switch (options.format) {
    case 'json':
      return new CheckJsonFormatter({ version, minScore: options.minScore });
    case 'sarif':
      return new SarifFormatter({ ...common, version, rules: [...rules, ...siteRuleMeta], cwd: io.cwd });
    case 'github':
      return new GithubFormatter(common);
    case 'junit':
      return new JunitFormatter(common);
    default: {
      const level = options.color === false || (options.outputFile && options.outputFile !== '-') ? 0 : colorLevel(io, 'stdout');
      return new LintFormatter({ ...common, chalk: new Chalk({ level }) });
    }
  }
}

/** True when the report goes to stdout (`-` and /dev/stdout are the injected stream: opening /dev/stdout fails on a socket). */
function toStdout(options: ReportOptions): boolean {
  return !options.outputFile || options.outputFile === '-' || options.outputFile === '/dev/stdout';
}

/** A check run's reports, written as its files come. */
export class CheckReportStream {
  readonly totals: CheckTotals;
  readonly #formatter: CheckFormatter;
  readonly #out: PieceWriter;
  readonly #spool: Spool | null;
  readonly #io: CliIO;
  readonly #options: ReportOptions;
  readonly #diagnostics: Diagnostics;
  #html: { writer: HtmlReportWriter; file: string; error?: Reason } | null = null;
  #writeError: Reason | null = null;

  private constructor(out: PieceWriter, options: ReportOptions, io: CliIO, diagnostics: Diagnostics) {
    this.#out = out;
    this.#io = io;
    this.#diagnostics = diagnostics;
    this.#options = options;
    this.#formatter = formatterFor(options, io);
    this.totals = new CheckTotals(options.minScore);
    this.#spool = this.#formatter.deferred ? new Spool() : null;
    if (!this.#formatter.deferred) this.#write(this.#formatter.opening());
  }

  /** Opens the report for a run (its lines on stderr said by `diagnostics`); why its file cannot be written. */
  static open(options: ReportOptions, io: CliIO, diagnostics: Diagnostics): CheckReportStream | { error: Reason } {
    let out: PieceWriter;
    if (toStdout(options)) {
      out = { write: (data) => void io.stdout.write(data), commit: () => undefined, abort: () => undefined };
    } else {
      try {
        out = openOutput(resolve(io.cwd, options.outputFile ?? ''), NAMED_OUTPUT);
      } catch (error) {
        return { error: reasonOfError(error) };
      }
    }
    return new CheckReportStream(out, options, io, diagnostics);
  }

  /** Also writes the HTML report of `--report html FILE` (`count` files are coming). */
  withHtml(file: string, count: number): void {
    this.#html = { writer: htmlWriter(file, count, { version, ...(this.#options.locale ? { locale: this.#options.locale } : {}) }), file };
  }

  #write(text: string | Uint8Array): void {
    if (this.#writeError !== null || text.length === 0) return;
    try {
      this.#out.write(text);
    } catch (error) {
      this.#writeError = reasonOfError(error);
    }
  }

  /** Reports one file (the next in the run's order). */
  add(f: CheckedFile): void {
    this.totals.add(f);
    if (this.#options.format !== 'stylish' && f.failure !== null) this.#io.stderr.write(this.#diagnostics.failure(f.report, f.problem));
    const text = this.#formatter.file(f);
    if (this.#spool) this.#spool.append(text);
    else this.#write(text);
    const html = this.#html;
    if (html && html.error === undefined) {
      try {
        addCheckHtml(html.writer, f, this.#io.cwd);
      } catch (error) {
        html.error = reasonOfError(error);
      }
    }
  }

  /** Drops the report (an interrupted or failed run): the output file is left as it was. */
  abort(): void {
    this.#spool?.dispose();
    this.#out.abort();
  }

  /** Finishes the reports; false when one could not be written (said on stderr). */
  end(): boolean {
    try {
      if (this.#spool) {
        this.#write(this.#formatter.opening());
        for (const chunk of this.#spool.chunks()) this.#write(chunk);
      }
      this.#write(this.#formatter.closing(this.totals));
      if (this.#writeError === null) this.#out.commit();
    } catch (error) {
      this.#writeError ??= reasonOfError(error);
    } finally {
      this.#spool?.dispose();
    }
    const writeError = this.#writeError;
    if (writeError !== null) {
      this.#out.abort();
      const d = this.#diagnostics;
      d.print(this.#options.outputFile ?? null, (w) => w.cannotWriteReport(d.reason(writeError)));
      return false;
    }
    const html = this.#html;
    if (!html) return true;
    if (html.error === undefined) {
      try {
        html.writer.end();
      } catch (error) {
        html.error = reasonOfError(error);
      }
    }
    const htmlError = html.error;
    if (htmlError === undefined) return true;
    const d = this.#diagnostics;
    d.print(html.file, (w) => w.cannotWriteHtml(d.reason(htmlError)));
    return false;
  }
}
