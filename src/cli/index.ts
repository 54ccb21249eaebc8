/**
 * The command-line program: a table of commands and options (commander); the work is in the commands, which load
 * their modules lazily so that `--version` and `--help` start fast.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, printError, type CliIO } from './io.js';
import { version } from './version.js';
import { addHelp } from './help.js';

export type { CliIO } from './io.js';

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a number from 0 to 100');
  return n;
}

/** `--file-timeout`: seconds, 0 for no limit. */
function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds (0: no limit)');
  return n;
}

const REPORT = ['--report <format...>', 'also write an HTML report: html [FILE] (default seo-report.html); for several files, FILE is an index and each file gets a page beside it'] as const;

const LOCALE = ['--locale <code>', "language of the report's messages (id, en); the article's language when absent"] as const;

const FILE_TIMEOUT = ['--file-timeout <seconds>', 'fail a file that takes longer than this (default: 10; 0: no limit)'] as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/** Options that `rewrite` (the default command) takes. */
export interface RewriteCliOptions {
  output?: string;
  outDir?: string;
  format: 'stylish' | 'json';
  lang?: string;
  keyphrase?: string;
  keepAll?: boolean;
  dryRun?: boolean;
  minScore?: number;
  quiet?: boolean;
  color?: boolean;
  jobs?: number;
  fileTimeout?: number;
  jsonl?: boolean;
  resume?: boolean;
  write?: boolean;
  check?: boolean;
  diff?: boolean;
  restructure?: boolean;
  overwrite?: boolean;
  h1: 'auto' | 'always' | 'never';
  stdinFilename?: string;
  locale?: string;
  report?: string[];
}

