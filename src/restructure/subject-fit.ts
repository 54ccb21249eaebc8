/**
 * Subjects a clause headline never stands on (`clauseHeadlines`): words that link to the text before or open a
 * clause, a time, a word that points back, a piece of a name or of a word glued to another. Each says nothing of who
 * did what to a reader who has only the headline.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { linksOn } from './headline-ends.js';
import { gap, joined } from './sentence-words.js';

interface Span {
  start: number;
  end: number;
  head: number;
}

/**
 * True when the subject as the clause rules give it opens wrong: a transition word alone (`Alhasil, mengutip
 * laporan ICW …`), a word that opens a
 * clause (`how indispensable people were beginning …`), or one that opens a clause of when or why or links a topic
 * (`Usai pergantian posisi Menkeu …`): none of them is who did it.
 */
export function opensWrong(s: Sentence, subject: Span, lang: LanguagePack): boolean {
  const first = s.words[subject.start]?.text.toLowerCase() ?? '';
  if (subject.end - subject.start === 1 && lang.transitionWords.includes(first)) return true;
  return lang.headline?.clauseOpeners.has(first) === true || linksOn(first, lang);
}

/**
 * True when the subject names no one a headline can stand on: a time (`Dulu`, `Beberapa hari lalu`: when is not
 * who), one that points back (`Pendahulunya`, `salah satunya`), one that starts inside a name (`3` of `Doom 3`), or
 * one glued to the word before it (`RW` of `ketua RT/RW`).
 */
export function pointsElsewhere(s: Sentence, tags: readonly string[], subject: Span, lang: LanguagePack): boolean {
  const timed = (j: number): boolean => lang.grammar?.timeWords?.has(s.words[j]!.text.toLowerCase()) === true;
  const { start, end, head } = subject;
  if (timed(head) && s.words.slice(start, end).every((_, j) => timed(start + j) || ['DET', 'NUM'].includes(tags[start + j] ?? ''))) return true;
  // (Nor a question: `kira-kira apa | … melakukan perbaikan`.)
  if (s.words.slice(start, end).some((w) => lang.headline?.interrogatives?.has(w.text.toLowerCase()) === true)) return true;
  // (A noun that points back: `Pendahulunya`; or a phrase closed by such a word, `salah satunya`.)
  const headText = (s.words[head]?.text ?? '').toLowerCase();
  if (lang.code === 'id' && ((/nya$/u.test(headText) && tags[head] === 'NOUN') || (tags[end - 1] === 'DET' && /nya$/u.test(s.words[end - 1]!.text)))) return true;
  // (Nor a modifier made a noun by the clitic, whose verb after it is what it is of: `alasan pentingnya | menjaga
  // inflasi` is the reason it matters to curb inflation, not a reason that curbs it.)
  if (tags[end - 1] === 'ADJ' && end - 1 > start && lang.headline?.pointingSuffix?.test(s.words[end - 1]!.text) === true) return true;
  // (A capitalised word opening the sentence is no name: `Sekitar 300.000 siswa …`.)
  if (start > 0 && joined(s, start - 1) && /^\p{Lu}/u.test(s.words[start - 1]!.text) && tags[start - 1] === 'PROPN' && tags[start] === 'NUM') return true;
  // (A name in a list of places a preposition opens, `… di Legian, Kuta, Badung, dibunuh`: where, not who; not the
  // subject after a place set first, `In Washington, the department said …`.)
  if (start > 0 && /^, +$/u.test(gap(s, start - 1)) && /^, +$/u.test(gap(s, end - 1))) {
    let j = start - 1;
    while (j > 0 && tags[j] === 'PROPN' && (joined(s, j - 1) || /^, +$/u.test(gap(s, j - 1)))) j--;
    if (tags[j] === 'ADP' && lang.headline?.placeOpeners?.has(s.words[j]!.text.toLowerCase()) === true) return true;
  }
  // (A lowercase word right after a verb inside the sentence is that verb's complement: `if they plead guilty | have
  // been watered down` names no one.)
  // (Not the subject of what a verb of saying reports: `Polisi menyebut tersangka merupakan …`.)
  const verb = s.words[start - 1]?.text.toLowerCase() ?? '';
  const reports = lang.grammar?.reportingVerbs.has(verb) === true || lang.grammar?.complementVerbs.has(verb) === true;
  if (start > 1 && head === start && end === start + 1 && tags[start - 1] === 'VERB' && !reports && joined(s, start - 1) && /^\p{Ll}/u.test(s.words[start]!.text)) return true;
  return start > 0 && /^[/\\]$/u.test(gap(s, start - 1));
}

