/**
 * Headlines from what a speaker says exists (`Dave mengatakan sampai saat ini belum ada rencana melakukan revisi UU
 * ITE`, `Bambang Sukardi mengatakan, ada 8 partai politik …`): a clause with no subject of its own, which no one
 * does, said as a quotation is (`Dave: Belum Ada Rencana Lakukan Revisi UU ITE`), never given as fact.
 */
import type { Sentence } from '../document/types.js';
import type { SentenceGrammar } from '../grammar/annotate.js';
import type { MainClause } from '../grammar/clause.js';
import type { LanguagePack } from '../lang/types.js';
import type { ClauseHeadline } from './clause-headline.js';
import { headlineRest } from './headline-rest.js';
import { quoteAttribution } from './headline-speaker.js';
import { texts, type ArticleNames } from './headline-subject.js';
import { gap } from './sentence-words.js';
import { abbreviate } from './short-forms.js';

/** Tags of the words a headline leaves out between the verb of saying and `ada` (`sampai saat ini`). */
const BETWEEN = new Set(['ADP', 'DET', 'ADV', 'PART', 'NUM']);

/**
 * The headlines of an existential clause (`lang.headline.existentials`) that a speaker reports before it, in the
 * register's form for a quotation's speaker; none when the speaker cannot be named, or when something other than a
 * time or an adverb stands between what they say and the verb of saying (`mengatakan dari empat program itu,
 * terdapat …`: what the words are of would be lost).
 */
export function existentialHeadlines(
  s: Sentence,
  k: number,
  g: SentenceGrammar,
  clause: MainClause,
  lang: LanguagePack,
  attested: (word: string) => boolean,
  minWords: number,
  names?: ArticleNames,
  antecedent?: readonly string[],
): ClauseHeadline[] {
  const { predicate, reporting: report } = clause;
  if (!predicate || !report || report.position !== 'before' || !report.speaker || report.verb.end > predicate.start) return [];
  const head = s.words[predicate.head]?.text.toLowerCase() ?? '';
  if (lang.headline?.existentials?.has(head) !== true) return [];
  const time = lang.grammar?.timeWords;
  for (let i = report.verb.end; i < predicate.start; i++) {
    const lower = s.words[i]!.text.toLowerCase();
    // (A noun before a demonstrative says when: `saat ini`, `hari itu`.)
    const when = time?.has(lower) === true || (g.tags[i] === 'NOUN' && g.tags[i + 1] === 'DET');
    if (!BETWEEN.has(g.tags[i] ?? '') && !when) return [];
    // (Nor a phrase set off by a comma before the verb, `dari empat program itu, terdapat`: what it is of.)
    if (/,/u.test(gap(s, i))) return [];
  }
  const speakers = quoteAttribution(s, g.tags, report, lang, names, antecedent);
  if (!speakers) return [];
  // (A negation or a limiter before the verb stays: `belum ada`, `hanya ada`.)
  const kept = texts(s, report.verb.end, predicate.start).filter((w) => lang.headline?.negations?.has(w.toLowerCase()) === true || lang.headline?.limiters?.has(w.toLowerCase()) === true);
  const verb = [...kept, ...texts(s, predicate.start, predicate.end)];
  const { rest, ends, clauseFollows, stop } = headlineRest(s, g.tags, predicate, clause.object, head, attested, lang);
  // (What exists is often what a relative clause says of it, `tidak ada siswa | yang …`: cut before it, the headline
  // says another thing, or nothing, `Ada Dua Mobil`.)
  // (So is a verb right after it, `ada lebih dari 500 petugas | diberikan peringatan`.)
  if (lang.words.relatives.includes(s.words[stop]?.text.toLowerCase() ?? '') || ['VERB', 'AUX'].includes(g.tags[stop] ?? '')) return [];
  const headWord = s.words[report.speaker.head]?.text ?? '';
  const out: ClauseHeadline[] = [];
  speakers.forEach((speaker, j) => {
    // (A speaker cut to a word that is not who speaks is none: `Beberapa:` of `Beberapa situs menyebutkan`.)
    if (!speaker.some((w) => w.replace(/:$/u, '') === headWord) && !speaker.some((w) => /^\p{Lu}{2,}/u.test(w))) return;
    // (Something must exist, said in two words or more: `Dave: Belum Ada`, `Ada Penambahan` say nothing.)
    for (const n of [...new Set(ends)].filter((e) => e > 1).sort((a, b) => b - a)) {
      const words = [...speaker, ...verb, ...rest.slice(0, n)];
      const text = abbreviate(words, names?.short).join(' ');
      if (words.length >= minWords) out.push({ text, name: j > 0, complete: n === rest.length && !clauseFollows, rest: n, sentence: k, copula: false, quoted: true, reported: true });
    }
  });
  return out;
}
