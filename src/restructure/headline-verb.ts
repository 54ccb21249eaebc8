/**
 * How a clause headline reads its predicate where the chunker's groups mislead (`clauseHeadlines`): a bare participle
 * with its agent after it is passive, one that opens an aside is no predicate, and a verb with nothing it takes
 * after it may end the headline before a clause of when or why.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { gap, joined } from './sentence-words.js';

interface Predicate {
  start: number;
  end: number;
  passive: boolean;
}

/**
 * Whether the predicate `headLower` (its words `verbWords`) is passive, and whether it opens an aside instead.
 * A participle alone with its agent after it is passive, whatever the chunker made of it (`Survey conducted by Pew
 * Internet`, never `Survey conducts by …`; `fell by 50%` has no agent). A bare participle after the sentence's only
 * comma, right after a noun, going on with a preposition, opens an aside whose clause's verb the tagger missed (`The
 * musical, set on a small Greek island, tells/NOUN …`); `Mirza, who got a wild card …, lost to Williams` is a verb.
 * So is one that names the noun before it (`a chip called …`).
 */
export function participleReading(s: Sentence, tags: readonly string[], predicate: Predicate, verbWords: readonly string[], headLower: string, lang: LanguagePack): { passive: boolean; aside: boolean } {
  const gr = lang.grammar;
  const bare = verbWords.length === 1 && (gr?.irregularParticiples?.has(headLower) === true || (gr?.participle?.test(headLower) === true && lang.headline?.gerund?.(headLower) !== true));
  const agent = gr?.agentMarkers.has(s.words[predicate.end]?.text.toLowerCase() ?? '') === true && joined(s, predicate.end - 1) && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(tags[predicate.end + 1] ?? '');
  const passive = predicate.passive || (bare && agent);
  const commas = (s.text.slice(0, s.words[predicate.start]!.start - s.start).match(/,/gu) ?? []).length;
  const aside = bare && !passive && commas === 1 && /^, +$/u.test(gap(s, predicate.start - 1)) && ['NOUN', 'PROPN'].includes(tags[predicate.start - 1] ?? '') &&
    ['ADP', 'ADV'].includes(tags[predicate.end] ?? '') && joined(s, predicate.end - 1);
  // (A participle that names the common noun before it, `an extra chip called the TPM`, says what it is called:
  // never `Extra chip calls TPM`. A person or firm may call on or name someone: `Nissan named …`, `Sculthorpe called
  // on …`; and `The piracy group called itself …` is its verb.)
  const naming = bare && !passive && tags[predicate.start - 1] === 'NOUN' && joined(s, predicate.start - 1) &&
    lang.headline?.namingParticiples?.has(headLower) === true && ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tags[predicate.end] ?? '');
  return { passive, aside: aside || naming };
}

/**
 * True when a verb (`headLower`) with nothing after it may end a headline before the clause that follows: one of
 * when or why (`Shares in UK Coal have fallen | after …`, `Pariwisata … disorot | setelah …`), never a condition,
 * and not a verb that takes something (`copula` among them; not one that takes the next verb, which has none here:
 * `is quitting | after being quoted`), one that says nothing without the clause (`dilakukan`),
 * nor one a limiter between `subjectEnd` and the verb holds (`tidak hanya diberikan | …, tetapi juga`).
 */
export function endsBeforeAdverbial(s: Sentence, predicate: { end: number }, subjectEnd: number, headLower: string, copula: boolean, lang: LanguagePack): boolean {
  const next = s.words[predicate.end];
  if (!next || !/^ +$/u.test(gap(s, predicate.end - 1)) || lang.headline?.adverbials?.has(next.text.toLowerCase()) !== true) return false;
  const h = lang.headline;
  const takes = lang.grammar?.complementVerbs.has(headLower) === true || lang.grammar?.reportingVerbs.has(headLower) === true || h?.control?.verbs.has(headLower) === true ||
    h?.directives?.verbs.has(headLower) === true || copula;
  const light = h?.lightVerbs?.has(headLower) === true || s.words.slice(subjectEnd, predicate.end).some((w) => h?.limiters?.has(w.text.toLowerCase()) === true);
  return !takes && !light;
}

