/**
 * Where a sentence's main clause starts (`clause.ts`): after a citation that opens it (`Melansir laman resmi …`) and
 * after a leading adverbial set off by punctuation (`Menanggapi hal ini, …`, `In 2024, …`).
 */
import type { Analysis } from './clause.js';
import { nextBreak } from './clause.js';
import { joins, type Token } from './tokens.js';

/**
 * Where the clause starts after a citation that opens the sentence (`Melansir laman resmi Kemensetneg (…) | BLT Kesra
 * menyasar …`, `Dikutip dari Antara | …`): after the citing verb, its preposition, the source's noun phrase and a
 * bracket after it; `from` when there is none, or when no verb group would be left.
 */
export function afterCitation(a: Analysis, from: number): number {
  const { tokens, g, npByStart } = a;
  if (g.citations?.has(tokens[from]?.lower ?? '') !== true) return from;
  let k = from + 1;
  if (tokens[k]?.tag === 'ADP' && joins(tokens, k)) k++;
  // (Capitalised first, the citing verb may have been chunked into the source's phrase: `Melansir/PROPN laman …`.)
  const source = npByStart.get(k) ?? npByStart.get(from);
  if (!source || !joins(tokens, from + 1)) return from;
  k = source.end;
  while (k < tokens.length && a.blocked[k] === 'paren') k++;
  return a.chunks.verbGroups.some((vg) => vg.start >= k) ? k : from;
}

/**
 * The end of a leading adverbial set off by punctuation (`Menanggapi hal ini, …`, `In 2024, …`), or `start` when the
 * first segment is a clause: it begins with a noun phrase and its verb group, or it has a finite verb group after its
 * first word (`Pada 2006 kontribusi mencapai …, sedangkan …`), or it is a noun phrase alone (a subject before an
 * appositive: `Budi, warga Bekasi, …`).
 */
export function leadingAdverbial(a: Analysis, start: number, to: number): number {
  const { tokens, npByStart, vgByStart } = a;
  const end = nextBreak(tokens, start + 1);
  if (end >= to) return start;
  const first = tokens[start] as Token;
  const groups = a.chunks.verbGroups.filter((vg) => vg.start >= start && vg.start < end);
  // A verb group with its auxiliary opens a clause without a subject (`telah mengatur agar …, tetapi …`).
  const opening = vgByStart.get(start);
  if (opening && opening.head > start) return start;
  // (`Sebanyak 26 pegawai … (DJP) Kementerian Keuangan dipecat`: a quantifier before a number counts the subject; the
  // phrase it counts opens the clause, brackets and all.)
  const counted = a.g.quantifiers?.has(first.lower) === true && (tokens[start + 1] as Token | undefined)?.tag === 'NUM' && joins(tokens, start + 1);
  const np = npByStart.get(counted ? start + 1 : start);
  // (A number alone opens an adverbial, `2024, …`; a number that counts a noun opens a subject: `Empat anggota LSM
  // (LSM) terjaring …`.)
  if (np && (first.tag !== 'NUM' || np.head !== start)) {
    let k = np.end;
    while (k < end && !vgByStart.has(k) && (a.blocked[k] === 'relative' || (tokens[k] as Token).tag === 'ADV')) k++;
    if (vgByStart.has(k) || groups.length === 0) return start;
  }
  if (groups.some((vg) => vg.start > start && vg.finite && a.blocked[vg.start] === undefined)) return start;
  return end;
}
