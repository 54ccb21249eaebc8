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

function balanced(text: string): boolean {
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
