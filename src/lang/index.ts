/** Picks a language pack by code; languages without a pack get a generic one built from stopwords-iso. */
import { createRequire } from 'node:module';
import { en } from './en/index.js';
import { id } from './id/index.js';
import { thresholds as defaultThresholds } from './en/thresholds.js';
import type { LanguagePack } from './types.js';

export type { LanguagePack, Thresholds } from './types.js';

/** The languages with a full pack. */
export const fullPacks: readonly LanguagePack[] = [id, en];

const packs: Readonly<Record<string, LanguagePack>> = { id, en };

/** Codes that have a full language pack. */
export const supportedLanguages: readonly string[] = Object.keys(packs);

const genericCache = new Map<string, LanguagePack>();

export interface PackChoice {
  pack: LanguagePack;
  /** True when the language has no pack of its own and a generic one is used (warn the user). */
  generic: boolean;
}

/**
 * Returns the pack of a language (ISO 639-1). Without a pack of its own, a language that stopwords-iso knows gets a
 * generic pack (its stopwords, no stemming, default thresholds); any other falls back to English rules.
 */
export function getLanguagePack(code: string): PackChoice {
  // Own keys only: `__proto__` or `constructor` must not find Object.prototype's members.
  const own = Object.hasOwn(packs, code) ? packs[code] : undefined;
  if (own) return { pack: own, generic: false };
  let pack = genericCache.get(code);
  if (!pack) {
    const require = createRequire(import.meta.url);
    const lists = require('stopwords-iso') as Record<string, string[] | undefined>;
    const list = Object.hasOwn(lists, code) ? lists[code] : undefined;
    pack = {
      ...en,
      code,
      name: code,
      locale: code,
      stopwords: list ? new Set(list.map((w) => w.toLowerCase())) : en.stopwords,
      detectionWords: [],
      // English keyphrase word lists do not apply to another language.
      genericWords: undefined,
      commonWords: undefined,
      isVerbOrAdverb: undefined,
      determiners: undefined,
      verbMarkers: undefined,
      verbLike: undefined,
      keyphraseWeights: undefined,
      stem: (w) => w,
      transitionWords: [],
      words: { ...en.words, leadIns: new Set(), connectives: undefined, clauseBreaks: new Set(), headlineOmit: undefined },
      titleMinorWords: undefined,
      isPassive: () => false,
      nonArticle: [],
      // English grammar words do not apply to another language: no chunks, no main clause.
      grammar: undefined,
      thresholds: defaultThresholds,
      tagger: undefined,
      // English word lists, focus weights and headline register do not apply either: the focus model's prior and
      // clauses as written.
      frequentNouns: undefined,
      sourceMarkers: undefined,
      focusWeights: undefined,
      focusOverusedCost: undefined,
      titleWeights: undefined,
      headline: undefined,
      headlineCase: undefined,
    };
    genericCache.set(code, pack);
  }
  return { pack, generic: true };
}
