/**
 * Compares a set's stored golden lines with this run's and says it in a few lines: how many articles changed and
 * which decisions, then the first few changes (before → after for text sets, metrics for hashed ones). Pure.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = { [key: string]: Json };

/** Keys whose value holds one entry per decision (`hash.title`, `metrics.title`): their entries are the fields. */
const PER_DECISION = new Set(['hash', 'metrics']);

/** One article whose line differs. */
export interface Change {
  id: string;
  /** The decisions that changed, in the order of the record. */
  fields: string[];
  before: Row;
  after: Row;
}

export interface SetDiff {
  /** Articles in both, with a different line. */
  changed: Change[];
  /** Articles only in this run, or only in the stored file. */
  added: string[];
  removed: string[];
  /** Articles in this run. */
  total: number;
}

function isRow(value: Json | undefined): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The lines of a golden file by id. */
export function parseGolden(text: string): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Json;
    if (isRow(row) && typeof row.id === 'string') out.set(row.id, row);
  }
  return out;
}

const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The decisions that differ between two lines of one article (`title`, `headings`, `scores`…), each named once. */
export function changedFields(before: Row, after: Row): string[] {
  const out: string[] = [];
  const add = (name: string): void => {
    if (!out.includes(name)) out.push(name);
  };
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (key === 'id') continue;
    const a = before[key];
    const b = after[key];
    if (PER_DECISION.has(key) && isRow(a) && isRow(b)) {
      for (const sub of new Set([...Object.keys(b), ...Object.keys(a)])) if (!same(a[sub], b[sub])) add(sub);
    } else if (!same(a, b)) add(key);
  }
  return out;
}

/** Stored lines against this run's. */
export function compareSet(stored: Map<string, Row>, current: Map<string, Row>): SetDiff {
  const changed: Change[] = [];
  const added: string[] = [];
  const ids = [...current.keys()].sort();
  for (const id of ids) {
    const before = stored.get(id);
    const after = current.get(id);
    if (!after) continue;
    if (!before) added.push(id);
    else if (!same(before, after)) changed.push({ id, fields: changedFields(before, after), before, after });
  }
  const removed = [...stored.keys()].filter((id) => !current.has(id)).sort();
  return { changed, added, removed, total: ids.length };
}

/** True when the run differs from what is stored. */
export function differs(diff: SetDiff): boolean {
  return diff.changed.length > 0 || diff.added.length > 0 || diff.removed.length > 0;
}

/** `id-detik: 404 articles, 14 changed (title 14, headings 3, scores 2)`, or `… unchanged`. */
export function summaryLine(name: string, diff: SetDiff): string {
  const count = new Map<string, number>();
  for (const c of diff.changed) for (const f of c.fields) count.set(f, (count.get(f) ?? 0) + 1);
  const parts = [
    ...(diff.changed.length > 0 ? [`${diff.changed.length} changed (${[...count].map(([f, n]) => `${f} ${n}`).join(', ')})`] : []),
    ...(diff.added.length > 0 ? [`${diff.added.length} new`] : []),
    ...(diff.removed.length > 0 ? [`${diff.removed.length} gone`] : []),
  ];
  return `${name}: ${diff.total} article${diff.total === 1 ? '' : 's'}, ${parts.length > 0 ? parts.join(', ') : 'unchanged'}`;
}

const shown = (value: Json | undefined): string => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value ?? null));

/**
 * The first `limit` changed articles, a line per changed decision: its text before → after when the line holds
 * text, else its metrics before → after (a hashed decision whose metrics are the same shows `(text)`).
 */
export function detailLines(diff: SetDiff, limit: number): string[] {
  const out: string[] = [];
  for (const c of diff.changed.slice(0, limit)) {
    out.push(`  ${c.id}`);
    for (const field of c.fields) {
      const hashed = isRow(c.after.hash) && field in c.after.hash;
      if (!hashed) {
        out.push(`    ${field}: ${shown(c.before[field])} → ${shown(c.after[field])}`);
        continue;
      }
      const before = isRow(c.before.metrics) ? c.before.metrics[field] : undefined;
      const after = isRow(c.after.metrics) ? c.after.metrics[field] : undefined;
      out.push(`    ${field}: ${same(before, after) ? '(text)' : `${shown(before)} → ${shown(after)}`}`);
    }
  }
  const more = diff.changed.length - limit;
  if (more > 0) out.push(`  … and ${more} more`);
  return out;
}
