/**
 * Names a sentence defines with their short form in brackets: `program makan bergizi gratis (MBG)`, `operasi tangkap
 * tangan (OTT)`. The words whose initials spell the short form are one name, whatever the tagger made of them: no
 * verb or modifier of the clause stands inside it (`bergizi`, `tangkap`), so the clause rules find the verb after it
 * (`… (MBG) sudah menyasar 36,7 juta penerima`). Written in any language; the short form is capitals only.
 */
import type { Upos } from './upos.js';

interface Tagged {
  text: string;
  words: readonly { text: string; start: number; end: number }[];
  start: number;
}

/** Tags a defined name's words hold as they are: a name's, a noun's, a number's. */
const NOMINAL = new Set<Upos>(['NOUN', 'PROPN', 'NUM']);

/** The tags with each defined name's words as nouns (names keep their tag). */
export function withDefinedNames(s: Tagged, tags: readonly Upos[]): Upos[] {
  const out = [...tags];
  const between = (i: number): string => {
    const w = s.words[i];
    const next = s.words[i + 1];
    return w && next ? s.text.slice(w.end - s.start, next.start - s.start) : '';
  };
  for (let j = 1; j < s.words.length; j++) {
    const short = s.words[j]!.text;
    if (!/^\p{Lu}{2,6}$/u.test(short) || !/^\s*\($/u.test(between(j - 1)) || !/^\s*\)/u.test(s.text.slice(s.words[j]!.end - s.start))) continue;
    const n = short.length;
    const from = j - n;
    if (from < 0) continue;
    const words = s.words.slice(from, j);
    // (Only a run of plain words: `makan bergizi gratis`, not across a comma or a bracket.)
    if (words.some((_, k) => k < n - 1 && !/^ +$/u.test(between(from + k)))) continue;
    if (!words.every((w, k) => w.text[0]?.toLowerCase() === short[k]!.toLowerCase())) continue;
    for (let k = from; k < j; k++) if (!NOMINAL.has(out[k]!)) out[k] = 'NOUN';
  }
  return out;
}
