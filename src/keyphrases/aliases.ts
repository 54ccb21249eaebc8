/**
 * Two ways news refers to one thing by two phrases, merged so that they rank together:
 * - an acronym defined in brackets, `Bank Indonesia (BI)`, `LPS (Lembaga Penjamin Simpanan)` or translated,
 *   `kecerdasan buatan (AI)`: the more frequent of the two stands for both;
 * - a person named in full, then by one part of the name, `Jensen Huang … Huang`: the full name stands for both.
 */
import type { Candidate, TokenRange } from './candidates.js';
import type { Token, TokenStream } from './tokens.js';

/**
 * Where merged candidates went: the key of an absorbed candidate → the candidate that took it (`dewan pimpin
 * nasional` → the candidate of `DPN`), so that a later step looking for the long form finds it. The merging steps
 * fill it; `extractKeyphrases` owns it, one per article.
 */
export type Merges = Map<string, Candidate>;

/** The candidate of `key`, or the one it was merged into (following later merges of that one too). */
function candidateOf(candidates: ReadonlyMap<string, Candidate>, merges: Merges, key: string): Candidate | undefined {
  let found = candidates.get(key) ?? merges.get(key);
  for (let hops = 0; found && candidates.get(found.key) !== found && hops < 4; hops++) found = merges.get(found.key);
  return found && candidates.get(found.key) === found ? found : undefined;
}

/**
 * Moves the occurrences of `source` (those in `spans`, by default all) into `target` and forgets `source`.
 */
function absorb(
  candidates: Map<string, Candidate>,
  merges: Merges,
  target: Candidate,
  source: Candidate,
  spans: readonly TokenRange[] = source.spans,
): void {
  if (target === source) return;
  target.spans = [...target.spans, ...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  target.absorbed = [...(target.absorbed ?? []), ...(source.absorbed ?? []), ...source.spans];
  target.proper += source.proper;
  target.lower += source.lower;
  target.acronym += source.acronym;
  target.inHeading += source.inHeading;
  candidates.delete(source.key);
  merges.set(source.key, target);
}

/** Key of the tokens `[start, end)`. */
function keyOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.stem)
    .join(' ');
}

/** First letter of a word, uppercased, for matching initials. */
const initial = (t: Token): string => t.text.charAt(0).toUpperCase();

/** Letters of an acronym (`A.S.` → `AS`, `COVID-19` → `COVID`). */
const lettersOf = (t: Token): string => t.text.replace(/[^\p{Lu}]/gu, '');

/**
 * The long form whose initials spell `letters`, among the words ending at `last` (going back) or starting at
 * `first` (going on), inside one chunk. Interior function words may be skipped (`Bank of America`).
 */
function longForm(
  tokens: readonly Token[],
  letters: string,
  from: number,
  step: 1 | -1,
): { start: number; end: number } | undefined {
  const anchor = tokens[from];
  if (!anchor || anchor.stop) return undefined;
  let matched = 0;
  let i = from;
  for (; matched < letters.length; i += step) {
    const t = tokens[i];
    if (!t || t.chunk !== anchor.chunk || t.acronym || t.weak) return undefined;
    if (t.stop) continue;
    const letter = step === -1 ? letters[letters.length - 1 - matched] : letters[matched];
    if (initial(t) !== letter) return undefined;
    matched++;
  }
  const other = i - step;
  return step === -1 ? { start: other, end: from + 1 } : { start: from, end: other + 1 };
}

/**
 * A long form in another language than its acronym, written just before it in brackets (`kecerdasan buatan (AI)`,
 * `Dana Moneter Internasional (IMF)`): as many content words as the acronym has letters, in one chunk.
 */
function translated(tokens: readonly Token[], letters: string, j: number): { start: number; end: number } | undefined {
  const start = j - letters.length;
  const anchor = tokens[j - 1];
  if (start < 0 || !anchor) return undefined;
  for (let i = start; i < j; i++) {
    const t = tokens[i];
    if (!t || t.chunk !== anchor.chunk || t.stop || t.weak || t.acronym) return undefined;
  }
  return { start, end: j };
}

/** Merges acronyms with the long forms they are defined by, in either order. */
export function mergeAcronyms(candidates: Map<string, Candidate>, stream: TokenStream, merges: Merges): void {
  const { tokens } = stream;
  tokens.forEach((t, j) => {
    if (!t.acronym) return;
    const letters = lettersOf(t);
    if (letters.length < 2 || letters.length > 6) return;
    let range: { start: number; end: number } | undefined;
    if (t.openBracket && t.closeBracket) range = longForm(tokens, letters, j - 1, -1) ?? translated(tokens, letters, j);
    const next = tokens[j + 1];
    if (!range && next?.openBracket) {
      const r = longForm(tokens, letters, j + 1, 1);
      if (r && tokens[r.end - 1]?.closeBracket) range = r;
    }
    if (range) mergeDefinition(candidates, stream, merges, j, range);
  });
}

/**
 * Merges the short form at token `j` with the long form at `range` that defines it (`Bank Indonesia (BI)`): the
 * more frequent of the two stands for both, the short one on a tie.
 */
export function mergeDefinition(candidates: Map<string, Candidate>, stream: TokenStream, merges: Merges, j: number, range: TokenRange): void {
  const { tokens } = stream;
  const short = candidates.get(tokens[j]?.stem ?? '');
  const long = candidates.get(keyOf(tokens, range.start, range.end));
  if (!short || !long || short === long) return;
  const [target, source] = long.spans.length > short.spans.length ? [long, short] : [short, long];
  // The definition itself, `Bank Indonesia (BI)`, is one mention: the target keeps its own half of it.
  const definition = source === long ? range : { start: j, end: j + 1 };
  const spans = source.spans.filter((s) => s.start !== definition.start || s.end !== definition.end);
  absorb(candidates, merges, target, source, spans);
}

