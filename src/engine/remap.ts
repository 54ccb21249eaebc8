/** Where a diagnostic found in normalised text stands in the file as written: its line and column there. */
import type { VFileMessage } from 'vfile-message';

/** Whitespace-free form of a line, to find a normalised paragraph in the original text. */
function squeeze(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/gu, '');
}

/**
 * Raw text is assessed as normalised paragraphs joined by newlines (line N is paragraph N). Maps each message back to
 * the line of the file where its paragraph starts; the column is kept, shifted by the line's indentation (exact
 * unless whitespace inside the line was cleaned).
 */
export function remapTextMessages(messages: readonly VFileMessage[], text: string, paragraphs: readonly string[]): VFileMessage[] {
  const lines = text.split('\n');
  const map: { line: number; indent: number }[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    const key = squeeze(paragraph).slice(0, 24);
    let found = -1;
    for (let i = at; i < lines.length; i++) {
      if (squeeze(lines[i] ?? '').startsWith(key)) {
        found = i;
        break;
      }
    }
    const index = found === -1 ? Math.min(at, lines.length - 1) : found;
    map.push({ line: index + 1, indent: (lines[index] ?? '').length - (lines[index] ?? '').trimStart().length });
    if (found !== -1) at = found + 1;
  }
  const point = (p: { line?: number; column?: number } | undefined): { line: number; column: number } | undefined => {
    if (!p?.line) return undefined;
    const m = map[p.line - 1];
    return m ? { line: m.line, column: (p.column ?? 1) + m.indent } : { line: p.line, column: p.column ?? 1 };
  };
  for (const m of messages) {
    const place = m.place;
    const start = point(place && 'start' in place ? place.start : place ?? undefined);
    const end = place && 'end' in place ? point(place.end) : undefined;
    if (!start) continue;
    m.place = end ? { start, end } : start;
    m.line = start.line;
    m.column = start.column;
    // `name` is the place as `String(message)` shows it (vfile-message computes it once, in the constructor).
    m.name = `${start.line}:${start.column}${end ? `-${end.line}:${end.column}` : ''}`;
  }
  return [...messages];
}

/** The line and column of `offset` in `text` (both from 1). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
