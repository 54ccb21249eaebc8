/** Cutting sentences into clauses and shorter phrases without leaving a dangling word. */
import type { LanguagePack } from '../lang/types.js';
import { lowerWords } from './match.js';
import { verbForm } from '../keyphrases/nominal.js';

/** The sentence up to its first clause boundary (comma, semicolon, colon, dash, bracket), terminal stop removed. */
export function mainClause(sentence: string): string {
  // A comma or colon followed by a space (not `8,2` or `10:30`), a semicolon, a bracket, a spaced dash.
  const cut = sentence.search(/[,:](?=\s)|[;(]|\s[–—-]\s/u);
  const clause = cut > 0 ? sentence.slice(0, cut) : sentence;
  return clause.replace(/[.!?…"”’]+$/u, '').trim();
}

/**
 * Prefixes of a clause that end on a content word followed by a function word or the clause end (so the cut
 * never strands `dalam`, `of` or `the`) and not by an initial (`Darmin A. Sigilipu`), longest first.
 */
export function cleanPrefixes(clause: string, lang: Pick<LanguagePack, 'stopwords'>): string[] {
  const tokens = clause.split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  for (let n = tokens.length; n >= 1; n--) {
    const last = (tokens[n - 1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const next = (tokens[n] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (last === '' || lang.stopwords.has(last)) continue;
    if (n < tokens.length && next !== '' && !lang.stopwords.has(next)) continue;
    // An initial goes on with a name: `A.` in `Darmin A. Sigilipu` is no function word.
    if (n < tokens.length && /^\p{Lu}\.$/u.test(tokens[n] ?? '')) continue;
    out.push(tokens.slice(0, n).join(' ').replace(/[,;:]+$/u, ''));
  }
  return out;
}

/** True when brackets and quotes open and close in pairs. */
export function balanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/[“]/g) === count(/[”]/g) && count(/"/g) % 2 === 0;
}

/**
 * Clause boundaries of a sentence: the sentence cut before a comma that opens a subordinate clause (the main
 * clause stays whole), ending with a period. Appositive commas (`Tencent, perusahaan…, telah`) are not cuts.
 */
export function clauseCuts(sentence: string, lang: Pick<LanguagePack, 'words'>): string[] {
  const starters = new Set(lang.words.subordinators);
  const cuts: string[] = [];
  for (const m of sentence.matchAll(/[,;]\s+(\p{L}+)/gu)) {
    if (!starters.has((m[1] ?? '').toLowerCase())) continue;
    const head = sentence.slice(0, m.index ?? 0).trim();
    if (head.split(/\s+/u).length >= 4 && balanced(head)) cuts.push(`${head}.`);
  }
  return cuts;
}

/**
 * The clause without a relative clause between its subject and its verb: "Surface Book yang diperkenalkan dua tahun
 * silam merupakan jawaban Microsoft" becomes "Surface Book merupakan jawaban Microsoft", as a sub-editor would cut
 * it for a headline. Undefined when the clause has no such shape, and when a verb stands before the relative word:
 * the relative clause then qualifies the object ("JK menyoroti kasus korupsi yang … menjadi perbincangan"), and
 * leaving it out would join the object to its verb.
 */
export function withoutRelative(clause: string, lang: LanguagePack): string | undefined {
  const tokens = clause.split(/\s+/u).filter(Boolean);
  const lower = tokens.map((t) => t.toLowerCase());
  const rel = lower.findIndex((t, i) => i > 0 && lang.words.relatives.includes(t));
  if (rel < 1) return undefined;
  if (tokens.slice(0, rel).some((t, i) => i > 0 && t === lower[i] && verbForm(lower[i]!.replace(/[^\p{L}-]/gu, ''), lang))) return undefined;
  const verb = lower.findIndex((t, i) => i > rel + 1 && lang.words.copulas.includes(t));
  if (verb < 0 || verb + 1 >= tokens.length) return undefined;
  const head = tokens.slice(0, rel).join(' ').replace(/[,;:]+$/u, '');
  const tail = tokens.slice(verb).join(' ');
  return `${head} ${tail}`;
}

/**
 * Prefixes of a sentence that end on a content word and do not split a name (two capitalised words in a row) or a
 * number from its unit, longest first: where a description may be cut with an ellipsis. Only those of `maxChars`
 * characters at most, when given (a description asks for nothing longer). Linear in the sentence's length: the
 * brackets and quotes are counted as the prefix grows.
 */
export function wordCuts(sentence: string, lang: Pick<LanguagePack, 'stopwords'>, maxChars = Infinity): string[] {
  const tokens = sentence.replace(/[.!?…]+$/u, '').split(/\s+/u).filter(Boolean);
  const bare = (t: string | undefined): string => (t ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  const count = (t: string, re: RegExp): number => (t.match(re) ?? []).length;
  // Running counts over tokens[0..n): a prefix is balanced as `balanced` would find it.
  let round = 0;
  let curly = 0;
  let straight = 0;
  let length = -1;
  const ok: number[] = [];
  for (let n = 1; n < tokens.length; n++) {
    const token = tokens[n - 1]!;
    round += count(token, /\(/g) - count(token, /\)/g);
    curly += count(token, /“/g) - count(token, /”/g);
    straight += count(token, /"/g);
    length += token.length + 1;
    if (length > maxChars) break;
    const last = bare(token);
    const next = bare(tokens[n]);
    if (last === '' || lang.stopwords.has(last.toLowerCase())) continue;
    if (/^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(next)) continue;
    if (/^\p{N}+$/u.test(last)) continue;
    if (/[(“"‘]$/u.test(token) || round !== 0 || curly !== 0 || straight % 2 !== 0) continue;
    ok.push(n);
  }
  return ok.reverse().map((n) => tokens.slice(0, n).join(' ').replace(/[,;:]+$/u, ''));
}

/** A place or a day set off by a comma: one to three capitalised words or figures (`Jakarta, `, `Senin (20/10), `). */
const PLACE_OR_DAY = /^(?:[\p{Lu}\p{N}][^\s,]*\s?(?:\([^()]{1,20}\)\s?)?){1,3},\s(?=\S)/u;

const relativePatterns = new WeakMap<LanguagePack['words'], RegExp | null>();

/** `, yang …,` / `, which …,`: a relative clause set off by commas, for the language's relative words. */
function relativeBetweenCommas(lang: LanguagePack): RegExp | null {
  let re = relativePatterns.get(lang.words);
  if (re === undefined) {
    const words = lang.words.relatives.join('|');
    re = words ? new RegExp(`,\\s+(?:${words})\\s[^,]{1,120},`, 'iu') : null;
    relativePatterns.set(lang.words, re);
  }
  return re;
}

/**
 * The sentence's main clause as a headline would take it: after an adverbial lead-in and its comma ("On March 25,
 * the agency…" gives "the agency…"); none when the sentence opens with a conjunction or a word pointing back
 * ("But even more…", "It coincides…", "Lantas bagaimana…"), which cannot stand alone. One or two versions.
 */
export function headlineClauses(sentence: string, lang: LanguagePack): string[] {
  const opensWithLeadIn = (text: string): boolean => lang.words.leadIns.has(lowerWords(text)[0] ?? '');
  // A list bullet or a dash the paragraph opens with is no part of a headline (`* Portugal…`, `— Running…`).
  let text = sentence.replace(/^[^\p{L}\p{N}"“‘']+/u, '');
  if (opensWithLeadIn(text)) {
    const comma = text.search(/,\s/u);
    if (comma < 0) return [];
    text = text.slice(comma + 2);
    // The place and day the lead-in sets off too (`Pada saat sidang kabinet di Istana Negara, Jakarta, Senin (20/10),
    // Prabowo memberikan…`): capitalised words or figures, up to three, each before a comma.
    for (let next = PLACE_OR_DAY.exec(text); next; next = PLACE_OR_DAY.exec(text)) text = text.slice(next[0].length);
    if (text.trim() === '' || opensWithLeadIn(text)) return [];
  }
  // A sub-editor may also drop what the sentence puts in brackets (`Erwin (45)`, `Bank Indonesia (BI)`) and a
  // relative clause set off by commas (`Tony Chapron, yang kedapatan menendang…, dijatuhi…`) rather than stop
  // there; the clause as written stays a candidate, its brackets being where it may be cut.
  let trimmed = withoutBrackets(text);
  const relative = relativeBetweenCommas(lang);
  if (relative) trimmed = trimmed.replace(relative, '');
  const clauses = [mainClause(text), mainClause(trimmed)];
  // A title set off by a comma before the name (`Wakil Ketua MPR RI, Eddy Soeparno menegaskan…`): the clause
  // starts at the name.
  const named = afterTitle(text);
  if (named) clauses.push(mainClause(named), mainClause(withoutBrackets(named)));
  return [...new Set(clauses)];
}

/** The text without what it puts in short brackets (`Erwin (45)`, `Bank Indonesia (BI)`). */
function withoutBrackets(text: string): string {
  return text.replace(/\s*\([^()]{1,40}\)/gu, '');
}

/** Most words of a title that a comma sets off before a name. */
const TITLE_WORDS = 6;

/**
 * The sentence after a leading title and its comma, when the sentence opens with one: up to six capitalised words
 * or bracketed abbreviations (`Manajer Persib`, `Wakil Menteri Sosial (Wamensos)`), a comma, then a capitalised word.
 */
function afterTitle(text: string): string | undefined {
  const comma = text.search(/,\s/u);
  if (comma <= 0) return undefined;
  const head = text.slice(0, comma).split(/\s+/u);
  const rest = text.slice(comma + 2);
  if (head.length < 2 || head.length > TITLE_WORDS || !/^\p{Lu}/u.test(rest)) return undefined;
  if (!head.every((w) => /^(?:\p{Lu}|\()/u.test(w))) return undefined;
  // The name set off by a second comma too (`Pebalap Mercedes, Lewis Hamilton, mencegah…`): name and verb join.
  const name = /^((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}),\s(?=\p{Ll})/u.exec(rest);
  return name ? `${name[1]!.trim()} ${rest.slice(name[0].length)}` : rest;
}

/**
 * The clause as a headline would shorten it, by leaving words out and never changing one: without when it happened
 * (`pada Senin (13/10/2025)`, `on Friday`), a leading article (`Seorang`, `A`) and adverbs (`juga`, `also`), per
 * the language's `headlineOmit`. Undefined when nothing is left out or too little remains.
 */
export function compressed(clause: string, lang: Pick<LanguagePack, 'words'>): string | undefined {
  const omit = lang.words.headlineOmit;
  if (!omit) return undefined;
  const bare = (t: string): string => t.toLowerCase().replace(/[^\p{L}]/gu, '');
  const tokens = clause.replace(omit.time, '').split(/\s+/u).filter(Boolean);
  while (tokens.length > 3 && omit.leading.includes(bare(tokens[0]!)) && /^\p{L}+$/u.test(tokens[0]!)) tokens.shift();
  const kept = tokens.filter((t, i) => i === tokens.length - 1 || !omit.words.includes(t.toLowerCase()));
  const text = kept.join(' ').replace(/\s+([,;:])/gu, '$1');
  if (kept.length < 3 || text === clause) return undefined;
  return /^\p{Ll}/u.test(text) && /^\p{Lu}/u.test(clause) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
