/**
 * Reporting clauses that stand apart from the content they report: after a quote or a comma (`kata X`, `ujar X`,
 * `said X`, `ujarnya`, `"…," X said`), between commas (`…, dia menambahkan, …`) or as an attribution (`menurut X`, `according to X`). Their words are marked so
 * that the main clause is looked for in the content. (`X mengatakan bahwa …`, where the reporting verb is the first
 * predicate, is handled by the main-clause finder.)
 */
import type { NounPhrase, WordRange } from './chunks.js';
import type { Analysis } from './clause.js';
import { mark, nextBreak } from './clause.js';
import { joins, type Token } from './tokens.js';

export interface Reporting {
  /** The reporting word(s): `kata`, `ujarnya`, `mengatakan`, `said`, `menurut`, `according to`. */
  verb: WordRange;
  /** Who speaks, when the sentence names them (not in `ujarnya`). */
  speaker?: NounPhrase;
  /** Whether the reporting clause comes before the content or after it. */
  position: 'before' | 'after';
  /** A source a fact is taken from (`according to X`, `menurut X`), not a verb of saying. */
  source?: true;
}

/** The reporting clauses of the sentence, in order; marks their words as `report` in `a.blocked`. */
export function findReporting(a: Analysis): Reporting[] {
  const { g, tokens, blocked, npByStart, npByEnd } = a;
  const found: Reporting[] = [];
  const position = (i: number): 'before' | 'after' => (hasContentBefore(a, i) ? 'after' : 'before');
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i] === 'report') continue;
    const t = tokens[i] as Token;
    const sequence = g.attribution.find((words) => words[0] === t.lower && words.every((w, k) => tokens[i + k]?.lower === w && (k === 0 || joins(tokens, i + k))));
    if (sequence) {
      const first = npByStart.get(i + sequence.length);
      const speaker = first && { ...first, end: sourceEnd(a, first.end) };
      if (speaker && joins(tokens, speaker.start)) {
        found.push({ verb: { start: i, end: i + sequence.length }, speaker, position: position(i), source: true });
        mark(blocked, i, speaker.end, 'report');
        continue;
      }
    }
    if (g.invertedReporting.has(t.lower) && i > 0 && t.gap !== 'none') {
      const speaker = npByStart.get(i + 1);
      if (speaker && joins(tokens, i + 1)) {
        found.push({ verb: { start: i, end: i + 1 }, speaker, position: 'after' });
        mark(blocked, i, reportEnd(a, speaker.end), 'report');
        continue;
      }
    }
    if (g.fusedReporting.has(t.lower) && (i === 0 || t.gap !== 'none')) {
      found.push({ verb: { start: i, end: i + 1 }, position: position(i) });
      mark(blocked, i, reportEnd(a, i + 1), 'report');
    }
  }
  // `"…," X said.` / `…, Budi mengatakan.`: a reporting verb after a comma or a quote with nothing more to say.
  for (const vg of a.chunks.verbGroups) {
    const verb = tokens[vg.head] as Token;
    if (!g.reportingVerbs.has(verb.lower) || vg.passive || blocked[vg.start] !== undefined) continue;
    let k = vg.start - 1;
    while (k > 0 && (tokens[k] as Token).tag === 'ADV' && joins(tokens, k + 1)) k--;
    // (Past the speaker's short form in brackets: `the Office of the Deputy Prime Minister (ODPM) has said`.)
    const bracketed = blocked[k] === 'paren';
    while (k > 0 && blocked[k] === 'paren') k--;
    let speaker = npByEnd.get(k);
    // (And back over `of` to the phrase it belongs to: `the Office | of the Deputy Prime Minister`; and over `and` to
    // the first of two: `a committee of MPs | and peers has warned`.)
    while (speaker && speaker.start > 1 && ['ADP', 'CCONJ'].includes((tokens[speaker.start - 1] as Token).tag) && joins(tokens, speaker.start) && joins(tokens, speaker.start - 1)) {
      const owner = npByEnd.get(speaker.start - 2);
      if (!owner) break;
      speaker = { ...owner, end: speaker.end };
    }
    if (!speaker || speaker.start === 0 || (tokens[speaker.start] as Token).gap === 'none' || (!joins(tokens, k + 1) && !bracketed)) continue;
    // Nothing reported after it (at most `kepada wartawan`, `told reporters`), something before it.
    let end = vg.end;
    const addressee = npByStart.get(end);
    // (`told reporters`; not a name its short form in brackets closes, which is what is said: `mengatakan Hari
    // Perhubungan Nasional (Harhubnas) menjadi …`.)
    if (addressee && joins(tokens, end) && !(tokens[addressee.end]?.before.includes('(') ?? false)) end = addressee.end;
    const after = tokens[end];
    if (after && joins(tokens, end) && after.tag !== 'ADP' && after.tag !== 'ADV') continue;
    const later = a.chunks.verbGroups.some((other) => other.start >= vg.end && other.finite && blocked[other.start] === undefined);
    const before = a.chunks.verbGroups.some((other) => other.end <= speaker.start && other.finite);
    // Between commas it is a parenthesis (`Dengan demikian, dia menambahkan, Depkeu …`), wherever the content is.
    const parenthesis = end < tokens.length && !joins(tokens, end) && later;
    if (!parenthesis && (later || !before)) continue;
    // (An office before the person, set off by a comma, is the speaker's: `Kepala Kesbangpol Kota Bandung, Bambang
    // Sukardi mengatakan, ada …` reports what comes after, said by the office's holder.)
    const office = parenthesis && officeBefore(a, speaker.start);
    const who = office ? { ...speaker, start: 0 } : speaker;
    found.push({ verb: { start: vg.start, end: vg.end }, speaker: who, position: office ? 'before' : parenthesis ? position(speaker.start) : 'after' });
    mark(blocked, who.start, nextBreak(tokens, vg.end), 'report');
  }
  return found.sort((x, y) => x.verb.start - y.verb.start);
}

