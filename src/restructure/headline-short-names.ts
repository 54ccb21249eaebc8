/**
 * Headlines that name a person as editors do (`clauseHeadlines`): where they name a person by the last name the
 * article uses alone, a headline that names them otherwise gives way to the one that names them so (`Howard dismisses
 * fears`, never `Michael Howard …` nor `Tory leader Michael Howard …`) wherever the clause reads so too.
 */
import type { LanguagePack } from '../lang/types.js';
import type { ClauseHeadline } from './clause-headline.js';

/**
 * `out` without the headlines another of the same clause says with a shorter name (in a language whose editors name a
 * person by the last name; not Indonesian, where editors name some by a short name, `Prabowo`, others whole, `Roy
 * Suryo`: the title model weighs the two, and on the dev sets this rule left ROUGE-1 as it was on Detik and lowered it
 * on id-news).
 */
export function byShortNames(out: ClauseHeadline[], lang: LanguagePack): ClauseHeadline[] {
  if (lang.headline?.shortName !== 'last') return out;
  return out.filter((h) => !out.some((o) => o.name && o.sentence === h.sentence && o.rest === h.rest && o.text.length < h.text.length && shortFor(h.text, o.text, lang)));
}

/**
 * True when headline `short` says what `long` says with the subject named by a shorter name that `long`'s subject
 * holds (one or two words: `Howard` in `Tory leader Michael Howard`), not an institution's word (`Real Madrid`,
 * `British Airways` are no `Madrid`, `Airways`).
 */
function shortFor(long: string, short: string, lang: LanguagePack): boolean {
  const words = short.split(' ');
  for (const k of [1, 2]) {
    const tail = words.slice(k).join(' ');
    if (tail === '' || !long.endsWith(` ${tail}`)) continue;
    const head = long.slice(0, -tail.length - 1).split(' ');
    const name = words.slice(0, k);
    const at = head.findIndex((_, i) => name.every((w, j) => head[i + j] === w));
    if (at < 0 || !/^\p{Lu}/u.test(name[0]!)) continue;
    // (Only by the last name: `Serena`, `Billy` name no one so.)
    if (at + k !== head.length) continue;
    return ![...head, ...name].some((w) => lang.grammar?.institutions?.has(w.toLowerCase()) === true);
  }
  return false;
}
