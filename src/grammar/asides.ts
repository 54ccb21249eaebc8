/**
 * Asides of a sentence, which the main clause is never looked for in (`clause.ts` marks them `paren`): parentheses,
 * a pair of spaced dashes, a participle phrase or an appositive with a participle set off by commas before a finite
 * verb, and another name after `alias`.
 */
import type { Analysis } from './clause.js';
import { mark, nextBreak } from './clause.js';
import { joins, type Token } from './tokens.js';

/** A dash with space on both sides, as opposed to a hyphen inside a word. */
const DASH = /\s[-–—]\s/u;

/** Marks the asides of `a`'s sentence in `a.blocked`. */
export function markAsides(a: Analysis): void {
  const { g, tokens, chunks, blocked } = a;
  // Parentheses.
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const before = (tokens[i] as Token).before;
    if (open >= 0 && before.includes(')')) {
      mark(blocked, open, i, 'paren');
      open = -1;
    }
    if (before.includes('(')) open = i;
  }
  if (open >= 0) mark(blocked, open, tokens.length, 'paren');
  // A pair of spaced dashes inside the sentence sets off an aside as brackets do (`Some of Elvis Presley's earliest
  // recordings - including takes of All Shook Up - are going under the hammer`).
  const dash = (i: number): boolean => i > 0 && DASH.test((tokens[i] as Token).before);
  for (let i = 1; i < tokens.length; i++) {
    // (Not a dateline's dash, `JAKARTA - `, `Jakarta (ANTARA) - `: the story starts after it.)
    if (!dash(i) || i <= a.dateline) continue;
    let j = i + 1;
    while (j < tokens.length && !dash(j)) j++;
    if (j >= tokens.length) break;
    mark(blocked, i, j, 'paren');
    i = j;
  }
  // A participle phrase set off by commas before a finite verb (`Keanu Reeves, best known for his role …, has been
  // awarded`) is an aside, as a parenthesis is.
  for (const vg of chunks.verbGroups) {
    if (vg.finite) continue;
    let s = vg.start;
    while (s > 0 && joins(tokens, s) && (tokens[s - 1] as Token).tag === 'ADV') s--;
    if (s === 0 || !(tokens[s] as Token).before.includes(',')) continue;
    const end = nextBreak(tokens, vg.end);
    if (end >= tokens.length || !(tokens[end] as Token).before.includes(',')) continue;
    if (chunks.verbGroups.some((other) => other.finite && other.start >= end)) mark(blocked, s, end, 'paren');
  }
  // So is an appositive phrase with a participle in it set off by commas right before a finite verb (`Shares in
  // Solidere, the Lebanese company founded by Rafik Hariri, fell 15%`): its verb is the phrase's, not the clause's.
  // (Its head may be an adjective the tagger chunks as no noun phrase: `Germany's economy, the biggest among the 12
  // countries sharing the euro, grew …`.)
  for (let s = 1; s < tokens.length; s++) {
    const before = tokens[s - 1];
    if (!before || !['NOUN', 'PROPN'].includes(before.tag) || !(tokens[s] as Token).before.includes(',')) continue;
    const np = chunks.nounPhrases.find((p) => p.start === s);
    if (!np && !['DET', 'ADJ'].includes((tokens[s] as Token).tag)) continue;
    const from = np?.end ?? s + 1;
    const end = nextBreak(tokens, from);
    if (end >= tokens.length || !(tokens[end] as Token).before.includes(',')) continue;
    if (!chunks.verbGroups.some((vg) => vg.start >= from && vg.end <= end)) continue;
    // (Not a speaker and their verb of saying between commas, `Kota Bandung, Bambang Sukardi mengatakan, ada …`: a
    // reporting clause, which the reporting rules take.)
    if (chunks.verbGroups.some((vg) => vg.start === from && vg.end === end && g.reportingVerbs.has((tokens[vg.head] as Token).lower))) continue;
    let v = end;
    while (v < tokens.length && (tokens[v] as Token).tag === 'ADV' && (v === end || joins(tokens, v))) v++;
    if (chunks.verbGroups.some((vg) => vg.finite && vg.start === v)) mark(blocked, s, end, 'paren');
  }
  // So is a place's name set off by commas right before a finite verb, after a noun or name (`Ratusan guru di Mataram,
  // Nusa Tenggara Barat (NTB), bakal mendapatkan …`): where the phrase before is, not the subject.
  for (let s = 1; s < tokens.length; s++) {
    const before = tokens[s - 1] as Token;
    if (!['NOUN', 'PROPN'].includes(before.tag) || !(tokens[s] as Token).before.includes(',') || (tokens[s] as Token).tag !== 'PROPN') continue;
    const end = nextBreak(tokens, s + 1);
    // (Its short form in brackets is part of it: `(NTB)`.)
    let e = end;
    const bracketed = e < tokens.length && (tokens[e] as Token).before.includes('(') && !(tokens[e] as Token).before.includes(',');
    if (bracketed) e = nextBreak(tokens, e + 1);
    // (A place, said so by its short form or by a preposition before the name it places: not the person after an
    // office, `Menko Hukum, HAM, Imigrasi, dan Pemasyarakatan, Yusril Ihza Mahendra, merespons`, who is the subject.)
    if (!bracketed && !(tokens[s - 2]?.tag === 'ADP' && joins(tokens, s - 1))) continue;
    if (e >= tokens.length || !(tokens[e] as Token).before.includes(',')) continue;
    if (!tokens.slice(s, e).every((t) => t.tag === 'PROPN' || t.tag === 'X' || /^\p{Lu}/u.test(t.text))) continue;
    if (finiteVerbAt(a, e)) mark(blocked, s, e, 'paren');
  }
  // So are the wider places a comma list gives after a place, up to the verb (`Warga di Perumahan Pondok Hijau,
  // Ciputat, Tangerang Selatan memprotes …`): the subject is who is there, not the last place.
  const capital = (i: number): boolean => /^\p{Lu}/u.test((tokens[i] as Token).text) && (tokens[i] as Token).tag !== 'VERB';
  for (let s = 2; s < tokens.length; s++) {
    if (!(tokens[s] as Token).before.includes(',') || !capital(s) || !capital(s - 1)) continue;
    // (The place before the first comma is a preposition's object: `di Perumahan Pondok Hijau`.)
    let p = s - 1;
    while (p > 0 && joins(tokens, p) && capital(p - 1)) p--;
    if (p === 0 || (tokens[p - 1] as Token).tag !== 'ADP' || !joins(tokens, p) || blocked[p] !== undefined) continue;
    let e = s;
    let places = 0;
    for (;;) {
      while (e + 1 < tokens.length && joins(tokens, e + 1) && capital(e + 1)) e++;
      e++;
      places++;
      if (e < tokens.length && /^\s*,\s*$/u.test((tokens[e] as Token).before) && capital(e)) continue;
      break;
    }
    // (A list: one name after the comma may be the subject after an adverbial, `Dalam kunjungannya ke Beijing, Cook
    // berkomitmen`.)
    if (places < 2 || e >= tokens.length || !joins(tokens, e)) continue;
    if (finiteVerbAt(a, e)) mark(blocked, s, e, 'paren');
    s = e;
  }
  // Another name for the phrase before (`… alias Mr. Terimakasih`): an aside.
  for (let i = 1; i < tokens.length; i++) {
    if (g.aliases?.has((tokens[i] as Token).lower) !== true) continue;
    let e = i + 1;
    while (e < tokens.length && joins(tokens, e) && ['PROPN', 'NOUN', 'X'].includes((tokens[e] as Token).tag) && /^\p{Lu}/u.test((tokens[e] as Token).text)) e++;
    if (e > i + 1) mark(blocked, i, e, 'paren');
  }
}

/**
 * True when a finite verb group starts at token `e`, or after the words a verb group opens with, whatever their tag
 * (`bakal/NOUN mendapatkan`).
 */
function finiteVerbAt(a: Analysis, e: number): boolean {
  const { g, tokens, chunks } = a;
  let v = e;
  while (v < tokens.length && (['ADV', 'AUX', 'PART'].includes((tokens[v] as Token).tag) || g.verbGroupWords.has((tokens[v] as Token).lower)) && (v === e || joins(tokens, v))) v++;
  return chunks.verbGroups.some((vg) => vg.finite && (vg.start === v || vg.start === e));
}
