/**
 * Relative clauses (`yang …`, `who …`, `which …`): where one starts and how far it runs, so that neither the noun
 * phrases nor the main clause take its words.
 */
import type { GrammarWords } from '../lang/types.js';
import type { VerbGroup } from './chunks.js';
import { joins, type Token } from './tokens.js';

/**
 * True when word `i` opens a relative clause. An ambiguous one (`that`) does so only when tagged as a pronoun, a
 * determiner or an adverb right after a noun or pronoun (`the evidence that …`); tagged SCONJ it opens a content clause
 * (`said that …`), and without a noun before it is a demonstrative (`That is right`).
 */
export function isRelativiser(g: GrammarWords, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !g.relativisers.has(token.lower)) return false;
  if (!g.ambiguousRelativisers.has(token.lower)) return true;
  const before = tokens[i - 1];
  return (token.tag === 'PRON' || token.tag === 'DET' || token.tag === 'ADV') && before !== undefined &&
    ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(before.tag);
}

/**
 * Where the relative clause opened at `r` ends (exclusive): at the next punctuation, or after its own predicate (a verb
 * group, or an adjective: `yang baru`) and what follows it up to the next finite verb group, which belongs to the
 * clause around it (`Pria yang mencuri motor itu | ditangkap polisi`). Before its predicate the clause may have its
 * own subject (`the car that he stole`) and adjuncts (`yang pada akhir 2006 telah menyentuh …`).
 */
export function relativeExtent(g: GrammarWords, tokens: readonly Token[], groups: readonly VerbGroup[], r: number): number {
  const groupAt = new Map<number, VerbGroup>();
  for (const vg of groups) groupAt.set(vg.start, vg);
  let k = r + 1;
  let predicate = false;
  // The end of the clause's verb group when it takes the next verb into it (`diduga | mencabuli`).
  let serial = -1;
  while (k < tokens.length) {
    if (!joins(tokens, k)) {
      // (A name in quotation marks after the clause's predicate is the clause's: `aduan yang disampaikan melalui kanal
      // 'Lapor Pak Purbaya' | terbagi …` is no `Lapor Pak Purbaya Terbagi`.)
      const named = predicate ? quotedNameEnd(tokens, k) : -1;
      if (named < 0) break;
      k = named;
      continue;
    }
    const token = tokens[k] as Token;
    const vg = groupAt.get(k);
    if (vg) {
      // (A negated participle that names a kind of thing modifies the noun before it: `panggilan tak dikenal`.)
      const kind = predicate && k > r + 1 && ['NOUN', 'PROPN'].includes((tokens[k - 1] as Token).tag) && g.negatedModifiers?.has(tokens.slice(vg.start, vg.end).map((t) => t.lower).join(' ')) === true;
      if (kind) {
        k = vg.end;
        continue;
      }
      // (A verb the clause coordinates with its own goes on in it: `who issued an injunction to try and prevent the
      // sale`, `yang mencuri motor dan menjualnya`.)
      const coordinated = (tokens[k - 1] as Token).tag === 'CCONJ' && joins(tokens, k);
      if (predicate && vg.finite && k !== serial && !coordinated) break;
      // (A verb of saying or thinking takes a clause: the relative clause runs to the punctuation, `Purbaya yang
      // menyatakan dirinya ogah menggunakan APBN …` has no `Purbaya menggunakan APBN`.)
      const head = (tokens[vg.head] as Token).lower;
      if (!predicate && (g.reportingVerbs.has(head) || g.complementVerbs.has(head))) {
        let e = vg.end;
        while (e < tokens.length && joins(tokens, e)) e++;
        return e;
      }
      predicate = true;
      serial = g.serialVerbs?.has((tokens[vg.head] as Token).lower) === true ? vg.end : -1;
      k = vg.end;
      continue;
    }
    if (!predicate) {
      // (A demonstrative after words of the clause closes the phrase it qualifies: `yang terjaga ini | juga membuat`.)
      if (k > r + 1 && g.phraseClosers?.has(token.lower) === true) return k + 1;
      // An adjective is the clause's predicate (`yang baru`), unless it precedes its noun (`which big company`).
      const next = tokens[k + 1];
      if (token.tag === 'ADJ' && !(next && joins(tokens, k + 1) && ['NOUN', 'PROPN', 'ADJ'].includes(next.tag))) predicate = true;
      else if (token.tag === 'CCONJ' || token.tag === 'SCONJ') break;
    } else if (isRelativiser(g, tokens, k) || token.tag === 'SCONJ' || g.resultMarkers?.has(token.lower)) break;
    k++;
  }
  return k;
}

/** Where a name of capitalised words in quotation marks that opens at word `k` ends (exclusive); -1 when none does. */
function quotedNameEnd(tokens: readonly Token[], k: number): number {
  if (!/^\s+["“'‘]$/u.test((tokens[k] as Token).before)) return -1;
  let j = k;
  while (j < tokens.length && j - k < 6 && /^\p{Lu}/u.test((tokens[j] as Token).text) && (j === k || joins(tokens, j))) j++;
  return j > k && (j === tokens.length || /^["”'’]/u.test((tokens[j] as Token).before)) ? j : -1;
}
