/**
 * Where template tags lie in a piece of Markdown: Hugo shortcodes (`{{< >}}`, `{{% %}}`) and Liquid (`{% %}`,
 * `{{ }}`), and the ranges a paired tag encloses (`{% if %}…{% endif %}`, `{{< note >}}…{{< /note >}}`). A
 * paragraph is never split inside one: the tags would end up in different paragraphs. One scan, no backtracking.
 */

/** Template tags by opener, longest first, with their closers. */
const TAGS: readonly (readonly [string, string])[] = [['{{<', '>}}'], ['{{%', '%}}'], ['{%', '%}'], ['{{', '}}']];

interface Tag {
  start: number;
  end: number;
  /** The tag's name (`if`, `note`), for pairing; empty for output tags `{{ x }}`. */
  name: string;
  closing: boolean;
}

function tagAt(text: string, at: number): Tag | 'unclosed' | undefined {
  const kind = TAGS.find(([open]) => text.startsWith(open, at));
  if (!kind) return undefined;
  const [open, close] = kind;
  const end = text.indexOf(close, at + open.length);
  if (end < 0) return 'unclosed';
  const inner = text.slice(at + open.length, end).replace(/^[-\s]+/, '');
  const word = /^\/?[\w.-]+/.exec(inner)?.[0] ?? '';
  if (open === '{{') return { start: at, end: end + close.length, name: '', closing: false };
  if (open === '{%') {
    const closing = word.startsWith('end') && word.length > 3;
    return { start: at, end: end + close.length, name: closing ? word.slice(3) : word, closing };
  }
  const closing = word.startsWith('/');
  return { start: at, end: end + close.length, name: closing ? word.slice(1) : word, closing };
}

/**
 * Ranges (offsets into `text`, plus `base`) that must not be cut: every tag, and from an opening tag to its
 * closing one. An unclosed tag makes the rest of the text one range.
 */
export function templateRanges(text: string, base = 0): [number, number][] {
  const ranges: [number, number][] = [];
  const open = new Map<string, number[]>();
  let i = text.indexOf('{');
  while (i >= 0 && i < text.length) {
    const tag = tagAt(text, i);
    if (tag === 'unclosed') {
      ranges.push([base + i, base + text.length]);
      break;
    }
    if (!tag) {
      i = text.indexOf('{', i + 1);
      continue;
    }
    ranges.push([base + tag.start, base + tag.end]);
    if (tag.name !== '') {
      if (tag.closing) {
        const start = open.get(tag.name)?.pop();
        if (start !== undefined) ranges.push([base + start, base + tag.end]);
      } else {
        const stack = open.get(tag.name) ?? [];
        stack.push(tag.start);
        open.set(tag.name, stack);
      }
    }
    i = text.indexOf('{', tag.end);
  }
  return ranges;
}

/** The ranges merged into disjoint ones, in order (for `outsideRanges`). */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** True when `[start, end)` overlaps none of the disjoint, ordered ranges (binary search). */
export function outsideRanges(merged: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = merged.length - 1;
  // The last range that starts before `end`: the only one that can overlap.
  let candidate = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]![0] < end) {
      candidate = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return candidate < 0 || merged[candidate]![1] <= start;
}
