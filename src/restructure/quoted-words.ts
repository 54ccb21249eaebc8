/**
 * Words a headline's rest (`headline-rest.ts`) takes together because of the marks around them: a name or a word in
 * quotation marks (`"Duta Muda BPJS Kesehatan"`, `"shocking" levels`) and an amount's conversion in brackets, which
 * it leaves out (`£1.5m ($2.8m) bid`).
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { percentOf } from './headline-ends.js';

/**
 * The index of the word after an amount's conversion in brackets that follows word `i` (`£1.5m ($2.8m) bid`: the
 * index of `bid`), when the sentence goes on after it with a space; else -1. The conversion says the amount again.
 */
export function conversionAfter(s: Sentence, i: number): number {
  const w = s.words[i];
  if (!w || percentOf(s, i) === undefined) return -1;
  const m = /^ \((?:\p{Sc}|[A-Z]{1,3}\$?)?\d[\d.,]*(?:bn|m|k)?\) (?=\S)/u.exec(s.text.slice(w.end - s.start));
  if (!m) return -1;
  const next = s.words.findIndex((x) => x.start - s.start >= w.end - s.start + m[0].length);
  return next > i ? next : -1;
}

/** Most words of a name in quotation marks that a headline takes whole. */
const QUOTED_NAME_WORDS = 5;

/**
 * The index of the last word of a name in quotation marks that opens at word `i` (`"Duta Muda BPJS Kesehatan"`):
 * capitalised words only, closed within a few words; -1 when there is none.
 */
export function quotedName(s: Sentence, i: number): number {
  const gap = (a: number, b: number): string => s.text.slice(s.words[a]!.end - s.start, s.words[b]!.start - s.start);
  // (In single quotation marks too: `bertajuk 'No Kings'`.)
  const open = /^ +(["“'‘])$/u.exec(gap(i - 1, i))?.[1];
  if (open === undefined) return -1;
  const close = open === '"' || open === '“' ? /^["”]/u : /^['’](?!\p{L})/u;
  for (let j = i; j < s.words.length && j < i + QUOTED_NAME_WORDS; j++) {
    if (!/^[\p{Lu}\p{N}]/u.test(s.words[j]!.text)) return -1;
    const after = j + 1 < s.words.length ? gap(j, j + 1) : s.text.slice(s.words[j]!.end - s.start);
    if (close.test(after)) return j;
    if (!/^ +$/u.test(after)) return -1;
  }
  return -1;
}

/**
 * The last word of one or two words in quotation marks from word `i` on, inside a phrase that goes on after them (`"shocking"
 * levels`); -1 when there are none.
 */
export function scareQuoted(s: Sentence, i: number): number {
  const gap = (a: number, b: number): string => s.text.slice(s.words[a]!.end - s.start, s.words[b]!.start - s.start);
  if (!/^ +["“]$/u.test(gap(i - 1, i))) return -1;
  for (let j = i; j < i + 2 && j + 1 < s.words.length; j++) {
    const after = gap(j, j + 1);
    if (/^["”] +$/u.test(after)) return j;
    if (!/^ +$/u.test(after)) return -1;
  }
  return -1;
}

/** Words in quotation marks a headline takes at word `i` after its predicate: their headline forms and places. */
export interface QuotedStep {
  words: string[];
  at: number[];
  /** The headline may end after them. */
  end: boolean;
  /** The word after them. */
  resume: number;
}

/**
 * The words in quotation marks at word `i` that go on the phrase after a predicate ending at `predicateEnd` (`at`:
 * the sentence's words taken so far): a name, without its marks (`menggelar pemilihan "Duta Muda BPJS Kesehatan"`);
 * a name a verb gives the phrase, in the headline's single marks (`bertajuk 'No Kings'`); a word or two inside the
 * phrase, in single marks (`reached "shocking" levels` → `reach 'shocking' levels`). Undefined when there are none.
 */
export function quotedStep(s: Sentence, i: number, predicateEnd: number, at: readonly number[], lang: LanguagePack): QuotedStep | undefined {
  const last = at[at.length - 1];
  const marked = (from: number, to: number, open: number): string[] =>
    Array.from({ length: to - from + 1 }, (_, k) => `${from + k === open ? "'" : ''}${s.words[from + k]!.text}${from + k === to ? "'" : ''}`);
  const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const quoted = i > predicateEnd && last === i - 1 ? quotedName(s, i) : -1;
  if (quoted > 0) return { words: span(i, quoted).map((k) => s.words[k]!.text), at: span(i, quoted), end: true, resume: quoted + 1 };
  // (In the headline's single quotation marks, as editors mark a title: `Bertajuk 'No Kings'`.)
  const named = i > predicateEnd && last === i - 1 && lang.grammar?.namers?.has(s.words[i]!.text.toLowerCase()) === true ? quotedName(s, i + 1) : -1;
  if (named > 0) return { words: [s.words[i]!.text, ...marked(i + 1, named, i + 1)], at: span(i, named), end: true, resume: named + 1 };
  // (Also after an article the headline leaves out: `introduce a "tough" federal budget`.)
  const drop = lang.headline?.dropDeterminers;
  const scare = i === predicateEnd || last === i - 1 || (last === i - 2 && drop?.has(s.words[i - 1]!.text.toLowerCase()) === true) ? scareQuoted(s, i) : -1;
  if (scare > 0) return { words: marked(i, scare, i), at: span(i, scare), end: false, resume: scare + 1 };
  return undefined;
}
