/**
 * What the focus model knows about a candidate: how central the extractor rates it, where and how often the
 * article writes it, what kind of phrase it is (a name, an acronym, a lone common word), whether it is mostly a
 * quoted source, whether it is the subject of the lead's main clause or of the headlines the lead gives, and how it
 * would fare in Yoast's checks.
 * Each feature is a number, most of them 0 or 1; the model weighs them (`model.ts`).
 */
import type { LanguagePack } from '../lang/types.js';
import type { FocusCandidate } from './candidates.js';
import type { FocusContext } from './form.js';
import type { YoastFit } from './yoast-fit.js';

/** The features, in a fixed order (the order of the weights in a language's model). */
export const FEATURES = [
  'centrality',
  'logScore',
  'intro',
  'firstSentence',
  'leadIndex',
  'secondSentence',
  'early',
  'frequency',
  'name',
  'acronym',
  'oneWord',
  'threeWords',
  'commonWord',
  'quoted',
  'subject',
  'object',
  'nominalUse',
  'shortName',
  'variant',
  'leadPhrase',
  'fits',
  'near',
  'shareOk',
  'leadHolds',
  'leadOpens',
  'clauseHolds',
  'overused',
  'adjunct',
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

/** What the features are computed from, besides the candidate. */
export interface FeatureInput {
  ctx: FocusContext;
  lang: LanguagePack;
  /** Lowercased words of the lead's main-clause subject and object (the grammar layer's), when known. */
  subject?: readonly string[];
  object?: readonly string[];
  /** Lowercased words after the lead's main clause's core, in its sentence (adjuncts: `dari Amerika Serikat`). */
  adjunct?: readonly string[];
  /** Part-of-speech tags of each sentence of `ctx` (same order), when the language has a tagger. */
  tags?: readonly (readonly string[] | undefined)[];
}

/**
 * Where the headlines the lead's main clauses give (`clauseHeadlines`, best first) hold the candidate: the first
 * one holds it, opens with it, or a later one holds it. An editor's headline is most often the lead's news.
 */
export interface LeadHeadlines {
  holds: boolean;
  opens: boolean;
  later: boolean;
}

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);
const IN_NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'X', 'SYM']);

/**
 * Share of the occurrences where the phrase is used as a noun phrase: every word tagged as a noun, name, number or
 * modifier, and one of them a noun or a name. 1 without tags (the generic mode cannot tell).
 */
export function nominalShare(found: readonly (readonly [number, number])[], n: number, tags: FeatureInput['tags']): number {
  if (!tags || found.length === 0) return 1;
  let tagged = 0;
  let nominal = 0;
  for (const [si, i] of found) {
    const t = tags[si];
    if (!t) continue;
    tagged++;
    const span = t.slice(i, i + n);
    if (span.every((x) => IN_NOUN_PHRASE.has(x)) && span.some((x) => NOMINAL_TAGS.has(x))) nominal++;
  }
  return tagged === 0 ? 1 : nominal / tagged;
}

/** Sentences and positions where the article writes `words` (lowercased) in a row. */
function occurrences(words: readonly string[], ctx: FocusContext): [number, number][] {
  const out: [number, number][] = [];
  for (const [si, i] of ctx.where(words[0] ?? '')) {
    const sentence = ctx.sentences[si]!;
    if (words.every((w, k) => sentence[i + k]?.lower === w)) out.push([si, i]);
  }
  return out;
}

/**
 * True when the phrase, common words capitalised, is written only inside a longer name, another capitalised word
 * joined to it before or after each time: `Keuangan` of `Menteri Keuangan Purbaya`, `Pusat Statistik` of `Badan Pusat Statistik`,
 * `Elektronik` of `Informasi dan Transaksi Elektronik`. A fragment, not what anyone searches for.
 */
export function nameFragment(phrase: string, ctx: FocusContext): boolean {
  if (!/^\p{Lu}/u.test(phrase)) return false;
  const lower = phrase.toLowerCase().split(/\s+/u);
  // (Only common words capitalised for the name's sake: an acronym or a place inside a longer name, `BPJS` of `BPJS
  // Kesehatan`, `Medan` of `Kota Medan`, is what a searcher types.)
  const { lang } = ctx;
  const common = (w: string): boolean => ctx.writesLower(w) || lang.frequentNouns?.has(w) === true || lang.genericWords?.has(w) === true || lang.commonWords?.has(w) === true;
  if (phrase.split(/\s+/u).some((w) => /^\p{Lu}[\p{Lu}\d]+$/u.test(w)) || !lower.every(common)) return false;
  const found = occurrences(lower, ctx);
  const capital = (slot: { text: string; lower: string } | undefined): boolean => slot !== undefined && /^\p{Lu}/u.test(slot.text) && !ctx.lang.stopwords.has(slot.lower);
  return found.length > 0 && found.every(([si, i]) => {
    const slots = ctx.sentences[si]!;
    const before = slots[i - 1];
    return (before?.joined === true && capital(before)) || (slots[i + lower.length - 1]!.joined && capital(slots[i + lower.length]));
  });
}

