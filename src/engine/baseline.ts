/**
 * The `check --baseline` record: the problems a site had when it adopted the tool, so that a run fails only on new
 * ones (as ESLint's bulk suppressions and Betterer do). A problem is known by a fingerprint of its rule, its kind
 * (a note, or a warning or error) and the text it is about, never its line: moving paragraphs, adding lines above
 * or re-wrapping a paragraph keeps it known. The file is the key the fingerprints are listed under. Equal
 * fingerprints in a file are counted, so a second copy of a known problem is new.
 *
 * A whole-text finding with places (passive voice in 12% of sentences, shown at the first such sentence) is about
 * the text as a whole: its text is empty, as for messages without a place (text length), so that fixing the first
 * sentence does not turn the finding into a new one. Pure: messages and the file's text in, data out.
 */
import { createHash } from 'node:crypto';
import type { VFileMessage } from 'vfile-message';

/** One fingerprint of a file and how many messages have it. */
export interface BaselineEntry {
  rule: string;
  fingerprint: string;
  count: number;
}

/** The baseline file's content. */
export interface Baseline {
  seoRewriteBaseline: 1;
  /** Per file (a path relative to the baseline file, `/`-separated), its entries sorted by rule then fingerprint. */
  files: Record<string, BaselineEntry[]>;
}

/** A message's point or range, as vfile-message types it. */
type Point = { line?: number; column?: number };

function startEnd(m: VFileMessage): { start: Point | undefined; end: Point | undefined } {
  const place = m.place;
  if (!place) return { start: m.line ? { line: m.line, column: m.column ?? 1 } : undefined, end: undefined };
  if ('start' in place) return { start: place.start, end: place.end };
  return { start: place, end: undefined };
}

/** The text a message is about, whitespace collapsed: its range, else the rest of its line, else nothing. */
export function textInvolved(message: VFileMessage, lines: readonly string[]): string {
  const { start, end } = startEnd(message);
  if (!start?.line) return '';
  const first = lines[start.line - 1] ?? '';
  const from = Math.max(0, (start.column ?? 1) - 1);
  let text: string;
  if (!end?.line || end.line < start.line) text = first.slice(from);
  else if (end.line === start.line) text = first.slice(from, Math.max(from, (end.column ?? first.length + 1) - 1));
  else {
    const middle = lines.slice(start.line, end.line - 1);
    const last = (lines[end.line - 1] ?? '').slice(0, Math.max(0, (end.column ?? 1) - 1));
    text = [first.slice(from), ...middle, last].join('\n');
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** The lines of a file's text as the engine reads it (BOM off, `\n` line ends). */
export function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n');
}

function kindOf(m: VFileMessage): 'note' | 'problem' {
  return m.fatal === true || m.fatal === false ? 'problem' : 'note';
}

/** The fingerprint of each message of one file, in order. */
export function fingerprints(messages: readonly VFileMessage[], text: string): string[] {
  const lines = linesOf(text);
  // Rules that gave notes: their warning or error is a whole-text finding shown at its first note.
  const withNotes = new Set(messages.filter((m) => kindOf(m) === 'note').map((m) => m.ruleId ?? ''));
  return messages.map((m) => {
    const rule = m.ruleId ?? '';
    const kind = kindOf(m);
    const text = kind === 'problem' && withNotes.has(rule) ? '' : textInvolved(m, lines);
    return createHash('sha256').update(`${rule}\0${kind}\0${text}`).digest('hex').slice(0, 16);
  });
}

function compare(a: BaselineEntry, b: BaselineEntry): number {
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}

/** The entries of one file's messages, sorted. */
export function entriesOf(messages: readonly VFileMessage[], text: string): BaselineEntry[] {
  const counts = new Map<string, BaselineEntry>();
  const prints = fingerprints(messages, text);
  messages.forEach((m, i) => {
    const fingerprint = prints[i] ?? '';
    const entry = counts.get(fingerprint);
    if (entry) entry.count++;
    else counts.set(fingerprint, { rule: m.ruleId ?? '', fingerprint, count: 1 });
  });
  return [...counts.values()].sort(compare);
}

/** What the baseline leaves of one file's messages. */
export interface Filtered {
  /** Messages not in the baseline (new ones), in their order. */
  kept: VFileMessage[];
  /** Messages the baseline knows (not shown). */
  known: number;
  /** Recorded problems no longer found (fixed). */
  fixed: number;
}

/** Leaves out the messages the baseline knows; the first `count` messages of a fingerprint are the known ones. */
export function filterKnown(messages: readonly VFileMessage[], text: string, recorded: readonly BaselineEntry[]): Filtered {
  const left = new Map(recorded.map((e) => [e.fingerprint, e.count]));
  const prints = fingerprints(messages, text);
  const kept: VFileMessage[] = [];
  let known = 0;
  messages.forEach((m, i) => {
    const print = prints[i] ?? '';
    const count = left.get(print) ?? 0;
    if (count > 0) {
      left.set(print, count - 1);
      known++;
    } else kept.push(m);
  });
  let fixed = 0;
  for (const count of left.values()) fixed += count;
  return { kept, known, fixed };
}

/**
 * The baseline as its file holds it: files sorted, each entry on a line of its own (so that a diff shows one line
 * per problem recorded or dropped), a final newline. Stable in version control.
 */
export function serialiseBaseline(baseline: Baseline): string {
  const blocks: string[] = [];
  for (const path of Object.keys(baseline.files).sort()) {
    const entries = baseline.files[path];
    if (!entries || entries.length === 0) continue;
    const lines = [...entries].sort(compare).map((e) => `      ${JSON.stringify({ rule: e.rule, fingerprint: e.fingerprint, count: e.count })}`);
    blocks.push(`    ${JSON.stringify(path)}: [\n${lines.join(',\n')}\n    ]`);
  }
  const files = blocks.length === 0 ? '{}' : `{\n${blocks.join(',\n')}\n  }`;
  return `{\n  "seoRewriteBaseline": 1,\n  "files": ${files}\n}\n`;
}

/** Reads a baseline file's text; throws an Error with a one-line reason when it is not one. */
export function parseBaseline(text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || (value as { seoRewriteBaseline?: unknown }).seoRewriteBaseline !== 1) {
    throw new Error('not a seo-rewrite baseline (expected "seoRewriteBaseline": 1)');
  }
  const files = (value as { files?: unknown }).files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw new Error('"files" must be an object');
  const out: Record<string, BaselineEntry[]> = {};
  for (const [path, entries] of Object.entries(files as Record<string, unknown>)) {
    if (!Array.isArray(entries)) throw new Error(`files.${path}: expected a list`);
    out[path] = entries.map((e: unknown, i): BaselineEntry => {
      const entry = e as Partial<BaselineEntry> | null;
      if (typeof entry?.rule !== 'string' || typeof entry.fingerprint !== 'string' || !Number.isInteger(entry.count) || (entry.count ?? 0) < 1) {
        throw new Error(`files.${path}[${i}]: expected { rule, fingerprint, count }`);
      }
      return { rule: entry.rule, fingerprint: entry.fingerprint, count: entry.count ?? 1 };
    });
  }
  return { seoRewriteBaseline: 1, files: out };
}
