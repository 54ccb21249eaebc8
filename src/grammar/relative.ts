/**
 * Relative clauses (`yang …`, `who …`, `which …`): where one starts and how far it runs, so that neither the noun
 * phrases nor the main clause take its words.
 */
import type { GrammarWords } from '../lang/types.js';
import type { VerbGroup } from './chunks.js';
import { joins, type Token } from './tokens.js';

/**
 * True when the word opens a relative clause. An ambiguous one (`that`) does so only when tagged as a pronoun or a
 * determiner; tagged SCONJ it opens a content clause (`said that …`).
 */
export function isRelativiser(g: GrammarWords, token: Token): boolean {
  if (!g.relativisers.has(token.lower)) return false;
  if (g.ambiguousRelativisers.has(token.lower)) return token.tag === 'PRON' || token.tag === 'DET' || token.tag === 'ADV';
  return true;
}

/**
 * Where the relative clause opened at `r` ends (exclusive): at the next punctuation, or after its own predicate (a verb
 * group, or an adjective: `yang baru`) and what follows it up to the next finite verb group, which belongs to the
 * clause around it (`Pria yang mencuri motor itu | ditangkap polisi`). Before its predicate the clause may have its
 * own subject (`the car that he stole`).
 */
export function relativeExtent(g: GrammarWords, tokens: readonly Token[], groups: readonly VerbGroup[], r: number): number {
  const groupAt = new Map<number, VerbGroup>();
  for (const vg of groups) groupAt.set(vg.start, vg);
  let k = r + 1;
  let predicate = false;
  while (k < tokens.length && joins(tokens, k)) {
    const token = tokens[k] as Token;
    const vg = groupAt.get(k);
    if (vg) {
      if (predicate && vg.finite) break;
      predicate = true;
      k = vg.end;
      continue;
    }
    if (!predicate) {
      if (token.tag === 'ADJ') predicate = true;
      else if (token.tag === 'ADP' || token.tag === 'CCONJ' || token.tag === 'SCONJ') break;
    } else if (isRelativiser(g, token)) break;
    k++;
  }
  return k;
}
