/** Tallying agreement between our ratings and Yoast's, and printing the table. */

const ORDER = { bad: 0, ok: 1, good: 2 };

/** Yoast's rating of a score (feedback and error scores are not compared). */
export function yoastRating(score) {
  if (score >= 8) return 'good';
  if (score > 4) return 'ok';
  return 'bad';
}

/** A tally per Yoast assessment id. */
export class Tally {
  constructor() {
    /** @type {Map<string, { rule: string, n: number, same: number, stricter: number, looser: number, deliberate: number, diffs: object[] }>} */
    this.rows = new Map();
  }

  /** Records one comparison. `deliberate` marks a difference we chose (counted apart). */
  add(yoastId, rule, ours, theirs, detail, deliberate = false) {
    let row = this.rows.get(yoastId);
    if (!row) {
      row = { rule, n: 0, same: 0, stricter: 0, looser: 0, deliberate: 0, diffs: [] };
      this.rows.set(yoastId, row);
    }
    row.n++;
    if (ours === theirs) row.same++;
    else if (deliberate) row.deliberate++;
    else if (ORDER[ours] < ORDER[theirs]) row.stricter++;
    else row.looser++;
    if (ours !== theirs) row.diffs.push({ ...detail, ours, theirs, deliberate });
  }
}

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

/** The agreement table as text. */
export function formatTable(title, tally) {
  const head = ['Yoast assessment', 'our rule', 'n', 'agree', 'stricter', 'looser', 'deliberate', 'agree excl. deliberate'];
  const body = [...tally.rows.entries()].map(([id, r]) => [
    id,
    r.rule,
    String(r.n),
    pct(r.same, r.n),
    String(r.stricter),
    String(r.looser),
    r.deliberate ? String(r.deliberate) : '',
    r.deliberate ? pct(r.same, r.n - r.deliberate) : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [title, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Mean of numbers. */
export function mean(xs) {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Percentile (0–100) of numbers. */
export function percentile(xs, p) {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
