/** Splits over-long paragraphs at sentence boundaries into balanced parts. */
import type { Sentence } from '../document/types.js';

/**
 * Splits a paragraph's sentences into the fewest parts of at most `maxWords` words each (a single sentence
 * longer than that stays whole), as balanced as possible. Returns one sentence list per part.
 */
export function splitParagraph(sentences: readonly Sentence[], maxWords: number): Sentence[][] {
  const total = sentences.reduce((n, s) => n + s.words.length, 0);
  if (total <= maxWords || sentences.length < 2) return [sentences.slice()];
  const parts = Math.ceil(total / maxWords);
  const target = total / parts;
  const out: Sentence[][] = [];
  let current: Sentence[] = [];
  let words = 0;
  for (const s of sentences) {
    const n = s.words.length;
    const partsLeft = parts - out.length;
    // Close the part when adding this sentence would overshoot the balanced size more than stopping short does.
    const over = words + n > maxWords;
    const balanced = partsLeft > 1 && Math.abs(words + n - target) > Math.abs(words - target);
    if (current.length > 0 && (over || balanced)) {
      out.push(current);
      current = [];
      words = 0;
    }
    current.push(s);
    words += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}
