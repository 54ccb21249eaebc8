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

/** Most sentences a quotation runs over for its first one to be given with the speaker after its last. */
const QUOTE_SENTENCES = 4;

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
  /**
   * The sentence that closes the quotation this one opens and names its speaker after it (`"A. B. C," kata Budi.`),
   * when the quotation runs over several sentences: its first sentence is that speaker's words too.
   */
  closedBy?: Sentence;
}

/** A sentence that closes a quotation and goes on with words of its own (`… C," kata Budi.`). */
const QUOTE_CLOSING = /^[^"“”]*["”]\s*,?\s*\p{L}[^"“”]*$/u;

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
      else if (!open && quotations) {
        // (A quotation over several sentences, its speaker after its last: the first sentence, said by them.)
        const at = p.indexOf(s);
        const closing = p.slice(at + 1, at + 1 + QUOTE_SENTENCES).find((x) => /["”]/u.test(x.text));
        if (closing && QUOTE_CLOSING.test(closing.text) && !/["”]/u.test(s.text.replace(/^[^\p{L}\p{N}]*["“]/u, ''))) out.push({ sentence: s, index: plain, quoted: true, closedBy: closing });
      }
      const opens = (s.text.match(OPENS) ?? []).length;
      const closes = (s.text.match(CLOSES) ?? []).length;
      const straight = (s.text.match(STRAIGHT) ?? []).length;
      if (opens !== closes) open = opens > closes;
      if (straight % 2 === 1) open = !open;
    }
  }
  return out;
}
