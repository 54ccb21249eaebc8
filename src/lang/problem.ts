/**
 * Why a file could not be processed, as data: a key of `ProblemWords` and its arguments, plain enough to cross a
 * worker thread and to be said later in the run's language. The JSON report's `error` is its English text (a
 * `Reason` may also be a string: a library's or the system's message, which only exists in English).
 */
import { diagnosticWords as english } from './en/diagnostic-words.js';
import type { ProblemWords } from './diagnostic-words.js';

/** The keys of `ProblemWords` that are messages (not the tables of names they use). */
export type ProblemKey = Exclude<keyof ProblemWords, 'kinds' | 'configNames'>;

/** A problem's argument: a number, a word, or a problem said in the same language (a `string` parameter). */
export type ProblemArg = string | number | Problem;

/** A problem: what to say, with what. */
export interface Problem {
  readonly key: ProblemKey;
  readonly args: readonly ProblemArg[];
}

/** A problem, or a message that exists only as it is (the system's, a library's). */
export type Reason = Problem | string;

/** The arguments of a problem's message: a plain `string` parameter may be another problem, said first. */
type ArgsOf<K extends ProblemKey> = ProblemWords[K] extends (...args: infer A) => string ? { [I in keyof A]: string extends A[I] ? Reason : A[I] } : [];

/** A problem of `key` with its arguments (typed by the catalogue's parameters). */
export function problem<K extends ProblemKey>(key: K, ...args: ArgsOf<K>): Problem {
  return { key, args: args as readonly ProblemArg[] };
}

/** A reason in the words of a language. */
export function sayReason(words: ProblemWords, reason: Reason): string {
  if (typeof reason === 'string') return reason;
  const entry = words[reason.key] as string | ((...args: (string | number)[]) => string);
  if (typeof entry === 'string') return entry;
  return entry(...reason.args.map((a) => (typeof a === 'object' ? sayReason(words, a) : a)));
}

/** A reason in English: what the JSON report's `error` and the fatal message say. */
export function englishReason(reason: Reason): string {
  return sayReason(english.problems, reason);
}

/** The structured problem of a reason (undefined for a message that exists only in English). */
export function problemOf(reason: Reason): Problem | undefined {
  return typeof reason === 'string' ? undefined : reason;
}
