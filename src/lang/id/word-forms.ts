/**
 * Indonesian inflected verb forms, recognised by their affixes (`me-…-kan`, `di-…-i`, `meng-`, `ber-`), so that
 * the keyphrase extractor can rank them low: news is tagged with nouns and names, not with `meningkatkan`.
 * A heuristic on the word and its Snowball stem; it errs towards saying no. Owned by the keyphrase work.
 */

/** Nouns that look like verb forms to the rules below. */
const exceptions: ReadonlySet<string> = new Set([
  'menteri', 'berita', 'mereka', 'merdeka', 'mentari', 'bendahara', 'melati', 'meriam', 'merpati',
  'tersangka', 'terdakwa', 'terminal', 'ternak', 'teroris', 'terapi', 'teras', 'terigu', 'termin', 'tertib',
]);

/**
 * True when the lowercase `word` is an inflected verb form: its stem (`stem`) lost a verbal prefix, and a suffix
 * or the prefix's sound change confirms it.
 */
export function isVerbOrAdverb(word: string, stem: string): boolean {
  if (!/^[a-z]+$/u.test(word) || exceptions.has(word)) return false;
  if (isBarePassive(word, stem)) return true;
  const lost = word.length - stem.length;
  // `me-` before l, r, w, y adds no sound: `melatih` (latih), `merawat`, `mewakili`, `meyakini`.
  if (/^me[lrwy]/u.test(word)) return lost >= 2;
  if (/^(?:me|di|memper|diper)[a-z]+(?:kan|i)$/u.test(word)) return lost >= 4;
  if (/^(?:meng[aeiouhgk]|meny[aeiou]|mem[bpfaeiou]|men[dcjtsz]|me[lrwymn])/u.test(word)) return lost >= 3;
  if (/^(?:ber|bel|ter)/u.test(word)) return lost >= 3 && !/^ter/u.test(word);
  return false;
}

/**
 * True for a bare passive or stative form, `di-` or `ter-` plus the stem and nothing else (`dianggap`, `terjaga`):
 * a verb or adjective, never a heading's subject.
 */
export function isBarePassive(word: string, stem: string): boolean {
  if (exceptions.has(word) || stem.length < 4) return false;
  return word === `di${stem}` || word === `ter${stem}`;
}
