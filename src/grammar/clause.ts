/**
 * The main clause of a tagged sentence: who did what (subject, predicate, object; the agent of a passive) and, when
 * the sentence reports speech, who said it.
 *
 * The predicate is the first finite verb group that is not inside a relative clause (`yang …`, `which …`), an adverbial
 * subordinate clause (after `karena`, `ketika`, `because`, `when`, up to the next comma, or without one up to the noun
 * phrase before the next finite verb), a parenthesis, a leading adverbial set off by a comma (`Menanggapi hal ini, …`,
 * `In 2024, …`: a first segment without a finite verb group after its first word, unless it opens with a noun phrase
 * and its verb, with a noun phrase alone, or with an auxiliary and its verb), what comes before `maka`, or a reporting
 * clause. Connectives opening the sentence (`Namun`, `But`, `Sementara`) are skipped. When none qualifies, the first
 * finite verb group outside relative and reporting clauses is taken, then any verb group outside them. The subject is
 * the noun phrase right before the predicate, across adverbs, relative clauses and parentheses; a prepositional phrase
 * after a noun belongs to it (`warga dari provinsi X berkumpul` → `warga`), a coordination is headed by its first
 * member (`A, B dan C`), of two appositive phrases the first is the subject (`Budi, warga Jakarta, mengatakan`), and
 * the object of a preposition is never the subject. `there` (an expletive) gives way to the phrase after the verb, and
 * an English question's subject follows its auxiliary (`Will the bank raise rates?`). The object is the noun phrase
 * right after the predicate, unless the verb takes a clause and the phrase has its own verb (`menduga inflasi akan
 * turun`). A passive predicate has no object but an agent (`X ditangkap polisi`, `ditangkap oleh polisi`, `arrested by
 * police`); a copula alone (`is`, `adalah`) has neither.
 *
 * Reporting clauses: `"…," kata X` / `ujar X` / `said X` (the word after a quote or comma, then its speaker),
 * `ujarnya` / `katanya` (speaker in the word), `menurut X` / `according to X`, `"…," X said` (a reporting verb after
 * a comma or quote with nothing more to say, or between commas: `…, dia menambahkan, …`), and `X mengatakan (bahwa) …`
 * / `X said (that) …` / `X told Y (that) …`.
 * The lead needs who did what, so when a reporting clause comes with content, the main clause is the content's
 * clause and `reporting` carries the verb and the speaker: `X mengatakan bahwa pemerintah akan menaikkan harga` →
 * subject `pemerintah`, predicate `akan menaikkan`, object `harga`, reporting speaker `X`, position `before`. When
 * the content has no clause of its own (`Budi mengatakan hal itu`), the reporting clause is the main clause; when
 * the content has no subject of its own (`X menyatakan akan menjual kapal`), its subject is the speaker.
 */
import type { GrammarWords, LanguagePack } from '../lang/types.js';
import { chunkTokens, type Chunks, type NounPhrase, type VerbGroup, type WordRange } from './chunks.js';
import { isRelativiser, relativeExtent } from './relative.js';
import { joins, tokensOf, type TaggedSentence, type Token } from './tokens.js';
import { findReporting, type Reporting } from './reporting.js';
import { nominalVerb, reducedRelative } from './verb-roles.js';
import { subjectOf } from './subject.js';
import { afterCitation, leadingAdverbial } from './openings.js';
import { markAsides } from './asides.js';
import { datelineLength } from '../text/dateline.js';

export type { Reporting } from './reporting.js';

export interface MainClause {
  subject?: NounPhrase;
  predicate?: VerbGroup;
  object?: NounPhrase;
  /** Who did it, in a passive clause (`polisi` in `ditangkap polisi`). */
  agent?: NounPhrase;
  reporting?: Reporting;
}

/** Why a word is not part of the main clause. */
export type Block = 'report' | 'relative' | 'paren' | 'sub' | 'lead';

/** What the clause finder knows of a sentence. */
export interface Analysis {
  g: GrammarWords;
  tokens: readonly Token[];
  chunks: Chunks;
  blocked: (Block | undefined)[];
  npByStart: Map<number, NounPhrase>;
  npByEnd: Map<number, NounPhrase>;
  vgByStart: Map<number, VerbGroup>;
  /** The first token after the sentence's dateline (0 without one). */
  dateline: number;
}

