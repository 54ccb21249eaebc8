/**
 * The lead's sentences a headline may come from: none that is spoken words (one that opens with a quotation mark or
 * starts inside a quotation, the second sentence of a quote lede), except, where the language's register has a form
 * for it, a sentence that is one quotation with its speaker after it (`"…," kata Budi.`).
 */
import type { Sentence } from '../document/types.js';

/** A sentence that opens with a quotation: spoken words, not the news. */
export const QUOTE_OPENING = /^[^\p{L}\p{N}]*["“‘«]/u;
/** A sentence that is one quotation followed by words of its own (`"…," kata Budi.`): no quotation mark after. */
const QUOTE_AND_SPEAKER = /^[^\p{L}\p{N}]*["“][^"“”]+[,.!?]?["”]\s*,?\s*\p{L}[^"“”]*$/u;

/** Quotation marks that open, close, or do either. */
const OPENS = /[“«]/gu;
const CLOSES = /[”»]/gu;
const STRAIGHT = /"/gu;

export interface LeadSentence {
  sentence: Sentence;
  /** Its place among the sentences that are no quotation (a quotation takes none of its own). */
  index: number;
  /** One quotation with its speaker after it. */
  quoted: boolean;
}

/**
 * The first `count` sentences of the paragraphs that are no quotation, with the quotations among them that have their
 * speaker after them when `quotations` is true.
 */
export function leadSentences(paragraphs: readonly (readonly Sentence[])[], count: number, quotations: boolean): LeadSentence[] {
  const out: LeadSentence[] = [];
  let plain = 0;
  for (const p of paragraphs) {
    let open = false;
    for (const s of p) {
      if (plain >= count) return out;
      if (!open && !QUOTE_OPENING.test(s.text)) out.push({ sentence: s, index: plain++, quoted: false });
      else if (!open && quotations && QUOTE_AND_SPEAKER.test(s.text)) out.push({ sentence: s, index: plain, quoted: true });
      const opens = (s.text.match(OPENS) ?? []).length;
      const closes = (s.text.match(CLOSES) ?? []).length;
      const straight = (s.text.match(STRAIGHT) ?? []).length;
      if (opens !== closes) open = opens > closes;
      if (straight % 2 === 1) open = !open;
    }
  }
  return out;
}
