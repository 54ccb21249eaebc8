/**
 * The CLI's own lines on stderr (`seo-rewrite: <file>: <what>`), said in the run's language: `--locale` when given,
 * else the file's language when it was read, else the language most files read so far are in (as the summary);
 * English before any file is read. Flags, paths and exit codes stay as they are.
 */
import { FileError } from '../engine/file-error.js';
import { sayReason, type Problem, type Reason } from '../lang/problem.js';
import { pickLocale } from '../assess/locale.js';
import type { DiagnosticWords } from '../lang/diagnostic-words.js';
import { diagnosticWords as en } from '../lang/en/diagnostic-words.js';
import { diagnosticWords as id } from '../lang/id/diagnostic-words.js';
import { errorLine, type CliIO } from './io.js';

const table: Readonly<Record<string, DiagnosticWords>> = { en, id };

/** The words for `--locale` (when it has them), else for `lang`, else English. */
export function diagnosticWordsFor(lang: string, locale?: string): DiagnosticWords {
  return pickLocale(table, lang, locale) ?? en;
}

/** What a line says, in a language's words. */
export type Say = (words: DiagnosticWords) => string;

/** The reason of an error caught by the CLI: a FileError's problem, else the message as it is (the system's). */
export function reasonOfError(error: unknown): Reason {
  if (error instanceof FileError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

export class Diagnostics {
  readonly #io: CliIO;
  readonly #locale: string | undefined;
  readonly #runLang: () => string;

  /** `runLang`: the language most files read so far are in (English when none). */
  constructor(io: CliIO, locale: string | undefined, runLang: () => string = () => 'en') {
    this.#io = io;
    this.#locale = locale;
    this.#runLang = runLang;
  }

  /** The words of a line about a file in `lang` (`''` or absent: not known, the run's language). */
  words(lang?: string): DiagnosticWords {
    return diagnosticWordsFor(lang || this.#runLang(), this.#locale);
  }

  /** A reason in the words of a line about a file in `lang`. */
  reason(reason: Reason, lang?: string): string {
    return sayReason(this.words(lang).problems, reason);
  }

  /** The line: `seo-rewrite: <file>: <what>`. */
  line(file: string | null, say: Say, lang?: string): string {
    return errorLine(file, say(this.words(lang)));
  }

  /** Writes a line saying `reason` (a usage error, a file's problem) to stderr. */
  printReason(file: string | null, reason: Reason, lang?: string): void {
    this.#io.stderr.write(errorLine(file, this.reason(reason, lang)));
  }

  /** Writes the line to stderr. */
  print(file: string | null, say: Say, lang?: string): void {
    this.#io.stderr.write(this.line(file, say, lang));
  }

  /** The line of a failed file: its problem in the run's language, or its English reason when it has none. */
  failure(report: { path: string; error: string | null; lang: string }, problem: Problem | undefined): string {
    return errorLine(report.path, problem ? this.reason(problem, report.lang) : (report.error ?? 'failed'));
  }
}