/**
 * The main clause of a tagged sentence; undefined in a language without grammar words or when tags do not match
 * words. Pass `chunks` when they are already computed for this sentence.
 */
export function mainClause(pack: Pick<LanguagePack, 'grammar'>, sentence: TaggedSentence, chunks?: Chunks): MainClause | undefined {
  const tokens = tokensOf(sentence);
  if (!pack.grammar || !tokens) return undefined;
  const g = pack.grammar;
  // A dateline (`PRANCIS – `, `Jakarta (ANTARA) - `) is where the story was filed, not its subject.
  const filed = datelineLength(sentence.text);
  const offset = sentence.start ?? 0;
  let from = 0;
  while (filed > 0 && from < tokens.length && (sentence.words[from]?.start ?? Infinity) - offset < filed) from++;
  if (from >= tokens.length) from = 0;
  const a = analyse(g, tokens, chunks ?? chunkTokens(g, tokens), from);
  const reports = findReporting(a);
  from = afterCitation(a, from);
  mark(a.blocked, 0, from, 'lead');
  const core = clauseIn(a, from, tokens.length);
  const vg = core.predicate;
  if (vg && g.reportingVerbs.has((tokens[vg.head] as Token).lower) && !vg.passive) {
    const reporting: Reporting = { verb: { start: vg.start, end: vg.end }, position: 'before' };
    if (core.subject) reporting.speaker = core.subject;
    const content = contentStart(a, vg, core.object);
    // The content clause is the main clause now, not a subordinate one (`bahwa` is also a subordinator).
    if (content > vg.end && g.complementisers.has((tokens[content - 1] as Token).lower)) {
      for (let i = content - 1; i < tokens.length && a.blocked[i] === 'sub'; i++) a.blocked[i] = undefined;
    }
    const inner = content < tokens.length ? clauseIn(a, content, tokens.length) : {};
    // (A verb inside a subordinate clause is not what is reported: `has reported a sharp increase … after a booming
    // economy … boosted demand` reports the increase, its object.)
    const subordinate = inner.predicate !== undefined && a.blocked.slice(inner.predicate.start, inner.predicate.end).includes('sub');
    // (Nor a verb a preposition governs, with no subject of its own: `menegaskan pentingnya pengendalian inflasi dalam
    // menjaga stabilitas` reports the importance, its object.)
    const governed = inner.predicate !== undefined && !inner.subject && (tokens[inner.predicate.start - 1] as Token | undefined)?.tag === 'ADP' && joins(tokens, inner.predicate.start) && inner.predicate.start - 1 > content;
    // (Nor one after a judgement and its condition: `menilai wajar jika … belum semua target terpenuhi` reports that
    // it is reasonable, not that the targets fall short.)
    const judged = (tokens[content] as Token | undefined)?.tag === 'ADJ' && joins(tokens, content + 1) && (g.complementisers.has(tokens[content + 1]?.lower ?? '') || g.subordinators.has(tokens[content + 1]?.lower ?? ''));
    // (Nor an infinitive after the one told: `has warned PC users to update …` directs them; it reports no clause.)
    // (Right after the noun phrase the verb is followed by: not `warned that allowing huge deficits to continue …`.)
    const told = a.npByStart.get(content);
    const infinitive = inner.predicate !== undefined && told !== undefined && told.end === inner.predicate.start - 1 && g.infinitiveMarkers?.has((tokens[told.end] as Token | undefined)?.lower ?? '') === true;
    if (inner.predicate && !subordinate && !governed && !judged && !infinitive) {
      // `X menyatakan akan menjual …`: content without a subject of its own is the speaker's.
      // (Past a modal the tagger left out of the verb group: `Bobby mengaku bakal/NOUN mengecek …`.)
      const opened = tokens.slice(content, inner.predicate.start).every((t) => g.verbGroupWords.has(t.lower));
      if (!inner.subject && core.subject && opened) inner.subject = core.subject;
      // `Bimo menegaskan, ia akan menindak …`: the speaker's pronoun stands for the speaker.
      const said = inner.subject;
      const pronoun = said && said.end - said.start === 1 ? (tokens[said.head] as Token).lower : '';
      // (`it`, `they` only in an intention: `said it will boost …`.)
      // (Not a state, `it will be difficult`, where the pronoun may be no one.)
      // (Or a verb of intention with its act: `said it expects to cut …`.)
      const head = tokens[inner.predicate.head] as Token;
      // (Or its gerund: `confirmed it is considering raising fuel prices`.)
      const next = tokens[inner.predicate.end];
      const act = g.intentPronouns?.verbs?.has(head.lower) === true && ((next?.lower === 'to' && tokens[inner.predicate.end + 1]?.tag === 'VERB') || (next !== undefined && /\p{L}{3,}ing$/u.test(next.lower) && joins(tokens, inner.predicate.end)));
      const intent = g.intentPronouns?.pronouns.has(pronoun) === true && (g.intentPronouns.modals.has((tokens[inner.predicate.start] as Token).lower) || act) && head.tag === 'VERB';
      if (said && core.subject && (g.speakerPronouns?.has(pronoun) === true || intent)) {
        inner.subject = core.subject;
      }
      return { ...inner, reporting };
    }
    return { ...core, reporting };
  }
  const first = reports[0];
  return first ? { ...core, reporting: first } : core;
}

