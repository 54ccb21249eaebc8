import { LEMMAS } from './lemma-set.js';

/**
 * Indonesian inflected verb forms, recognised by their affixes (`me-…-kan`, `di-…-i`, `meng-`, `ber-`), so that
 * the keyphrase extractor can rank them low: news is tagged with nouns and names, not with `meningkatkan`.
 * A heuristic on the word and its Snowball stem; it errs towards saying no. Owned by the keyphrase work.
 */

/** Nouns that look like verb forms to the rules below. */
const exceptions: ReadonlySet<string> = new Set([
  'menteri', 'berita', 'mereka', 'merdeka', 'mentari', 'bendahara', 'melati', 'meriam', 'merpati',
  'tersangka', 'terdakwa', 'terminal', 'ternak', 'teroris', 'terapi', 'teras', 'terigu', 'termin', 'tertib',
  'berlian', 'menara', 'mentega',
  // Loanwords that begin with `di-` or `ter-`: nouns and adjectives of the news, never passives.
  ...`digital digitalisasi dinamis dinamika dinamit dinasti disiplin diesel diet dialog diktator diploma diplomat
  diplomasi diplomatik direksi direktur direktorat direktori distribusi distributor divisi dimensi diagnosis
  diagnosa diabetes diaspora dividen diskusi dilema diversifikasi disrupsi disabilitas distorsi dietetik difteri
  dioksida disertasi diskriminasi diskriminatif dispensasi diare diferensiasi dinas distrik diskon
  terorisme teritori teritorial terminologi termometer`.split(/\s+/u),
]);

/**
 * True when the lowercase `word` is an inflected verb form: its stem (`stem`) lost a verbal prefix, and a suffix
 * or the prefix's sound change confirms it.
 */
export function isVerbOrAdverb(word: string, stem: string): boolean {
  if (!/^[a-z]+$/u.test(word) || exceptions.has(word)) return false;
  if (isBarePassive(word, stem)) return true;
  // A headline's bare verb with `-kan` whose root and form the treebanks attest (`tekankan`, `sampaikan`): not
  // `pasukan`, whose `pasu` is no root.
  if (word === `${stem}kan` && stem.length >= 3 && LEMMAS.has(word) && LEMMAS.has(stem)) return true;
  const lost = word.length - stem.length;
  // `me-` before l, r, w, y adds no sound: `melatih` (latih), `merawat`, `mewakili`, `meyakini`.
  if (/^me[lrwy]/u.test(word)) return lost >= 2;
  // Each rule below can only say yes: a word that fails one may pass the next (`mencari`, stem `cari`, ends in
  // `-i` without losing a suffix, yet `men-` before c is a verbal prefix; so is `mem-` in `memakai`).
  if (/^(?:me|di|memper|diper)[a-z]+(?:kan|i)$/u.test(word) && lost >= 4) return true;
  if (/^(?:meng[aeiouhgk]|meny[aeiou]|mem[bpfaeiou]|men[dcjtsz]|me[lrwymn])/u.test(word) && lost >= 3) return true;
  return /^(?:ber|bel)/u.test(word) && lost >= 3;
}

/**
 * True for a bare passive or stative form, `di-` or `ter-` plus the stem and nothing else (`dianggap`, `terjaga`):
 * a verb or adjective, never a heading's subject.
 */
export function isBarePassive(word: string, stem: string): boolean {
  if (exceptions.has(word) || stem.length < 4) return false;
  return word === `di${stem}` || word === `ter${stem}`;
}

/** `-nya` (his, her, its, the) after at least four letters: `suaminya`, `Twitternya`, not `hanya`, `Kenya`. */
const CLITIC = /^(\p{L}{4,})nya$/u;

/**
 * The word without its possessive clitic `-nya`, as a tag shows it (`kantornya` → `kantor`), when the stemmer
 * agrees that the clitic is one (both forms share their stem); otherwise the word itself.
 */
export function bareForm(word: string, stem: (w: string) => string): string {
  const match = CLITIC.exec(word);
  const bare = match?.[1];
  if (!bare) return word;
  return stem(bare.toLowerCase()) === stem(word.toLowerCase()) ? bare : word;
}
