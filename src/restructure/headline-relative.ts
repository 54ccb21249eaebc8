/**
 * What a clause headline does at a relative pronoun after its predicate (`headlineRest`): a relative clause qualifies
 * the phrase before it, and the headline may end there; one of a lone modifier goes with the phrase.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { joined } from './headline-subject.js';

/**
 * At the relative pronoun at word `i`: the index after the lone modifier the headline goes on through (`adaptasi
 * sekolah yang buruk`), or -1 where it stops before the relative clause. `ends` (counts of `rest`'s words the
 * headline may end after) loses those the clause makes wrong; `headLower` is the predicate's head, lowercased.
 */
export function throughRelative(
  s: Sentence,
  tags: readonly string[],
  i: number,
  rest: readonly string[],
  restAt: readonly number[],
  ends: number[],
  headLower: string,
  lang: LanguagePack,
): number {
  // (A modifier with its degree words is one too: `orang yang jauh lebih muda`.)
  let m = i + 1;
  while (m < s.words.length && m - i <= 4 && ['ADJ', 'ADV'].includes(tags[m] ?? '') && joined(s, m - 1)) m++;
  const next = m < s.words.length ? tags[m] ?? '' : '';
  const lone = m > i + 1 && tags[m - 1] === 'ADJ' && (m >= s.words.length || !joined(s, m - 1) || ['ADP', 'SCONJ', 'CCONJ'].includes(next));
  if (lone) {
    // (The phrase with its modifier ends there, not before it.)
    if (ends[ends.length - 1] === rest.length) ends.pop();
    return m;
  }
  // (Not where what the words say exists is what the clause says of it: `tidak ada dana daerah | yang disimpan
  // dalam deposito`, cut there, says there is no money at all.)
  // (Nor `kemungkinan adanya daerah | yang …`: the existential as a noun.)
  const exists = rest.findLastIndex((w) => lang.headline?.existentials?.has(w.toLowerCase().replace(/nya$/u, '')) === true);
  if (exists >= 0) while (ends.length > 0 && ends[ends.length - 1]! > exists) ends.pop();
  // (Nor a copula's complement of one bare noun, which the clause goes on to say what it is: `merupakan seorang
  // pria | yang …`, `menjadi tim | yang …`.)
  const bare = restAt.filter((j) => tags[j] !== 'DET' && tags[j] !== 'NUM');
  if (lang.headline?.bareComplements?.has(headLower) === true && bare.length === 1 && tags[bare[0]!] === 'NOUN') ends.length = 0;
  return -1;
}
