/**
 * The subject of a main clause (`clause.ts`): the noun phrase right before the predicate, across adverbs, relative
 * clauses, parentheses and asides; a prepositional phrase after a noun belongs to it (`warga dari provinsi X`), a
 * coordination is headed by its first member (`A, B dan C`, and `A bersama B` where the language joins doers so), of
 * two appositive phrases the first is the subject (`Budi, warga Jakarta, mengatakan`, and an office whose name is a
 * list before its person), and the object of a preposition is never the subject.
 */
import type { NounPhrase, VerbGroup } from './chunks.js';
import type { Analysis } from './clause.js';
import { nextBreak } from './clause.js';
import { joins, type Token } from './tokens.js';

/** The subject of `vg`, looked for from `from` on; undefined when none stands before it. */
export function subjectOf(a: Analysis, vg: VerbGroup, from: number): NounPhrase | undefined {
  return agedName(a, vg, from) ?? nearestSubject(a, vg, from);
}

/**
 * A name that opens the clause with an age in brackets and a comma after it (`Endang Sulastri (41), pemilik warung
 * kopi, bar, dan rental motor di …, dibunuh …`): the person, whatever appositives, lists and places stand between
 * them and the verb.
 */
function agedName(a: Analysis, vg: VerbGroup, from: number): NounPhrase | undefined {
  const { tokens, blocked } = a;
  let e = from;
  while (e < vg.start && (tokens[e] as Token).tag === 'PROPN' && (e === from || joins(tokens, e)) && e - from < 4) e++;
  if (e === from || e + 1 >= vg.start || blocked[e] !== 'paren' || !(tokens[e] as Token).before.includes('(')) return undefined;
  const age = tokens[e] as Token;
  const after = tokens[e + 1] as Token;
  if (age.tag !== 'NUM' || !/^\d{1,3}$/u.test(age.text) || blocked[e + 1] === 'paren' || !/^\),/u.test(after.before.trim())) return undefined;
  return { start: from, end: e, head: from };
}

