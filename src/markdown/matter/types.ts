/** What every front-matter format (YAML, TOML, JSON) offers the rewrite: read its fields, and edit them in place. */

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
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line === undefined ? message : `${message} (line ${line}${column === undefined ? '' : `, column ${column}`})`);
  }
}

/** Splices `text` into `source` at [start, end). Edits are applied from the last to the first. */
export function splice(source: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