/** The commander program (exported for tests of the option table). */
export function program(io: CliIO, setCode: (code: number) => void): Command {
  const root = new Command('seo-rewrite')
    .description('Turn raw news articles into SEO-ready Markdown with a scored report. Faithful: sentences are moved, never reworded.')
    .version(version, '-v, --version')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showSuggestionAfterError();

  root
    .command('rewrite', { isDefault: true })
    .description('rewrite articles (.txt or .md files, folders, globs) into SEO-ready Markdown')
    .argument('[inputs...]', 'files, folders or globs')
    .option('-o, --output <file>', "write the Markdown to FILE ('-' for stdout); one input only")
    .option('--out-dir <dir>', 'write outputs under DIR, mirroring the input folders')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json']).default('stylish'))
    .option('--lang <code>', 'language of the articles (id, en, …); detected when absent')
    .option(...LOCALE)
    .option(...REPORT)
    .option('-k, --keyphrase <phrase>', 'focus keyphrase; chosen from the article when absent')
    .option('--keep-all', 'keep sentences that look like non-article content')
    .option('-n, --dry-run', 'write no files (the JSON report still carries the Markdown)')
    .option('--min-score <n>', 'exit 1 when a file scores under N (SEO or readability)', positiveNumber)
    .option('-j, --jobs <n>', 'files processed in parallel (default: number of cores)', positiveInt)
    .option(...FILE_TIMEOUT, seconds)
    .option('--jsonl', 'read JSON Lines records from stdin, write one JSON result per line')
    .option('--resume', 'skip inputs whose output is already up to date')
    .option('-w, --write', 'rewrite Markdown files in place (raw .txt drafts still get NAME.seo.md)')
    .option('--check', 'write nothing; exit 1 when a file would change (for CI, as Prettier does)')
    .option('--diff', 'write nothing; print the unified diff of each change on stdout (the report goes to stderr)')
    .option('--restructure', 'Markdown: also split over-long paragraphs and add subheadings to over-long sections (listed in the report)')
    .option('--overwrite', "replace the title, description, slug and keyphrase a Markdown file's front matter already sets")
    .addOption(new Option('--h1 <mode>', 'H1 in the body: auto (raw drafts get one, Markdown keeps its own), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('-q, --quiet', 'print only errors and the summary')
    .option('--no-color', 'no colours in the report')
    .option('--stdin-filename <path>', "with '-' (an article on stdin): the path it is read and reported as")
    .action(async (inputs: string[], options: RewriteCliOptions) => {
      // One input is most often one file: its worker starts loading the pipeline now (see engine/bounded.ts).
      if (inputs.length === 1 && !options.jsonl) await prewarmOne();
      const { runRewrite } = await import('./commands/rewrite.js');
      setCode(await runRewrite(inputs, options, io));
    });

  root
    .command('check')
    .description('score existing Markdown (and .txt) files without rewriting them, for CI; exit 1 on errors')
    .argument('[inputs...]', 'files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json', 'sarif', 'github', 'junit']).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to FILE instead of stdout')
    .option('--min-score <n>', 'exit 1 when a file scores under N (SEO or readability)', positiveNumber)
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings', (value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of at least 0');
      return n;
    })
    .option('--cache', 'only check files whose content, tool version or configuration changed')
    .option('--cache-location <path>', 'cache file or folder (default: node_modules/.cache/seo-rewrite/)')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one')
    .option('-j, --jobs <n>', 'files analysed in parallel (default: number of cores)', positiveInt)
    .option(...FILE_TIMEOUT, seconds)
    .option('--lang <code>', 'language of the articles (id, en, …); front matter `lang` or detection otherwise')
    .option(...LOCALE)
    .option(...REPORT)
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colours in the report')
    .option('--permalink <pattern>', "the site's permalink pattern, to resolve site links (e.g. /:section/:slug/, /:year/:month/:day/:title/)")
    .option('--site', 'also compare the files as one site: duplicates, previously used keyphrases, links, images')
    .option('--suggest-links', 'suggest up to 3 related articles of the site to link to, per article (extracts keyphrases)')
    .option('--baseline <file>', 'leave out the problems FILE records (written when missing, except in CI); fail only on new ones')
    .option('--baseline-update', 'record the problems found in the --baseline file (files not checked keep theirs)')
    .option('--stdin-filepaths', 'read the files to check from stdin, one a line (git diff --name-only); others are skipped')
    .option('--stdin-filename <path>', "with '-': the path the text on stdin is checked and reported as")
    .action(async (inputs: string[], options: import('./commands/check.js').CheckCliOptions) => {
      const { runCheck } = await import('./commands/check.js');
      setCode(await runCheck(inputs, options, io));
    });

  root
    .command('site')
    .description('site-level checks (duplicates, previously used keyphrases, links, images) over the --jsonl results of sharded runs')
    .argument('[results...]', "JSON Lines result files of the shards ('-' for stdin)")
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json']).default('stylish'))
    .option('--permalink <pattern>', "the site's permalink pattern, to resolve site links (e.g. /:section/:slug/)")
    .option('--root <folder>', 'the content folder site-absolute links start from (default: the folder all ids share)')
    .option('-c, --config <file>', 'configuration file for the site rules (default: the seo-rewrite.config.* check finds)')
    .action(async (inputs: string[], options: import('./commands/site.js').SiteCliOptions) => {
      const { runSite } = await import('./commands/site.js');
      setCode(await runSite(inputs, options, io));
    });

  root
    .command('rules')
    .description('list the assessment rules: id, category, default severity, what each checks and its page (docs/rules/<id>.md)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: { format: 'text' | 'json' }) => {
      const { runRules } = await import('./commands/rules.js');
      setCode(runRules(options, io));
    });

  addHelp(root);
  return root;
}

/** The worker of a one-input run, if the bin did not start it already (see early.ts). */
async function prewarmOne(): Promise<void> {
  const [{ prewarm }, { builtEngineFile }, { LARGE_HEAP_MB }] = await Promise.all([import('../engine/bounded.js'), import('../engine/built.js'), import('../engine/heaps.js')]);
  const entry = builtEngineFile('bounded-entry.cjs');
  if (entry) prewarm(entry, 'worker', LARGE_HEAP_MB);
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    printError(io, null, error instanceof Error ? error.message : String(error));
    return EXIT.error;
  }
  return code;
}