function analyse(g: GrammarWords, tokens: readonly Token[], chunks: Chunks, dateline: number): Analysis {
  const blocked = new Array<Block | undefined>(tokens.length).fill(undefined);
  const a: Analysis = { g, tokens, chunks, blocked, npByStart: new Map(), npByEnd: new Map(), vgByStart: new Map(), dateline };
  for (const np of chunks.nounPhrases) {
    a.npByStart.set(np.start, np);
    a.npByEnd.set(np.end - 1, np);
  }
  for (const vg of chunks.verbGroups) a.vgByStart.set(vg.start, vg);
  // Parentheses and the asides set off like them.
  markAsides(a);
  // Relative clauses.
  for (let i = 0; i < tokens.length; i++) {
    if (isRelativiser(g, tokens, i)) mark(blocked, i, relativeExtent(g, tokens, chunks.verbGroups, i), 'relative');
  }
  // Adverbial subordinate clauses: up to the next punctuation, else as far as a relative clause would run.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!g.subordinators.has(t.lower) || blocked[i] !== undefined) continue;
    const end = nextBreak(tokens, i + 1);
    // Tagged otherwise (`setelah`, `saat`, `after` are also prepositions and nouns), a subordinator opens a clause only
    // when a verb group follows it at once (`setelah bertemu`, `saat ditemui`).
    // At the start of a segment (`When they saw …, people …`) a verb group before the next punctuation will do, unless
    // the word is a preposition (`Pada …`, `In …`): a leading prepositional phrase is left to the leading adverbial.
    const opening = (i === 0 || !joins(tokens, i)) && t.tag !== 'ADP';
    const verbNext = chunks.verbGroups.some((vg) => (opening ? vg.start > i && vg.start < end : vg.start === i + 1 && joins(tokens, i + 1)));
    // (Or, after the main verb, when a subject and its finite verb follow it: `reported a sharp increase in quarterly
    // profit | after a booming economy and low interest rates boosted demand`.)
    // (Only after a verb, which a clause of when or why follows: not `Baleg … bersama pemerintah hingga DPD
    // menyepakati`, where the preposition is inside the subject.)
    const clauseNext = !opening && t.tag === 'ADP' && g.timeClauses?.has(t.lower) === true && chunks.verbGroups.some((vg) => vg.finite && vg.end <= i) && ownClause(a, i + 1, end);
    if (t.tag !== 'SCONJ' && !clauseNext && !(verbNext && ['ADP', 'ADV', 'CCONJ', 'NOUN'].includes(t.tag))) continue;
    let extent = end;
    if (end >= tokens.length && !clauseNext) {
      // Without punctuation, the clause runs to the next finite verb group, which is the main clause's: the noun phrase
      // right before that verb is its subject (`Selama bertahun-tahun monyet | mengganggu warga`).
      extent = relativeExtent(g, tokens, chunks.verbGroups, i);
      const subject = a.npByEnd.get(extent - 1);
      if (subject && subject.start > i + 1 && a.vgByStart.has(extent)) extent = subject.start;
    }
    mark(blocked, i, extent, 'sub');
  }
  return a;
}