/** True when a source marker or reporting verb stands within two words before or after the span. */
function attributed(si: number, i: number, n: number, ctx: FocusContext): boolean {
  const words = ctx.sentences[si]!;
  const { sourceMarkers, reportingVerbs } = ctx.lang;
  const marks = (k: number): boolean => {
    const w = words[k]?.lower;
    return w !== undefined && (sourceMarkers?.has(w) === true || reportingVerbs?.has(w) === true);
  };
  return marks(i - 1) || marks(i - 2) || marks(i + n) || marks(i + n + 1);
}

/** Whether `inner` occurs in `outer` as consecutive items. */
function within(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, k) => outer[i + k] === w)) return true;
  return false;
}

/** Only in the lead clause's adjuncts: neither in its subject nor in its object. */
function inAdjunct(lower: readonly string[], input: FeatureInput): boolean {
  const has = (span: readonly string[] | undefined): boolean => span !== undefined && span.length > 0 && within(span, lower);
  return has(input.adjunct) && !has(input.subject) && !has(input.object);
}

/** The features of one candidate. */
export function featuresOf(c: FocusCandidate, fit: YoastFit, input: FeatureInput, led: LeadHeadlines): Features {
  const { ctx, lang } = input;
  const words = c.phrase.split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase());
  const found = occurrences(lower, ctx);
  const sentences = Math.max(1, ctx.sentences.length);
  const first = found[0]?.[0];
  const quoted = found.filter(([si, i]) => attributed(si, i, lower.length, ctx)).length;
  const one = words.length === 1;
  // Words of the dateline (`JAKARTA -`) before the lead's own first word.
  const dateline = ctx.datelineWords ?? 0;
  const lowercase = c.phrase === c.phrase.toLowerCase();
  return {
    centrality: 1 / (1 + 0.5 * c.rank),
    logScore: Math.log(Math.max(c.score, 1e-3)),
    intro: fit.intro ? 1 : 0,
    firstSentence: first === 0 ? 1 : 0,
    leadIndex: first === 0 ? 1 / (1 + Math.max(0, found[0]![1] - dateline)) : 0,
    secondSentence: found.some(([si]) => si === 1) ? 1 : 0,
    early: first === undefined ? 0 : 1 - first / sentences,
    frequency: Math.log1p(found.length),
    name: /^\p{Lu}/u.test(c.phrase) && !/^\p{Lu}[\p{Lu}\d]+$/u.test(c.phrase) ? 1 : 0,
    acronym: /^\p{Lu}[\p{Lu}\d]+$/u.test(c.phrase) ? 1 : 0,
    oneWord: one ? 1 : 0,
    threeWords: words.length >= 3 ? 1 : 0,
    commonWord: one && lowercase ? 1 : 0,
    quoted: found.length === 0 ? 0 : quoted / found.length,
    subject: input.subject && input.subject.length > 0 && within(input.subject, lower) ? 1 : 0,
    object: input.object && input.object.length > 0 && within(input.object, lower) ? 1 : 0,
    nominalUse: nominalShare(found, lower.length, input.tags),
    shortName: c.origin === 'short name' ? 1 : 0,
    variant: c.origin === 'variant' ? 1 : 0,
    leadPhrase: c.origin === 'phrase' ? 1 : 0,
    fits: fit.fits ? 1 : 0,
    near: fit.near ? 1 : 0,
    shareOk: fit.shareOk ? 1 : 0,
    leadHolds: led.holds ? 1 : 0,
    leadOpens: led.opens ? 1 : 0,
    clauseHolds: led.later ? 1 : 0,
    overused: fit.overused ? 1 : 0,
    adjunct: inAdjunct(lower, input) ? 1 : 0,
  };
}

/**
 * A lone word the language uses everywhere (`uang`, `tersangka`, `money`), as the article writes it: in lowercase,
 * or capitalised only where a sentence or a name begins (`Kesehatan` of `Dinas Kesehatan` beside `kesehatan`).
 * Never a focus while any other candidate remains.
 */
export function isGeneric(phrase: string, ctx: FocusContext): boolean {
  if (phrase.includes(' ') || /^\p{Lu}[\p{Lu}\d]+$/u.test(phrase)) return false;
  const lower = phrase.toLowerCase();
  const { lang } = ctx;
  const frequent = lang.frequentNouns?.has(lower) === true || lang.genericWords?.has(lower) === true || lang.commonWords?.has(lower) === true;
  return frequent && (phrase === lower || ctx.writesLower(lower));
}