/**
 * Where a subject the chunker ended before its own names ends instead, when only names stand between it and its
 * predicate: the short form in brackets (`Otorita Ibu Kota Nusantara (IKN)`), the person after an office, or a place
 * or body after the short form (`Pemerintah Provinsi (Pemprov) NTB`, `… (PP) PBSI`; `place`), never a person's name
 * there (`(Kemenkeu) Bimo Wijayanto`, whom the office words name). Undefined when none.
 */
export function ownNames(s: Sentence, tags: readonly string[], subject: Span, predicateStart: number, lang: LanguagePack): { end: number; place: boolean } | undefined {
  if (subject.end >= predicateStart || !tags.slice(subject.end, predicateStart).every((t) => t === 'PROPN')) return undefined;
  const between = s.text.slice(s.words[subject.end - 1]!.end - s.start, s.words[predicateStart - 1]!.end - s.start).trim();
  const office = s.words.slice(subject.start, subject.end).some((w) => lang.grammar?.titles.has(w.text.toLowerCase()) === true);
  const after = /^\([^()]*\)((?:\s+[^\s()]+)*)$/u.exec(between)?.[1]?.trim().split(/\s+/u).filter(Boolean);
  if (after === undefined) return office ? { end: predicateStart, place: false } : undefined;
  const place = after.length > 0 && !office;
  const named = after.length <= 1 || after.some((w) => /^\p{Lu}[\p{Lu}\d]+$/u.test(w)) || lang.grammar?.institutions?.has(after[0]!.toLowerCase()) === true;
  return named || office ? { end: predicateStart, place: place && named } : undefined;
}

/**
 * A person's name set off by commas right before the predicate, after a longer subject (`Terdakwa kasus …, Bambang
 * Tri Mulyono, mengajukan PK`): who the subject is, as a headline names them. Its short form in brackets stays out
 * (`Joko Widodo (Jokowi)`). Undefined when there is none.
 */
export function apposedName(s: Sentence, tags: readonly string[], subject: { start: number; end: number }, predicateStart: number, lang: LanguagePack): Span | undefined {
  const e = predicateStart;
  const subjectEnd = subject.end;
  // (Not after a subject a preposition goes on, where modifiers precede their noun: the name is the preposition's
  // object's, `Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave`.)
  if (lang.modifierPosition === 'before' && tags.slice(subject.start, subjectEnd).includes('ADP')) return undefined;
  if (e < 2 || !/^,\s+$/u.test(gap(s, e - 1))) return undefined;
  let end = e;
  // (Past a short form in brackets: `Joko Widodo (Jokowi),`.)
  if (/^\)?,\s+$/u.test(gap(s, e - 1)) && /^\s*\(\s*$/u.test(gap(s, e - 2))) end = e - 1;
  let start = end;
  while (start > subjectEnd && tags[start - 1] === 'PROPN' && (start === end || /^\s+$/u.test(gap(s, start - 1)))) start--;
  if (start === end || end - start > 4 || start <= subjectEnd - 1 || !/,\s+$/u.test(gap(s, start - 1))) return undefined;
  // (Not the last of a comma list of names, a wider place: `Polres Sumba Timur, Nusa Tenggara Timur,`, `Yorba Linda,
  // CA,`; nor one of several, `including the chairman, David Mackay,`.)
  if (tags[start - 1] === 'PROPN' && /^,\s+$/u.test(gap(s, start - 1))) return undefined;
  // (Nor a speaker's aside the tagger ran into a name: `, jelas/PROPN Risal,`.)
  if (!s.words.slice(start, end).every((w) => /^\p{Lu}/u.test(w.text))) return undefined;
  if (s.words.slice(subjectEnd, start).some((w) => lang.headline?.linkWords.has(w.text.toLowerCase()) === true)) return undefined;
  return { start, end, head: end - 1 };
}

