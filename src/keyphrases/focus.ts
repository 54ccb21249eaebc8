/**
 * The focus keyphrase: among the keyphrases, the one a search user would type and the article can carry. It goes
 * into the title, the meta description, the slug and subheadings, and Yoast checks it by exact word forms, so a
 * phrase of one or two words that the article writes verbatim in its first paragraph, and often enough in the
 * body (density 0.5–3 %), is preferred among the central ones.
 */
import type { Doc, Paragraph } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { countPhrase } from './count.js';
import { focusContext, focusForm } from './focus-form.js';
import type { Keyphrase } from './index.js';

/** What makes a keyphrase a good focus, next to its rank. */
interface FocusFit {
  /** Written verbatim (same word forms, any case) in the first paragraph. */
  inLead: boolean;
  /** Share of the body words, in %, that exact-form occurrences take (a two-word phrase counts twice). */
  density: number;
  words: number;
}

/** Weights of the choice, in the log space of the keyphrase score. */
const WEIGHTS = {
  /** Verbatim in the first paragraph. */
  inLead: 0.7,
  /** Density inside 0.5–3 %. */
  density: 0.5,
  /** Per word over two. */
  long: -0.7,
} as const;

const DENSITY = { min: 0.5, max: 3 } as const;

/** Lowercased words of a paragraph, as written. */
function wordsOf(paragraphs: readonly Paragraph[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) for (const s of p.sentences) for (const w of s.words) out.push(w.text.toLowerCase());
  return out;
}

/** Exact-form occurrences of `phrase` (lowercased words) in `words`. */
function exactCount(words: readonly string[], phrase: readonly string[]): number {
  let n = 0;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let match = true;
    for (let j = 0; j < phrase.length && match; j++) match = words[i + j] === phrase[j];
    if (match) n++;
  }
  return n;
}

/** How well a keyphrase fits as the focus. */
function fitOf(k: Keyphrase, lead: readonly string[], body: readonly string[]): FocusFit {
  const phrase = k.phrase.toLowerCase().split(/\s+/u);
  return {
    inLead: exactCount(lead, phrase) > 0,
    density: body.length === 0 ? 0 : (exactCount(body, phrase) * phrase.length * 100) / body.length,
    words: phrase.length,
  };
}

/**
 * The focus keyphrase: 1–3 words, what a search user would type, central to the article. Chosen among
 * `keyphrases` (best first, as `extractKeyphrases` returns them) by their score, preferring phrases written
 * verbatim in the first paragraph, with a keyphrase density of 0.5–3 % in the body, and of one or two words. A
 * keyphrase that is part of a name stands for the name; one that names nothing is passed over (`focusForm`).
 * Undefined when no keyphrase has three words or fewer.
 */
export function chooseFocusKeyphrase(
  doc: Doc,
  keyphrases: readonly Keyphrase[],
  lang: LanguagePack,
): Keyphrase | undefined {
  const paragraphs = doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  const lead = wordsOf(paragraphs.slice(0, 1));
  const body = wordsOf(paragraphs);
  const ctx = focusContext(paragraphs.flatMap((p) => p.sentences), lang);
  let best: Keyphrase | undefined;
  let bestValue = -Infinity;
  for (const ranked of keyphrases) {
    // What a search user types: the full name for a part of it; never a verb form, a lone modifier or the dateline.
    const phrase = focusForm(ranked.phrase, ctx);
    if (phrase === undefined) continue;
    const k = phrase === ranked.phrase ? ranked : { ...ranked, phrase };
    const fit = fitOf(k, lead, body);
    if (fit.words > 3 || k.score <= 0) continue;
    // A phrase the body never writes in this form (only inflected, or only in a heading) fails exact-form checks.
    if (fit.density === 0) continue;
    const value =
      Math.log(k.score) +
      (fit.inLead ? WEIGHTS.inLead : 0) +
      (fit.density >= DENSITY.min && fit.density <= DENSITY.max ? WEIGHTS.density : 0) +
      WEIGHTS.long * Math.max(0, fit.words - 2);
    if (value > bestValue) {
      best = k;
      bestValue = value;
    }
  }
  return best ?? keyphrases.find((k) => countPhrase(body, k.phrase, lang) > 0 && k.phrase.split(' ').length <= 3);
}