/** True when noun phrases (one, or joined by conjunctions) run from `from` right into a finite verb group before `end`. */
function ownClause(a: Analysis, from: number, end: number): boolean {
  const { tokens } = a;
  let k = from;
  for (;;) {
    const np = a.npByStart.get(k);
    // (A time or a count is no subject: `selama satu tahun | memimpin Indonesia` says how long.)
    if (!np || np.end >= end || !joins(tokens, np.end)) return false;
    const head = (tokens[np.head] as Token).lower;
    if (a.g.timeWords?.has(head) === true || a.g.classifiers?.has(head) === true) return false;
    k = np.end;
    if ((tokens[k] as Token).tag === 'CCONJ' && joins(tokens, k + 1)) {
      k++;
      continue;
    }
    return a.vgByStart.get(k)?.finite === true;
  }
}

export function mark(blocked: (Block | undefined)[], from: number, to: number, why: Block): void {
  for (let i = from; i < to; i++) blocked[i] ??= why;
}

/** The index of the first word at or after `from` that punctuation separates from the word before; the length if none. */
export function nextBreak(tokens: readonly Token[], from: number): number {
  for (let k = Math.max(from, 1); k < tokens.length; k++) if (!joins(tokens, k)) return k;
  return tokens.length;
}

/** Where the content of `X mengatakan (bahwa) …` / `X told Y that …` starts. */
function contentStart(a: Analysis, vg: VerbGroup, object: NounPhrase | undefined): number {
  const { tokens, g } = a;
  let c = vg.end;
  // `told Y that …`, `told Y: …`: the addressee is not the content's subject.
  if (object && object.start === c) {
    const after = tokens[object.end];
    // (Not a name its short form in brackets closes: `mengatakan Hari Perhubungan Nasional (Harhubnas) menjadi …`.)
    if (after && ((!joins(tokens, object.end) && !after.before.includes('(')) || g.complementisers.has(after.lower))) c = object.end;
  }
  while (c < tokens.length && (tokens[c] as Token).tag === 'ADV' && joins(tokens, c)) c++;
  const t = tokens[c];
  if (t && g.complementisers.has(t.lower) && t.tag !== 'PRON' && t.tag !== 'DET') c++;
  return c;
}

/** The main clause of the words from `from` to `to` (exclusive). */
export function clauseIn(a: Analysis, from: number, to: number): MainClause {
  const { tokens, blocked, chunks } = a;
  let start = from;
  // Reporting words and connectives (`Namun`, `But`, `Then`) before the clause.
  while (start < to && (blocked[start] === 'report' || isConnective(a, start))) start++;
  // `Jika …, maka Y`: the main clause follows the word that closes a fronted adverbial.
  for (let i = start + 1; i < to; i++) {
    if (a.g.resultMarkers?.has((tokens[i] as Token).lower) && blocked[i] === undefined && chunks.verbGroups.some((vg) => vg.start > i && vg.start < to)) {
      start = i + 1;
      break;
    }
  }
  const lead = leadingAdverbial(a, start, to);
  const inRange = chunks.verbGroups.filter((vg) => vg.start >= start && vg.end <= to);
  const free = (vg: VerbGroup, allowed: readonly (Block | undefined)[]): boolean => {
    for (let i = vg.start; i < vg.end; i++) if (!allowed.includes(blocked[i])) return false;
    return true;
  };
  const nominal = (vg: VerbGroup): boolean => nominalVerb(a, inRange, start, vg);
  const reduced = (vg: VerbGroup): boolean => reducedRelative(a, inRange, vg);
  // A verb that names the phrase before it (`Alumni SMA … bernama Chiko memanfaatkan AI`) is that phrase's, when a
  // finite verb follows.
  // (So is one news writes as a preposition: `kasus … terkait tudingan …, Bambang Tri, mengajukan`.)
  const passedOver = (vg: VerbGroup): boolean => (a.g.namers?.has((tokens[vg.head] as Token).lower) === true || (a.g.linkingVerbs?.has((tokens[vg.head] as Token).lower) === true && vg.end - vg.start === 1)) &&
    inRange.some((other) => other.start > vg.end && other.finite && blocked[other.start] === undefined);
  const predicate =
    inRange.find((vg) => vg.finite && vg.start >= lead && free(vg, [undefined]) && !nominal(vg) && !passedOver(vg) && !reduced(vg)) ??
    inRange.find((vg) => vg.finite && vg.start >= lead && free(vg, [undefined])) ??
    inRange.find((vg) => vg.finite && free(vg, [undefined, 'sub', 'lead'])) ??
    inRange.find((vg) => free(vg, [undefined, 'sub', 'lead', 'paren']));
  if (!predicate) return {};
  // (A participle phrase passed over qualifies the noun before it: its words are no subject, `programs | sent on to
  // the net … | are undergoing`.)
  const participle = inRange.find((vg) => vg.end <= predicate.start && reduced(vg));
  if (participle) mark(blocked, participle.start, predicate.start, 'relative');
  const inverted = a.g.auxInversion ? invertedQuestion(a, predicate, start, to) : undefined;
  if (inverted) return inverted;
  const clause: MainClause = { predicate };
  // The subject is never inside a leading adverbial (`Per hari ini, DJP …`).
  const subject = subjectOf(a, predicate, predicate.start >= lead ? lead : start);
  if (subject) clause.subject = subject;
  Object.assign(clause, complementOf(a, predicate, to));
  // `there is a demonstration`: the phrase after the verb is the subject.
  if (subject && subject.end - subject.start === 1 && a.g.expletives?.has((tokens[subject.head] as Token).lower)) {
    if (clause.object) clause.subject = clause.object;
    else delete clause.subject;
    delete clause.object;
  }
  return clause;
}

