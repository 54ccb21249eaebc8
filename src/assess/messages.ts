/** Turning rule results into VFileMessages placed in `doc.source`. */
import { location } from 'vfile-location';
import { VFileMessage, type Options } from 'vfile-message';
import type { Note, RuleResult } from './types.js';
import { ruleUrl } from './rule-url.js';

/** A point or position in the source. */
type Place = NonNullable<Options['place']>;

/** The `source` of every message. */
export const SOURCE = 'seo-rewrite';

/** Lazily built offset → line/column index of one source text. */
export class Placer {
  readonly #source: string;
  #index?: ReturnType<typeof location>;

  constructor(source: string) {
    this.#source = source;
  }

  /** A position (or point) for an offset range; undefined when the offset is unknown or out of range. */
  place(start: number | undefined, end?: number): Place | undefined {
    if (start === undefined) return undefined;
    this.#index ??= location(this.#source);
    const from = this.#index.toPoint(start);
    if (!from) return undefined;
    const to = end === undefined ? undefined : this.#index.toPoint(end);
    return to ? { start: from, end: to } : from;
  }
}

function make(reason: string, place: Place | undefined, ruleId: string, actual?: string, expected?: string, note?: string): VFileMessage {
  // A stack trace says nothing about a finding in a text and costs more than the rest of the message.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: VFileMessage;
  try {
    message = new VFileMessage(reason, { place, ruleId, source: SOURCE });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.actual = actual;
  message.expected = expected === undefined ? undefined : [expected];
  if (note !== undefined) message.note = note;
  message.url = ruleUrl(ruleId);
  return message;
}

/** The warning or error for a result that is not good. */
export function resultMessage(result: RuleResult, ruleId: string, fatal: boolean, placer: Placer): VFileMessage {
  const message = make(result.message, placer.place(result.offset, result.end), ruleId, result.actual, result.expected);
  message.fatal = fatal;
  return message;
}

/** An info message (fatal undefined) for one note. */
export function noteMessage(note: Note, ruleId: string, placer: Placer): VFileMessage {
  return make(note.reason, placer.place(note.start, note.end), ruleId, note.actual, note.expected, note.note);
}