/**
 * True when the first word after the predicate is a particle that completes its verb (`breaks down`), with a break
 * after it: the sentence's end, punctuation, or a clause of when or why (`Public trust breaks down | because …`).
 */
export function endsOnParticle(s: Sentence, tags: readonly string[], predicate: { end: number }, restAt: readonly number[], lang: LanguagePack): boolean {
  const p = predicate.end;
  const h = lang.headline;
  if (restAt[0] !== p || h?.particles?.has(s.words[p]!.text.toLowerCase()) !== true || !['ADP', 'ADV', 'PART'].includes(tags[p] ?? '')) return false;
  const next = s.words[p + 1]?.text.toLowerCase() ?? '';
  return p + 1 >= s.words.length || /[.,;:!?]/u.test(gap(s, p)) || h.adverbials?.has(next) === true || h.adverbialOpeners?.has(next) === true;
}

/**
 * Whether the predicate takes an object (`o`: where it begins): an object right after the verb (`menangkap pelaku`)
 * makes it transitive, and only then does it lose its prefix. Adverbs between are skipped (`menutup hampir seluruh
 * badan jalan`, `membangun kembali harapan`, `menerima secara formal permohonan`); a verb that directs (`mendorong
 * agar`) or takes an act (`mencoba mendapatkan`) is transitive too. Intransitive only when nothing joined follows, or
 * a preposition or conjunction (`meningkat di`, `menguat dan`): the tagger's slips on what follows (`kerjasama/ADJ`,
 * `kembali/VERB`) leave a transitive verb transitive. `nounObject`: the object is a noun phrase (a modifier opens one
 * too: `reported strong sales`).
 */
export function objectAfter(s: Sentence, tags: readonly string[], predicate: { end: number }, headLower: string, lang: LanguagePack): { o: number; object: boolean; nounObject: boolean } {
  let o = predicate.end;
  const manner = lang.headline?.mannerWords;
  while (o < s.words.length && joined(s, o - 1) && (tags[o] === 'ADV' || tags[o] === 'PART' || (manner?.has(s.words[o]!.text.toLowerCase()) === true) || (o > predicate.end && manner?.has(s.words[o - 1]!.text.toLowerCase()) === true))) o++;
  const nextLower = s.words[o]?.text.toLowerCase() ?? '';
  const directs = (lang.headline?.directives?.verbs.has(headLower) === true && lang.headline.directives.openers.has(nextLower)) ||
    (lang.headline?.control?.verbs.has(headLower) === true && (tags[o] === 'VERB' || lang.headline.control.openers.has(nextLower)));
  const object = directs || (o < s.words.length && joined(s, o - 1) && !['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'SYM'].includes(tags[o] ?? ''));
  const nounObject = object && (['NOUN', 'PROPN', 'NUM', 'DET'].includes(tags[o] ?? '') || (tags[o] === 'ADJ' && joined(s, o) && tags[o + 1] === 'NOUN'));
  return { o, object, nounObject };
}

/**
 * `ends` without those right before a manner (`secara gratis`) in a negated clause, where leaving it out says the
 * opposite: `tidak semua kelas menengah bisa mendapatkan fasilitas | secara gratis` is no `… Bisa Dapatkan Fasilitas`.
 */
export function withManner(
  s: Sentence,
  subject: { start: number; end: number },
  predicate: { start: number; end: number },
  at: readonly number[],
  ends: readonly number[],
  lang: LanguagePack,
): number[] {
  const negation = (i: number): boolean => lang.headline?.negations?.has(s.words[i]?.text.toLowerCase() ?? '') === true;
  let negated = false;
  for (let i = subject.start; i < predicate.end && !negated; i++) negated = negation(i);
  if (!negated) return [...ends];
  return ends.filter((n) => {
    const next = n === 0 ? predicate.end : at[n - 1]! + 1;
    return lang.headline?.mannerWords?.has(s.words[next]?.text.toLowerCase() ?? '') !== true;
  });
}