/**
 * `Do you think …?`, `Why would you want …?`, `Will you be providing …?`: an auxiliary alone with no subject before it,
 * then a noun phrase and the rest of the verb group. The phrase is the subject, the later verb group the predicate.
 */
function invertedQuestion(a: Analysis, aux: VerbGroup, start: number, to: number): MainClause | undefined {
  const { tokens } = a;
  if ((tokens[aux.head] as Token).tag !== 'AUX' || subjectOf(a, aux, start)) return undefined;
  const subject = a.npByStart.get(aux.end);
  if (!subject || !joins(tokens, aux.end)) return undefined;
  let k = subject.end;
  while (k < to && joins(tokens, k) && (tokens[k] as Token).tag === 'ADV' && !a.vgByStart.has(k)) k++;
  const predicate = a.vgByStart.get(k);
  if (!predicate || !joins(tokens, k) || a.blocked[k] !== undefined) return undefined;
  return { subject, ...complementOf(a, predicate, to), predicate };
}

function isConnective(a: Analysis, i: number): boolean {
  const t = a.tokens[i] as Token;
  if (t.tag === 'CCONJ') return true;
  return (t.tag === 'SCONJ' || t.tag === 'ADV') && !a.g.subordinators.has(t.lower) && a.blocked[i] === undefined && !a.npByStart.has(i);
}

function complementOf(a: Analysis, vg: VerbGroup, to: number): Pick<MainClause, 'object' | 'agent'> {
  const { tokens, g, npByStart, blocked } = a;
  let k = vg.end;
  while (k < to && joins(tokens, k) && (tokens[k] as Token).tag === 'ADV') k++;
  if (k >= to || !joins(tokens, k) || blocked[k] !== undefined) return {};
  const t = tokens[k] as Token;
  if (vg.passive) {
    if (g.agentMarkers.has(t.lower)) {
      const agent = npByStart.get(k + 1);
      return agent && joins(tokens, k + 1) ? { agent } : {};
    }
    const agent = g.bareAgent ? npByStart.get(k) : undefined;
    return agent ? { agent } : {};
  }
  const verb = tokens[vg.head] as Token;
  if (verb.tag === 'AUX') return {};
  const object = npByStart.get(k);
  // `going out tonight`, `tiba Senin`: a time is an adverbial, not an object.
  if (!object || (object.end - object.start === 1 && g.timeWords?.has((tokens[object.head] as Token).lower))) return {};
  // `berpikir pertumbuhan … adalah …`, `think the plan will fail`: the subject of a complement clause, not an object.
  if (g.complementVerbs.has(verb.lower) || g.reportingVerbs.has(verb.lower)) {
    let n = object.end;
    while (n < tokens.length && joins(tokens, n) && (blocked[n] === 'relative' || (tokens[n] as Token).tag === 'ADV') && !a.vgByStart.has(n)) n++;
    if (a.vgByStart.get(n)?.finite) return {};
  }
  return { object };
}

export type { WordRange };
