/**
 * A subheading that names what a section is about when none of its clauses reads as a headline: one noun phrase of
 * the section's own sentences, as the grammar layer chunks them ("Pengawasan Partisipatif", "Catatan Buruk
 * Arsenal", "Mandatori E10"), the one that holds most of the section's salient phrases and the article's keywords,
 * from its earlier sentences first. Words that point back into the text (`ini`, `tersebut`, `this`) and articles
 * are left out; a phrase of one word, of a pronoun, or of spoken words is none. Replaces the `A dan B` pair, which
 * editors rated 1 of 5.
 */
import type { Sentence } from '../document/types.js';
import { grammarOf } from '../grammar/annotate.js';
import type { LanguagePack } from '../lang/types.js';
import { balanced } from './clauses.js';
import { headlineCasing } from './casing.js';
import { countRun } from './match.js';
import { glued } from './sentence-words.js';
import { verbForm } from '../keyphrases/nominal.js';

/** Fewest and most words of a phrase heading. */
const MIN_WORDS = 2;
const MAX_WORDS = 6;
/** Sentences of the section looked at. */
const SENTENCES = 8;
/** Shortest heading, in characters. */
const MIN_CHARS = 12;

export interface PhraseHeadingInput {
  paragraphs: readonly (readonly Sentence[])[];
  lang: LanguagePack;
  /** The section's salient phrases (lowercased words each), best first. */
  salient: readonly (readonly string[])[];
  /** Lowercased words of the article's keyphrases. */
  keywords: ReadonlySet<string>;
  /** Headings already taken (lowercased). */
  seen: ReadonlySet<string>;
  maxChars: number;
}

/** The best noun-phrase heading of the section, or undefined when it has none. */
export function phraseHeading(input: PhraseHeadingInput): string | undefined {
  const { lang } = input;
  const drop = lang.headline?.dropDeterminers;
  const pointers = lang.headline?.pointers;
  let best: { text: string; value: number } | undefined;
  input.paragraphs.flat().slice(0, SENTENCES).forEach((s, k) => {
    const g = grammarOf(s, lang);
    if (!g) return;
    for (const np of g.chunks.nounPhrases) {
      const tag = g.tags[np.head];
      if (tag !== 'NOUN' && tag !== 'PROPN') continue;
      const words = s.words.slice(np.start, np.end).map((w) => w.text);
      if (words.some((w) => pointers?.has(w.toLowerCase()) === true && drop?.has(w.toLowerCase()) !== true)) continue;
      const kept = words.filter((w) => drop?.has(w.toLowerCase()) !== true);
      // A phrase a negation denies says the opposite alone: `bukanlah | akibat keracunan MBG`.
      const before = s.words[np.start - 1]?.text.toLowerCase().replace(/lah$/u, '') ?? '';
      if (lang.headline?.negations?.has(before) === true) continue;
      // A phrase inside a quotation is spoken words.
      if ((s.text.slice(0, s.words[np.start]!.start - s.start).match(/["“”]/gu) ?? []).length % 2 === 1) continue;
      if (kept.length < MIN_WORDS || kept.length > MAX_WORDS || kept.some(glued)) continue;
      const lower = kept.map((w) => w.toLowerCase());
      // (Nor a transition word the chunker ran into it, `Misalnya Sekolah`; an ordinal is the phrase's own, `Third
      // Conservative MP`.)
      const transition = lang.transitionWords.includes(lower[0]!) && !['ADJ', 'NUM', 'DET'].includes(g.tags[np.start] ?? '');
      if (lang.stopwords.has(lower[0]!) || lang.stopwords.has(lower[lower.length - 1]!) || transition) continue;
      // (Nor a word that stands only with its preposition and complement, `Hadapan Presiden` of `di hadapan
      // Presiden`, `Tengah Kesibukan` of `di tengah kesibukan`.)
      if (lang.headline?.needComplement.has(lower[0]!) === true) continue;
      // (Nor a verb the chunker took for its first noun, `Tekankan Kepala BGN`, nor who said it, `Tutur Iis Dahlia`.)
      // (Where modifiers go before the noun, a participle is one: `Struggling Scots`.)
      if (/^\p{Ll}/u.test(kept[0]!) && lang.modifierPosition === 'after' && verbForm(lower[0]!, lang)) continue;
      if (lang.sourceMarkers?.has(lower[0]!) === true) continue;
      if (lower.every((w) => /^\p{N}/u.test(w) || lang.genericWords?.has(w) === true)) continue;
      // (Nor one that ends on a time or a number the chunker ran into it, `Sidang Kabinet Hari`, `Andrej Kramaric 21`.)
      if (lang.grammar?.timeWords?.has(lower[lower.length - 1]!) === true || g.tags[np.end - 1] === 'NUM') continue;
      const text = headlineCasing(kept.join(' '), lang);
      if (text.length < MIN_CHARS || text.length > input.maxChars || !balanced(text) || input.seen.has(text.toLowerCase())) continue;
      const salient = input.salient.reduce((n, p, i) => n + (countRun(lower, p) > 0 ? 3 - i * 0.5 : 0), 0);
      const keywords = lower.filter((w) => input.keywords.has(w)).length;
      // (A name alone says least of what a section says: a person with their office, `Kepala Dikbud Kendari Saemina`,
      // a firm, `PT Ainul Hayat Sejahtera`; a phrase with a common noun in it says what about them.)
      const named = g.tags.slice(np.start, np.end).every((t, j) => t === 'PROPN' || lang.grammar?.titles.has(s.words[np.start + j]!.text.toLowerCase()) === true);
      const value = (salient + keywords + Math.min(kept.length, 4) * 0.25 - k * 0.3) * (named ? 0.5 : 1);
      if (!best || value > best.value) best = { text, value };
    }
  });
  return best && best.value > 0 ? best.text : undefined;
}