/**
 * Where a source named after `menurut`/`according to` ends, its first noun phrase ending before `end`: past its
 * short form in brackets and the sources coordinated with it (`menurut kelompok hak asasi manusia (HAM) dan pakar
 * Perserikatan Bangsa-Bangsa (PBB), …`), whose words are no part of the content.
 */
function sourceEnd(a: Analysis, end: number): number {
  const { tokens, blocked, npByStart } = a;
  for (;;) {
    const bracketed = blocked[end] === 'paren';
    while (end < tokens.length && blocked[end] === 'paren') end++;
    const and = tokens[end];
    const next = npByStart.get(end + 1);
    if (!and || and.tag !== 'CCONJ' || !(bracketed || joins(tokens, end)) || !next || !joins(tokens, end + 1)) return end;
    end = next.end;
  }
}

/**
 * Where a reporting clause ends that has its last word before `end`: with a place or time after it up to the next
 * punctuation (`kata Budi di Jakarta, Senin`), else there (`lanjut dia agak tertahan …`, without a comma).
 */
function reportEnd(a: Analysis, end: number): number {
  const next = a.tokens[end];
  return next && joins(a.tokens, end) && next.tag === 'ADP' ? nextBreak(a.tokens, end) : end;
}

/**
 * True when the sentence opens with a run of names before `i`, set off from it by a comma alone (`Kepala
 * Kesatuan Bangsa dan Politik (Kesbangpol) Kota Bandung, | Bambang Sukardi`): an office, its holder at `i`.
 */
function officeBefore(a: Analysis, i: number): boolean {
  const { tokens } = a;
  if (i < 2 || (tokens[i] as Token).before.trim() !== ',' || !/^\p{Lu}/u.test((tokens[0] as Token).text)) return false;
  for (let k = 0; k < i; k++) {
    const t = tokens[k] as Token;
    if (t.tag !== 'PROPN' && !(t.tag === 'CCONJ' && k > 0) && a.blocked[k] !== 'paren') return false;
    if (k > 0 && !joins(tokens, k) && a.blocked[k] !== 'paren' && a.blocked[k - 1] !== 'paren') return false;
  }
  return true;
}

/** True when a word before `i` is content (not itself part of a reporting clause). */
function hasContentBefore(a: Analysis, i: number): boolean {
  for (let k = 0; k < i; k++) if (a.blocked[k] !== 'report') return true;
  return false;
}
