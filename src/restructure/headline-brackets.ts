/**
 * What a clause headline does where the words after its predicate meet a bracket (`headlineRest`): a name closed by
 * its short form ends there, or the headline goes on past the short form to what the phrase or the act goes on with;
 * and where the act a directive asks for stands later in the clause.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { joined } from './headline-subject.js';

/** What the headline does at the gap before word `i`: end there, and go on at `resume` (-1: stop). */
export interface BracketStep {
  end: boolean;
  resume: number;
  /** It goes on to the act a directive asks for, with no opener before it. */
  asked: boolean;
}

/**
 * The step at the gap before word `i` after a predicate headed by `headLower`; `state.contiguous`: the words so far
 * run up to word `i - 1`.
 */
export function acrossBracket(
  s: Sentence,
  tags: readonly string[],
  i: number,
  headLower: string,
  lang: LanguagePack,
  state: { directed: boolean; embedded: boolean; contiguous: boolean },
): BracketStep {
  const between = (a: number, b: number): string => s.text.slice(s.words[a]!.end - s.start, s.words[b]!.start - s.start);
  // A name closed by its short form in brackets (`bantuan langsung tunai sementara (BLTS)`) is whole there.
  const bracketed = /^\s*\($/u.test(between(i - 1, i)) && /^\p{Lu}[^\s]*\)/u.test(s.text.slice(s.words[i]!.start - s.start));
  // (Not when the sentence goes on with a verb after the bracket: `program … (MBG) sudah menyasar` is a clause.)
  const after = s.words.findIndex((w, j) => j > i && /\)/u.test(s.text.slice(s.words[j - 1]!.end - s.start, w.start - s.start)));
  const goesOn = after > 0 && ['VERB', 'AUX', 'ADV', 'PART'].includes(tags[after] ?? '');
  const end = bracketed && !goesOn && state.contiguous && ['NOUN', 'PROPN', 'ADJ'].includes(tags[i - 1] ?? '');
  // (Past it to the act a directive asks for: `mengimbau pemerintah daerah (Pemda) agar mengendalikan …`.)
  const opener = after > 0 ? s.words[after]!.text.toLowerCase() : '';
  const directive = lang.headline?.directives?.verbs.has(headLower) === true && lang.headline.directives.openers.has(opener);
  // (And past it to what the phrase goes on with: `memanfaatkan Artificial Intelligence (AI) untuk perbuatan
  // cabul`, which the headline says with the short form.)
  const closes = after > 0 && /^\)\s+$/u.test(between(after - 1, after));
  const phraseGoesOn = bracketed && closes && after === i + 1 && ['ADP', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(tags[after] ?? '') && state.contiguous;
  if (phraseGoesOn || (bracketed && directive && !state.directed && closes)) return { end, resume: after, asked: false };
  // (Or to the act itself, where no opener stands before it: `mengajak Pemerintah Provinsi Kalimantan Timur
  // (Pemprov Kaltim) bersinergi …`, which ended on the one asked, `Gus Ipul Ajak Pemerintah Provinsi …`.)
  const opens = /\(\s*$/u.test(between(i - 1, i));
  const asked = opens && closes && after - i <= 4 && !state.directed && !state.embedded && tags[after] === 'VERB' && lang.headline?.directives?.verbs.has(headLower) === true;
  return { end, resume: asked ? after : -1, asked };
}

/**
 * Where a modal and its verb follow a noun in the clause from word `i` on (`… yang menjerat suaminya | dapat
 * dikembalikan`): the act a directive asks for, after its object's relative clause (-1: nowhere).
 */
export function askedLater(s: Sentence, tags: readonly string[], i: number, lang: LanguagePack): number {
  for (let j = i + 1; j + 1 < s.words.length && joined(s, j - 1); j++) {
    // (Or the opener of the act: `has asked a US banker and former … director | to run its central bank`.)
    const lower = s.words[j]!.text.toLowerCase();
    const opens = lang.verbMarkers?.has(lower) === true || lang.headline?.directives?.openers.has(lower) === true;
    if (opens && ['NOUN', 'PROPN'].includes(tags[j - 1] ?? '') && tags[j + 1] === 'VERB' && joined(s, j)) return j;
  }
  return -1;
}
