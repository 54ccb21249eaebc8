/**
 * The best of the cut-down title candidates (sentences of the lead cut at word boundaries), by a score over their
 * width, source, focus, repeated words, a stranded verb, keyphrase coverage and whether they hold a verb: the
 * fallback when no clause headline fits (`title.ts`).
 */
import type { LanguagePack } from '../lang/types.js';
import { textWidth } from '../text/width.js';
import { balanced } from './clauses.js';
import { lowerWords } from './match.js';
import { verbForm } from '../keyphrases/nominal.js';
import { tokenizeWords } from '../text/segment.js';
import { tagWords } from '../grammar/tagger/index.js';
import type { TitleInput } from './title.js';

export interface Candidate {
  text: string;
  /** How good the source is: the headline, then the lead's first sentence, then the second, then phrases. */
  source: number;
  /** True when the text starts with the focus without a label. */
  natural: boolean;
  /** True when the text is a clause cut short: it must not stop on a verb whose object was cut off. */
  cut?: boolean;
  /** The clause part of a text with a kicker after it ("Owner Charged" of "Owner Charged: Oklahoma"). */
  core?: string;
  /** A list of the article's phrases, or the focus alone: the last resort. */
  fallback?: boolean;
}

/** A content word used twice reads badly in a headline ("China: … China"). */
export function repeats(text: string, lang: LanguagePack): number {
  const seen = new Set<string>();
  let n = 0;
  for (const w of lowerWords(text)) {
    if (lang.stopwords.has(w)) continue;
    const s = lang.stem(w);
    if (seen.has(s)) n++;
    seen.add(s);
  }
  return n;
}

/**
 * What a clause cut right after its verb costs: it reads badly in a headline ("Manchester United Dikabarkan"), the
 * news being in the part cut off; after a reporting verb ("Menteri Andi Amran Sulaiman Mengatakan") nothing of it
 * is left, which costs twice as much.
 */
export function strandedCost(c: Candidate, lang: LanguagePack): number {
  if (c.cut !== true) return 0;
  // A kicker after the cut does not mend it: "Cemetery Owner Charged: Oklahoma and Memphis".
  const words = lowerWords(c.core ?? c.text);
  const last = words[words.length - 1] ?? '';
  if (lang.reportingVerbs?.has(last) === true) return 2 * STRANDED;
  return verbForm(last, lang) ? STRANDED : 0;
}

/** What a clause cut right after its verb costs, in score units. */
export const STRANDED = 2;

/** Share of a title's content words that belong to the article's keyphrases: a headline names the story's things. */
export function coverage(text: string, keywords: ReadonlySet<string>, lang: LanguagePack): number {
  const content = lowerWords(text).filter((w) => !lang.stopwords.has(w));
  if (content.length === 0) return 0;
  return content.filter((w) => keywords.has(w)).length / content.length;
}

/** What a title without a verb costs (`Badan Penyelenggara Jaminan Kesehatan`): a name, not a headline. */
const VERBLESS = 6;

/** True when the tagger finds no verb in the text; false without a tagger (nothing known). */
function verbless(text: string, lang: LanguagePack): boolean {
  const words = tokenizeWords(text);
  const tags = tagWords(lang.code, text, words);
  return tags !== undefined && !tags.some((t) => t === 'VERB' || t === 'AUX');
}

/** True when a cut sentence holds a verb that takes a clause (`believes`, `mengatakan`): the clause was cut off. */
function clauseCut(text: string, lang: LanguagePack): boolean {
  const g = lang.grammar;
  return g !== undefined && lowerWords(text).some((w) => g.complementVerbs.has(w) || g.reportingVerbs.has(w));
}

/** The best candidate, with what makes it a fragment (cut short, no verb). */
export interface Best {
  text: string;
  score: number;
  fallback: boolean;
  cut: boolean;
  verbless: boolean;
}

/** The best-scoring candidate within the character and pixel limits. */
export function best(input: TitleInput, all: readonly Candidate[]): Best | undefined {
  const { maxChars, maxWidth, minWidth } = input.lang.thresholds.title;
  const keywords = new Set(input.phrases.slice(0, 12).flatMap((p) => lowerWords(p)));
  let top: Best | undefined;
  for (const c of all) {
    const width = textWidth(c.text);
    if (c.text.length > maxChars || width > maxWidth || !balanced(c.text)) continue;
    // A title that stops on a reporting verb (`… Mengatakan`) says who spoke, not what: never a headline.
    if (c.cut === true && strandedCost(c, input.lang) >= 2 * STRANDED) continue;
    const noVerb = verbless(c.text, input.lang);
    const score =
      -(noVerb ? VERBLESS : 0) -
      (c.cut === true && clauseCut(c.text, input.lang) ? VERBLESS : 0) +
      (width >= minWidth ? 4 : (width / minWidth) * 2) + c.source + (c.natural ? 1.5 : 0) - 3 * repeats(c.text, input.lang) - strandedCost(c, input.lang) +
      c.text.length / maxChars + 2 * coverage(c.text, keywords, input.lang);
    if (!top || score > top.score + 1e-9) top = { text: c.text, score, fallback: c.fallback === true, cut: c.cut === true, verbless: noVerb };
  }
  return top;
}
