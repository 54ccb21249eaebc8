/** What every front-matter format (YAML, TOML, JSON) offers the rewrite: read its fields, and edit them in place. */
import { englishReason, problem, type Reason } from '../../lang/problem.js';

/** A field the tool manages: its name in this file's front matter and the value it wants there. */
export interface FieldUpdate {
  key: string;
  value: string;
  /** Replace a value the writer set (`--overwrite`); otherwise only a missing or empty field is filled in. */
  overwrite: boolean;
}

/** The front matter's text after the edit, and which fields were added, changed, or left as the writer set them. */
export interface MatterEditResult {
  value: string;
  added: string[];
  changed: string[];
  /** Fields the writer set, kept (no `--overwrite`, or a value that cannot be rewritten in place). */
  kept: string[];
}

export interface MatterFormat {
  /** The fields as data. Throws FrontMatterError (one line, with the file's line) for invalid front matter. */
  read(value: string, firstLine: number): Record<string, unknown>;
  /** Adds or updates fields; every other byte stays as written. */
  edit(value: string, updates: readonly FieldUpdate[]): MatterEditResult;
}

/** Thrown for front matter that cannot be read: one line, and the line of the file where the problem is. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
  /** The problem with its place (the message is its English). */
  readonly reason: Reason;
  /**
   * `detail`: the problem without its place, as data (said in the run's language; a parser's own words stay as
   * they are).
   */
  constructor(
    readonly detail: Reason,
    readonly line?: number,
    readonly column?: number,
  ) {
    const reason = line === undefined ? detail : column === undefined ? problem('atLine', detail, line) : problem('atColumn', detail, line, column);
    super(englishReason(reason));
    this.reason = reason;
  }
}

/** Splices `text` into `source` at [start, end). Edits are applied from the last to the first. */
export function splice(source: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
