/** Plain-text table of benchmark rows. */

const columns = [
  ['extractor', (r) => r.name],
  ['F1@5', (r) => r.f5.toFixed(2)],
  ['F1@10', (r) => r.f10.toFixed(2)],
  ['F1@15', (r) => r.f15.toFixed(2)],
  ['en ms', (r) => r.enMs.toFixed(2)],
  ['hit@1', (r) => r.hit1.toFixed(1)],
  ['hit@3', (r) => r.hit3.toFixed(1)],
  ['hit@5', (r) => r.hit5.toFixed(1)],
  ['ent@10', (r) => r.recall.toFixed(1)],
  ['stop%', (r) => r.share.toFixed(1)],
  ['stop%iso', (r) => r.shareIso.toFixed(1)],
  ['words', (r) => r.length.toFixed(2)],
  ['verb%', (r) => r.verbs.toFixed(1)],
  ['id ms', (r) => r.idMs.toFixed(2)],
];

/**
 * @param {readonly Record<string, any>[]} rows
 * @returns {string}
 */
export function formatTable(rows) {
  const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, f]) => f(r)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const enWidth = widths.slice(1, 5).reduce((a, b) => a + b + 2, -2);
  const header = [`${''.padEnd(widths[0])}  ${'kp-500n-kpcrowd (en)'.padEnd(enWidth)}  id-news + id-detik (id)`];
  return [...header, line(cells[0]), ...cells.slice(1).map(line)].join('\n');
}