function nearestSubject(a: Analysis, vg: VerbGroup, from: number): NounPhrase | undefined {
  const { tokens, blocked, npByEnd } = a;
  for (let k = vg.start - 1; k >= from; k--) {
    const why = blocked[k];
    // (A subordinate clause between the subject and its verb is the subject's aside: `Bazarsah penembak tiga anggota
    // Polres, hingga tewas, tetap dihukum mati`.)
    if (why === 'relative' || why === 'paren' || why === 'report' || why === 'sub') continue;
    if (why !== undefined) return undefined;
    let found = npByEnd.get(k);
    // (`ayah korban juga kini tengah diperiksa`: when and aspect words the tagger ran into a noun phrase right before
    // the verb are no subject; `Ibu tiri korban kini`: nor part of one.)
    if (found && k === vg.start - 1 && a.g.headPosition === 'first') {
      // (A time word, with an aspect word after it, `kini tengah`; never a modal the headline keeps, `bakal`.)
      const time = (i: number): boolean => a.g.timeWords?.has((tokens[i] as Token).lower) === true;
      const words = Array.from({ length: found.end - found.start }, (_, j) => found!.start + j);
      // (Nor is a modal or aspect word alone the tagger took for a noun: `NTB), bakal/NOUN mendapatkan`.)
      const opener = (i: number): boolean => a.g.verbGroupWords.has((tokens[i] as Token).lower);
      if ((words.some(time) && words.every((i) => time(i) || (i > found!.start && opener(i)))) || words.every(opener)) {
        k = found.start;
        continue;
      }
      let e = found.end;
      while (e > found.start + 1 && time(e - 1)) e--;
      if (e < found.end) found = { ...found, end: e, head: Math.min(found.head, e - 1) };
    }
    // `… di Jakarta, Senin pagi melemah`: a time after a comma is an adverbial; the subject is before it.
    if (found && (tokens[found.start] as Token).gap === 'clause' && found.start > from && a.g.timeWords?.has((tokens[found.head] as Token).lower)) {
      k = found.start;
      continue;
    }
    if (found) {
      let np: NounPhrase = found;
      if (np.start < from) return undefined;
      // `warga dari provinsi X`, `the sheikh in wheel-chair`: a prepositional phrase modifies the phrase before it.
      // `A dan B`, `A and B`: the first conjunct heads the coordination.
      // `A, B dan C`, `A, B and C`: after a conjunction, a list runs back across commas.
      let coordinated = false;
      for (;;) {
        // (`26 pegawai Direktorat Jenderal Pajak (DJP) Kementerian Keuangan dipecat`: a name after a short form in
        // brackets is the owner of the phrase before them, whose head heads the subject; its words capitalised, however
        // the tagger read them, `Kementerian/NOUN`.)
        const named = (t: Token): boolean => t.tag === 'PROPN' || (t.tag === 'NOUN' && /^\p{Lu}/u.test(t.text));
        if (a.g.headPosition === 'first' && np.start > from && blocked[np.start - 1] === 'paren' && tokens.slice(np.start, np.end).every(named)) {
          let p = np.start - 1;
          while (p >= from && blocked[p] === 'paren') p--;
          const owned = npByEnd.get(p);
          if (owned && owned.start >= from && blocked[p] === undefined && (tokens[owned.head] as Token).tag === 'NOUN') {
            np = { ...owned, end: np.end };
            continue;
          }
        }
        const before: Token | undefined = tokens[np.start - 1];
        // (`SMA Negeri 11 | Semarang`: a name right after a phrase that ends on a number goes on with it.)
        const numbered = npByEnd.get(np.start - 1);
        if (numbered && numbered.start >= from && joins(tokens, np.start) && blocked[np.start - 1] === undefined && (tokens[np.start - 1] as Token).tag === 'NUM' && (tokens[np.start] as Token).tag === 'PROPN') {
          np = { ...numbered, end: np.end };
          continue;
        }
        // (`Oknum kepsek PAUD berinisial M`: a name a verb gives the phrase before is that phrase's.)
        if (before !== undefined && a.g.namers?.has(before.lower) === true && joins(tokens, np.start) && np.start - 1 > from) {
          let q = np.start - 2;
          while (q >= from && blocked[q] === 'paren') q--;
          const named = npByEnd.get(q);
          if (named && named.start >= from && blocked[q] === undefined) {
            np = { ...named, end: np.end };
            continue;
          }
        }
        const listed: NounPhrase | undefined = coordinated && (tokens[np.start] as Token).gap === 'clause' ? npByEnd.get(np.start - 1) : undefined;
        if (listed && listed.start >= from && blocked[np.start - 1] === undefined) {
          np = listed;
          continue;
        }
        // `BPJS bersama Kemenko PMK`: a second doer joined by a preposition, as by a conjunction.
        const comitative = before !== undefined && a.g.comitatives?.has(before.lower) === true;
        // (Across a bracketed short form: `Badan … Kesehatan (BPJS) bersama`.)
        let p = np.start - 2;
        while (comitative && p >= from && blocked[p] === 'paren') p--;
        // (`Shops all over the UK`: an adverb before the preposition is the preposition's.)
        if (before?.tag === 'ADP' && p > from && tokens[p]?.tag === 'ADV' && joins(tokens, p + 1) && joins(tokens, p) && npByEnd.has(p - 1)) p--;
        const previous: NounPhrase | undefined = before && joins(tokens, np.start) ? npByEnd.get(p) : undefined;
        if (!before || !joins(tokens, np.start)) break;
        // (`Movie stars from across the globe`: two prepositions, one phrase.)
        if (before.tag === 'ADP' && tokens[np.start - 2]?.tag === 'ADP' && joins(tokens, np.start - 1) && !comitative) {
          const earlier = npByEnd.get(np.start - 3);
          if (!earlier || earlier.start < from || blocked[np.start - 3] !== undefined || !joins(tokens, np.start - 2)) return undefined;
          np = earlier;
          continue;
        }
        // (`Mexican labourers living in the US sent …`: a participle with its phrase qualifies the noun before it.)
        const participle = tokens[np.start - 2];
        if (before.tag === 'ADP' && a.g.headPosition === 'last' && participle?.tag === 'VERB' && /(?:ing|ed)$/u.test(participle.lower) && joins(tokens, np.start - 1) && joins(tokens, np.start - 2)) {
          const earlier = npByEnd.get(np.start - 3);
          if (earlier && earlier.start >= from && blocked[np.start - 3] === undefined) {
            np = earlier;
            continue;
          }
        }
        // (`A US rapper awaiting trial for murder has filmed …`: a participle with its object qualifies the noun before
        // it, which is the subject.)
        if (before.tag === 'VERB' && a.g.headPosition === 'last' && /(?:ing|ed)$/u.test(before.lower) && joins(tokens, np.start - 1) && tokens[np.start - 2]?.tag !== 'ADP' && tokens[np.start - 2]?.tag !== 'SCONJ') {
          const earlier = npByEnd.get(np.start - 2);
          // (Not a participle inside the phrase, after an owner: `England's acting head coach`.)
          const owner = /['’]s?$/u.test((tokens[np.start - 2] as Token).text);
          if (earlier && !owner && earlier.start >= from && blocked[np.start - 2] === undefined) {
            np = earlier;
            continue;
          }
        }
        // (`An investigation into doping claims … has been opened`: a gerund after a preposition heads its object.)
        const opener = tokens[np.start - 2];
        if (before.tag === 'VERB' && a.g.headPosition === 'last' && /ing$/u.test(before.lower) && (opener?.tag === 'ADP' || opener?.tag === 'SCONJ') && joins(tokens, np.start - 1) && joins(tokens, np.start - 2)) {
          const earlier = npByEnd.get(np.start - 3);
          if (earlier && earlier.start >= from && blocked[np.start - 3] === undefined) {
            np = earlier;
            continue;
          }
        }
        // (`Sebanyak 36 kendaraan … disita`: a word that opens a count is no preposition.)
        // (Opening the clause: after a subject, `Kawanan maling sebanyak tujuh kali mencuri`, the count says how often.)
        if (before.tag === 'ADP' && a.g.quantifiers?.has(before.lower) === true && np.start - 1 === from) break;
        if (before.tag === 'ADP' || before.tag === 'CCONJ') {
          if (!previous || previous.start < from || blocked[p] !== undefined || (!comitative && !joins(tokens, np.start - 1))) {
            return before.tag === 'ADP' ? undefined : np;
          }
          if (before.tag === 'CCONJ' || comitative) coordinated = true;
          np = previous;
          continue;
        }
        break;
      }
      // `Budi, warga Jakarta, mengatakan`: the first of two appositive phrases is the subject; so is a phrase with its
      // relative clause before a comma (`Laporan … yang dipublikasikan di Jakarta, Jumat, menunjukkan`).
      if ((tokens[np.start] as Token).gap === 'clause') {
        let e = np.start - 1;
        while (e >= from && (blocked[e] === 'relative' || blocked[e] === 'paren')) e--;
        const earlier = npByEnd.get(e);
        const adjacent = e === np.start - 1;
        // (A date is no appositive head: `Senin (20/10), Prabowo memberikan`.)
        const time = earlier !== undefined && a.g.timeWords?.has((tokens[earlier.head] as Token).lower) === true;
        if (earlier && !time && earlier.start >= from && blocked[e] === undefined && (!adjacent || nextBreak(tokens, np.end) <= vg.start)) {
          // (A name with a conjunction in it is whole, headed by its first conjunct: `Menteri Pendidikan Dasar dan
          // Menengah (Mendikdasmen) Abdul Mu'ti` is not `Menengah`.)
          // (Nor one whose conjunction ends a list: `Menko Hukum, HAM, Imigrasi, dan Pemasyarakatan, Yusril …`.)
          let first = earlier;
          let listed = false;
          for (;;) {
            const before = tokens[first.start - 1];
            const conjunction = before?.tag === 'CCONJ' && joins(tokens, first.start);
            const joined = conjunction && joins(tokens, first.start - 1);
            const afterComma = conjunction && !joined && (tokens[first.start - 1] as Token).before.trim() === ',';
            const member = listed && (tokens[first.start] as Token).before.trim() === ',';
            const at = joined || afterComma ? first.start - 2 : member ? first.start - 1 : -1;
            const previous = at >= 0 ? npByEnd.get(at) : undefined;
            if (!previous || previous.start < from || blocked[at] !== undefined) break;
            listed ||= afterComma;
            first = previous;
          }
          // (A prepositional phrase with its appositive modifies the phrase before it: `Three senior executives of
          // Ireland's state-owned airline, Aer Lingus, are set to leave`.)
          // (Where modifiers precede their noun; in Indonesian, `Senada dengan Sarmuji, Waketum …` opens with an adverbial.)
          while (a.g.headPosition === 'last') {
            const at = first.start - 2;
            const owner = tokens[first.start - 1]?.tag === 'ADP' && joins(tokens, first.start) && joins(tokens, first.start - 1) ? npByEnd.get(at) : undefined;
            if (!owner || owner.start < from || blocked[at] !== undefined) break;
            first = owner;
          }
          return first === earlier ? earlier : { ...first, end: earlier.end };
        }
      }
      return np;
    }
    const t = tokens[k] as Token;
    // Where modifiers follow their noun, an adjective right before the verb is used as an adverb there (`Siloam resmi
    // memperkenalkan`); where they precede it, it belongs to what follows.
    const adverbial = a.g.headPosition === 'first' && t.tag === 'ADJ' && k === vg.start - 1 && joins(tokens, vg.start);
    if (t.tag !== 'ADV' && t.tag !== 'PART' && !adverbial) return undefined;
  }
  return undefined;
}
