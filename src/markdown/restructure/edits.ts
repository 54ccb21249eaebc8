/** Edits spliced into a source text: the rest of the text is kept byte for byte. */

export interface Edit {
  /** Offset in the source. */
  at: number;
  /** Characters of the source replaced from `at` (0 for an insertion). */
  remove: number;
  insert: string;
}

/** Applies edits that do not overlap (in any order). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of sorted) {
    out += source.slice(from, e.at) + e.insert;
    from = e.at + e.remove;
  }
  return out + source.slice(from);
}

/** Where `offset` of the source lies after the edits (an insertion at `offset` itself comes before it). */
export function shifted(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const e of edits) if (e.at + e.remove <= offset) delta += e.insert.length - e.remove;
  return offset + delta;
}

/** The 1-based line of an offset of `text`; one scan of the text, then a binary search per offset. */
export function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