/** A capitalised word that can be part of a name (not a function word, generic word, number or acronym). */
const nameWord = (t: Token | undefined): t is Token =>
  !!t && t.capital && !t.stop && !t.generic && !t.weak && !t.acronym;

/** The whole run of capitalised name words around token `i`, inside its chunk (just `i` when it stands alone). */
function nameRun(tokens: readonly Token[], i: number): { start: number; end: number } {
  const chunk = tokens[i]?.chunk;
  let a = i;
  let b = i + 1;
  while (a > 0 && nameWord(tokens[a - 1]) && tokens[a - 1]?.chunk === chunk) a--;
  while (nameWord(tokens[b]) && tokens[b]?.chunk === chunk) b++;
  return { start: a, end: b };
}

/**
 * The name that a one-word mention at `i` stands in, read from the run of capitalised words around it: the
 * word before it when it ends the run (`Jensen Huang`), else the word and up to two after it (`Bimo Wijayanto` in
 * `Jenderal Pajak Bimo Wijayanto`). Undefined when the word stands alone.
 */
function nameAround(tokens: readonly Token[], i: number): { start: number; end: number } | undefined {
  if (!tokens[i]) return undefined;
  const { start: a, end: b } = nameRun(tokens, i);
  if (b - a === 1) return undefined;
  if (i === b - 1) return { start: i - 1, end: i + 1 };
  return { start: i, end: Math.min(b, i + 3) };
}

/**
 * Merges one-word mentions of a name into the full name: `Huang` into `Jensen Huang`, when every time the word
 * stands inside a longer name it is the same name, and that name comes first in the article.
 */
export function mergeNameParts(candidates: Map<string, Candidate>, stream: TokenStream, merges: Merges): void {
  const { tokens } = stream;
  for (const single of [...candidates.values()]) {
    if (single.stems.length !== 1 || single.lower > 0 || single.acronym > 0 || single.proper === 0) continue;
    let name: string | undefined;
    let ambiguous = false;
    const alone: TokenRange[] = [];
    for (const span of single.spans) {
      const range = nameAround(tokens, span.start);
      if (!range) {
        alone.push(span);
        continue;
      }
      const key = keyOf(tokens, range.start, range.end);
      if (name !== undefined && name !== key) {
        ambiguous = true;
        break;
      }
      name = key;
    }
    const firstAlone = alone[0]?.start;
    if (ambiguous || name === undefined || firstAlone === undefined) continue;
    const full = candidates.get(name);
    if (!full || full.lower > 0 || (full.spans[0]?.start ?? Infinity) > firstAlone) continue;
    absorb(candidates, merges, full, single, alone);
  }
}

/** Longest name, in words, that stands for the words inside it. */
const MAX_NAME_WORDS = 4;

/**
 * The one-word candidates that the article only ever writes inside one and the same name (`Irene` and `Susanto`
 * in `Maria Irene Susanto`, `Kesehatan` in `BPJS Kesehatan`), each with that name's candidate: the name is the
 * keyphrase, its parts would each take a place in the list beside it. A word inside several names (`Kementerian`
 * in `Kementerian Energi` and `Kementerian Sosial`) or also on its own is not one of them.
 */
export function enclosedNameParts(candidates: ReadonlyMap<string, Candidate>, stream: TokenStream, merges: Merges): Map<Candidate, Candidate> {
  const { tokens } = stream;
  const out = new Map<Candidate, Candidate>();
  for (const single of candidates.values()) {
    if (single.stems.length !== 1 || single.lower > 0 || single.acronym > 0 || single.proper === 0) continue;
    let name: string | undefined;
    let enclosed = true;
    for (const span of single.spans) {
      const { start: a, end: b } = nameRun(tokens, span.start);
      const run = b - a > 1 && b - a <= MAX_NAME_WORDS ? keyOf(tokens, a, b) : undefined;
      if (run === undefined || (name !== undefined && run !== name)) {
        enclosed = false;
        break;
      }
      name = run;
    }
    // The name may have been merged into its acronym (`Dewan Pimpinan Nasional (DPN)`): the part goes there too.
    const full = name === undefined ? undefined : candidateOf(candidates, merges, name);
    if (enclosed && full && full !== single) out.set(single, full);
  }
  return out;
}

/**
 * The one-word candidates that only ever open a longer name, and more than one name (`Kementerian` in
 * `Kementerian Keuangan` and `Kementerian ESDM`): the names' common noun, no keyphrase on its own.
 */
export function nameHeads(candidates: ReadonlyMap<string, Candidate>, stream: TokenStream): Candidate[] {
  const { tokens } = stream;
  const out: Candidate[] = [];
  for (const single of candidates.values()) {
    if (single.stems.length !== 1 || single.lower > 0 || single.acronym > 0 || single.proper === 0) continue;
    const next = new Set<string>();
    let heads = true;
    for (const span of single.spans) {
      const t = tokens[span.start + 1];
      if (!t || t.chunk !== tokens[span.start]?.chunk || !t.capital || t.stop || t.weak) {
        heads = false;
        break;
      }
      next.add(t.stem);
    }
    if (heads && next.size > 1) out.push(single);
  }
  return out;
}
