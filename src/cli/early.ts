/**
 * What the bin runs before it loads the CLI: when the command line is a rewrite of one input, the worker that will
 * rewrite it starts at once (see `prewarm` in engine/bounded.ts), so that its thread and the pipeline load while
 * the main thread loads the CLI (commander is most of `cli.mjs`, ~10 ms) and parses the options, rather than after.
 * A guess from the words of the command line, which commander still parses: a wrong guess only costs a worker that
 * the pool terminates (a batch's workers have another heap) or that is never used (an error, or `--help`).
 */
import { prewarm } from '../engine/bounded.js';
import { builtEngineFile } from '../engine/built.js';
import { LARGE_HEAP_MB } from '../engine/heaps.js';

/** The commands other than `rewrite` (the default command). */
const OTHER_COMMANDS = new Set(['check', 'site', 'rules', 'help']);

/** Options of `rewrite` that take a value (`tests/cli/early.test.ts` compares them with the commander program). */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-o', '--output', '--out-dir', '-f', '--format', '--lang', '--locale', '-k', '--keyphrase', '--min-score', '-j', '--jobs',
  '--file-timeout', '--h1', '--stdin-filename',
]);

/** Options of `rewrite` that take values up to the next option. */
export const VARIADIC_OPTIONS: ReadonlySet<string> = new Set(['--report']);

/** Options after which the run rewrites no single file in a worker of its own (help, version, JSON Lines). */
const NO_SINGLE_FILE = new Set(['-h', '--help', '-v', '--version', '--jsonl']);

/** Commander's test for a word that is an option rather than a value. */
function isOption(word: string): boolean {
  return word.length > 1 && word.startsWith('-');
}

/**
 * The inputs of a `rewrite` command line as commander would read them, or null when it is another command, asks for
 * help, the version or JSON Lines. Short options may be grouped (`-qn`) or carry their value (`-oout.md`).
 */
export function rewriteInputs(argv: readonly string[]): string[] | null {
  const words = argv[0] === 'rewrite' ? argv.slice(1) : [...argv];
  if (argv[0] !== undefined && OTHER_COMMANDS.has(argv[0])) return null;
  const inputs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '--') {
      inputs.push(...words.slice(i + 1));
      break;
    }
    if (!isOption(word)) {
      inputs.push(word);
      continue;
    }
    if (word.startsWith('--')) {
      const name = word.split('=', 1)[0] ?? word;
      if (NO_SINGLE_FILE.has(name)) return null;
      if (word.includes('=')) continue;
      if (VALUE_OPTIONS.has(name)) i++;
      else if (VARIADIC_OPTIONS.has(name)) while (i + 1 < words.length && !isOption(words[i + 1] ?? '')) i++;
      continue;
    }
    // A group of short options: the first that takes a value takes the rest of the word, or the next word.
    for (let c = 1; c < word.length; c++) {
      const flag = `-${word[c]}`;
      if (NO_SINGLE_FILE.has(flag)) return null;
      if (VALUE_OPTIONS.has(flag)) {
        if (c === word.length - 1) i++;
        break;
      }
    }
  }
  return inputs;
}

/** Starts the worker of a one-input rewrite now, when `argv` is one and the workers are built. */
export function prewarmFor(argv: readonly string[]): void {
  if (rewriteInputs(argv)?.length !== 1) return;
  const entry = builtEngineFile('bounded-entry.cjs');
  if (entry) prewarm(entry, 'worker', LARGE_HEAP_MB);
}
