/**
 * The shape of what a language says on the CLI's own lines on stderr (`seo-rewrite: <file>: <problem>`): what went
 * wrong with a file, usage and configuration errors, and the run's lines (baseline, interruption, cache, skipped
 * files, the progress bar). Each language's words live in `src/lang/<code>/diagnostic-words.ts`; the CLI picks them
 * (`src/cli/diagnostics.ts`) in the run's language: `--locale`, else the file's language when it was read, else the
 * language most files read so far are in (as the summary); English when none is known yet. Flags, paths, key paths
 * and rule ids stay as they are.
 */

/** What is at a path that is not a regular file. */
export type FileKind = 'regular' | 'directory' | 'characterDevice' | 'blockDevice' | 'fifo' | 'socket' | 'symlink' | 'other';

/** What a configuration names: an unknown one is said with its kind (`unknown rule option …`). */
export type ConfigName = 'threshold' | 'ruleOption' | 'rule' | 'field' | 'option';

/** Which syntax a configuration file failed to parse as. */
export type ConfigSyntax = 'json' | 'yaml' | 'jsonOrYaml';

/**
 * Why one file (or record) could not be processed, without the file's name (the line adds it). The engine keeps a
 * problem as data (`Problem` in `src/lang/problem.ts`) and says it in English in the JSON report's `error`.
 */
export interface ProblemWords {
  /** System errors. */
  noSuchFile: string;
  permissionDenied: string;
  isDirectory: string;
  linkLoop: string;
  noSpace: string;
  /** `a directory`, `a FIFO (named pipe)`… */
  kinds: Readonly<Record<FileKind, string>>;
  /** Reading an input. */
  notRegular(kind: FileKind): string;
  tooLarge(limit: number): string;
  stdinTooLarge(limit: number): string;
  empty: string;
  binary: string;
  controls(controls: number, length: number): string;
  utf32Length: string;
  utf32CodePoint: string;
  utf16: string;
  utf8: string;
  /** Finding the inputs (folders, globs, links in a folder). */
  noArticles(extensions: string): string;
  noMatch: string;
  noSuchInput: string;
  brokenLink: string;
  linkTo(kind: FileKind): string;
  notRegularFound(kind: FileKind): string;
  /** Writing an output. */
  overInput: string;
  nextToInput: string;
  cannotWrite(path: string, problem: string): string;
  changedWhileWriting: string;
  brokenLinkOutput: string;
  linkRefused: string;
  notWritten(kind: FileKind): string;
  /** The run's limits (`--file-timeout`, memory) and Ctrl-C. */
  timeout(seconds: number): string;
  memory(mb: number): string;
  interrupted: string;
  internal(message: string): string;
  /** A page without article text (the rewrite leaves it alone). */
  noArticleText: string;
  /** Markdown past the parser's limits, at a line (`check` gives the line apart). */
  markdownLimit(line: number, problem: string): string;
  notProcessed(problem: string): string;
  nesting(max: number): string;
  run(max: number, character: string): string;
  delimiters(max: number): string;
  /** A `--jsonl` record that is not one (`detail`: the JSON parser's own words). */
  invalidJson(detail: string): string;
  notObject: string;
  missingId: string;
  missingText: string;
  emptyText: string;
  notString(field: string): string;
  badLang: string;
  /** Front matter that cannot be read (`detail`: the parser's own words), at a line and column when known. */
  invalidFrontMatter(format: string, detail: string): string;
  notMapping(list: boolean): string;
  duplicateKey(key: string): string;
  notText(field: string, list: boolean): string;
  atLine(problem: string, line: number): string;
  atColumn(problem: string, line: number, column: number): string;
  /**
   * Usage errors, found before any file is read: said in `--locale` when it is given, else in English. `help` is a
   * command line; `got` a value as typed, quoted.
   */
  noInput(help: string): string;
  langOption(got: string): string;
  reportFormat(got: string): string;
  reportArgs: string;
  outputAndOutDir: string;
  outputAndJson: string;
  diffAndWrite: string;
  diffTo(flag: string): string;
  writeInPlace: string;
  resumeNeedsOutDir: string;
  outDirIsInput(outDir: string): string;
  outputTakesOne: string;
  outputIsItself(path: string, output: string): string;
  outputIsInput(path: string, output: string, input: string): string;
  sameOutput(first: string, second: string, output: string): string;
  stdinFilename: string;
  stdinAlone: string;
  stdinWith(flag: string): string;
  stdinTwice: string;
  standardInput(problem: string): string;
  jsonlInputs: string;
  jsonlFiles(flag: string): string;
  noArticlesOnStdin: string;
  allIgnoredOnStdin: string;
  allIgnored: string;
  jsConfig: string;
  outputsInput(flag: string, input: string): string;
  outputsSame: string;
  baselineNeedsFile: string;
  /**
   * A configuration file that cannot be used, said in `--locale` (English otherwise): its key paths and values stay
   * as written; `got` is a value as written, or `aList`/`anObject`.
   */
  configNames: Readonly<Record<ConfigName, string>>;
  aList: string;
  anObject: string;
  unknownMeant(what: ConfigName, best: string): string;
  unknownOf(what: ConfigName, known: string): string;
  expectedSeverity(got: string): string;
  expectedThresholds(got: string): string;
  expectedLike(like: string, got: string): string;
  expectedNumber(got: string): string;
  expectedRuleIds(got: string): string;
  expectedFieldNames(got: string): string;
  expectedFieldName(got: string, orList: boolean): string;
  atLeastOneField: string;
  expectedLanguage(got: string): string;
  expectedPatterns(got: string): string;
  expectedPattern(got: string): string;
  expectedOptions(got: string): string;
  cannotLoad(detail: string): string;
  cannotReadConfig(detail: string): string;
  unparsable(syntax: ConfigSyntax, detail: string): string;
  noSuchConfig: string;
  cannotReadIgnore(detail: string): string;
}

/** The run's own lines, and the problems of files. */
export interface DiagnosticWords {
  /** The language's code (`id`, `en`). */
  code: string;
  problems: ProblemWords;
  /** A page without article text, as the rewrite says it (one line, exit 0). */
  skippedNoText(problem: string): string;
  /** `--check`: a file the rewrite would change. */
  wouldChange: string;
  /** Ctrl-C: the rewrite's files not done (`resume`: the run writes to --out-dir), and check's. */
  interruptedRewrite(rest: number, total: number, resume: boolean): string;
  interruptedCheck(n: number): string;
  /** `check`: a file given by name that an ignore pattern leaves out. */
  ignored: string;
  cannotWriteCache(problem: string): string;
  cannotWriteReport(problem: string): string;
  cannotWriteHtml(problem: string): string;
  tooManyWarnings(n: number, max: number): string;
  /** `check --baseline`. */
  cannotReadBaseline(problem: string): string;
  noBaseline: string;
  cannotWriteBaseline(problem: string): string;
  baselineRecorded(messages: number, files: number, created: boolean): string;
  baselineFixed(n: number): string;
  /** The progress bar on a terminal: `3/10 files | 2.5 files/s | ETA 4s`. */
  progress: { files: string; rate(perSecond: number): string; eta: string };
  /** `--jsonl`: a record that failed, and the count at the end. */
  record(line: number, id: string | undefined, problem: string): string;
  records(n: number, ok: number, failed: number): string;
}
