/** Cutting sentences into clauses and shorter phrases without leaving a dangling word. */
import type { LanguagePack } from '../lang/types.js';

/** The sentence up to its first clause boundary (comma, semicolon, colon, dash, bracket), terminal stop removed. */
export function mainClause(sentence: string): string {
  const cut = sentence.search(/[,;:(]|\s[–—-]\s/u);
  const clause = cut > 0 ? sentence.slice(0, cut) : sentence;
  return clause.replace(/[.!?…"”’]+$/u, '').trim();
}

/**
 * Prefixes of a clause that end on a content word followed by a function word or the clause end (so the cut
 * never strands `dalam`, `of` or `the`), longest first.
 */
export function cleanPrefixes(clause: string, lang: Pick<LanguagePack, 'stopwords'>): string[] {
  const tokens = clause.split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  for (let n = tokens.length; n >= 1; n--) {
    const last = (tokens[n - 1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const next = (tokens[n] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (last === '' || lang.stopwords.has(last)) continue;
    if (n < tokens.length && next !== '' && !lang.stopwords.has(next)) continue;
    out.push(tokens.slice(0, n).join(' ').replace(/[,;:]+$/u, ''));
  }
  return out;
}

/** Clause boundaries of a sentence: the sentence cut after each comma or semicolon, ending with a period. */
export function clauseCuts(sentence: string): string[] {
  const cuts: string[] = [];
  for (const m of sentence.matchAll(/[,;](?=\s)/gu)) {
    const head = sentence.slice(0, m.index ?? 0).trim();
    if (head.split(/\s+/u).length >= 4) cuts.push(`${head}.`);
  }
  return cuts;
}
