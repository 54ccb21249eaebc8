/**
 * Keyphrase extraction: the phrases an editor would tag the article with, best first, and the focus keyphrase.
 *
 * Steps, one module each: annotate the words (`tokens`), collect candidate phrases (`candidates`), merge aliases
 * (`aliases`), describe each candidate (`features`), score (`ranking`), drop near-duplicates (`dedupe`), choose
 * the written form (`surface`). The focus keyphrase is chosen among the results (`focus`).
 */
import type { Doc } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { enclosedNameParts, mergeAcronyms, mergeNameParts, nameHeads, type Merges } from './aliases.js';
import { collectCandidates, type Candidate } from './candidates.js';
import { cohesionOf } from './cohesion.js';
import { selectDistinct, type Ranked } from './dedupe.js';
import { featuresOf } from './features.js';
import { longFormParts } from './long-form-parts.js';
import { mergeSyllabic } from './syllabic.js';
import { bestFirst } from './order.js';
import { rawScore, weightsFor, type RankingWeights } from './ranking.js';
import { caseStats, displayForm } from './surface.js';
import { tokenize } from './tokens.js';

export { countPhrase } from './count.js';
export { chooseFocusKeyphrase } from './focus.js';

/** A keyphrase of the article. */
export interface Keyphrase {
  /** The phrase as the article writes it most (a person as named in full, an acronym as written). */
  phrase: string;
  /**
   * 0..1, higher is better: 1 for the first keyphrase, `1 / (1 + d)` for one whose ranking score is `d` below it
   * (0.5 at one unit: about e times less likely to be a keyphrase).
   */
  score: number;
  /** Stemmed lowercase key (stems of the words, space-separated). */
  stem: string;
  /** Occurrences, inflected forms included (and the other name of an alias: `BI` for `Bank Indonesia`). */
  count: number;
}

/** Options of `extractKeyphrases`. */
export interface ExtractOptions {
  /** Most keyphrases returned (default 10). */
  max?: number;
}

/** Internal hook for tuning: the weights of the ranking (used as they are, without the pack's overrides). */
export interface TuningOptions extends ExtractOptions {
  weights?: RankingWeights;
}

/** Ranking order: higher score first; ties to the earlier phrase, then the shorter, then by key. */
function byRank(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    (a.candidate.spans[0]?.start ?? 0) - (b.candidate.spans[0]?.start ?? 0) ||
    a.candidate.stems.length - b.candidate.stems.length ||
    (a.candidate.key < b.candidate.key ? -1 : a.candidate.key > b.candidate.key ? 1 : 0)
  );
}

/** A keyphrase with its stems and where the document writes it (offsets into `Doc.source`). */
export interface LocatedKeyphrase extends Keyphrase {
  /** The stems of its words, in order. */
  stems: string[];
  /** Each occurrence counted in `count` (an alias's, `BI` for `Bank Indonesia`, too), in text order. */
  offsets: { start: number; end: number }[];
}

/**
 * The article's keyphrases, best first: one to four words, never starting or ending with a function word, never
 * crossing punctuation, inflected forms grouped. Deterministic: ties go to the earlier phrase in the text.
 */
export function extractKeyphrases(doc: Doc, lang: LanguagePack, options: ExtractOptions = {}): Keyphrase[] {
  return locateKeyphrases(doc, lang, options).map(({ phrase, score, stem, count }) => ({ phrase, score, stem, count }));
}

/** `extractKeyphrases`, with each keyphrase's stems and occurrences. */
export function locateKeyphrases(doc: Doc, lang: LanguagePack, options: ExtractOptions = {}): LocatedKeyphrase[] {
  const max = options.max ?? 10;
  const weights = (options as TuningOptions).weights ?? weightsFor(lang);
  const stream = tokenize(doc, lang);
  const candidates = collectCandidates(stream);
  const merges: Merges = new Map();
  mergeAcronyms(candidates, stream, merges);
  mergeSyllabic(candidates, stream, merges);
  mergeNameParts(candidates, stream, merges);
  const glue = cohesionOf(candidates);
  const scores = new Map<Candidate, number>();
  for (const candidate of candidates.values()) scores.set(candidate, rawScore(featuresOf(candidate, stream, lang, glue.get(candidate)), weights));
  // A part ranks as its whole, taking the better of the two scores, and leaves the list.
  const fold = (part: Candidate, whole: Candidate): void => {
    scores.set(whole, Math.max(scores.get(whole) ?? -Infinity, scores.get(part) ?? -Infinity));
    scores.delete(part);
  };
  // A word only ever written inside one name ranks as that name: `Maria Irene Susanto`, not three list places.
  for (const [part, name] of enclosedNameParts(candidates, stream, merges)) fold(part, name);
  // A word only ever written inside an abbreviation's long form (`wajib` of `wajib pajak (WP)`) ranks as it too.
  for (const [part, whole] of longFormParts(candidates, merges)) if (scores.has(part) && scores.has(whole)) fold(part, whole);
  // A word that only ever opens several names (`Kementerian` in `Kementerian Keuangan`, `Kementerian ESDM`) is their
  // common noun: no tag on its own.
  for (const head of nameHeads(candidates, stream)) scores.delete(head);
  const ranked: Ranked[] = [...scores].map(([candidate, score]) => ({ candidate, score }));
  const kept = selectDistinct(bestFirst(ranked, byRank), max);
  const top = kept[0]?.score ?? 0;
  const stats = caseStats(stream);
  const bare = lang.bareForm?.bind(lang);
  return kept.map(({ candidate, score }) => ({
    phrase: displayForm(candidate, stream, stats, lang.commonWords, bare),
    score: 1 / (1 + (top - score)),
    stem: candidate.key,
    count: candidate.spans.length,
    stems: [...candidate.stems],
    offsets: candidate.spans.map((span) => ({ start: stream.tokens[span.start]?.start ?? 0, end: stream.tokens[span.end - 1]?.end ?? 0 })),
  }));
}
