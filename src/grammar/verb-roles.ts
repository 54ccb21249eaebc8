/**
 * Verb groups that are not a clause's predicate though the tagger made them verbs: a noun between nouns
 * (`nominalVerb`), and a participle that qualifies the noun before it (`reducedRelative`).
 */
import type { VerbGroup } from './chunks.js';
import type { Analysis } from './clause.js';
import { joins, type Token } from './tokens.js';

// A lone verb between nouns with a verb group that has its auxiliary later is a noun the tagger took for a verb
// (`UK condom maker/VERB SSL International has refused …`, `Ireland captain/VERB Brian O'Driscoll has been …`).
export function nominalVerb(a: Analysis, inRange: readonly VerbGroup[], start: number, vg: VerbGroup): boolean {
  const { tokens, blocked } = a;
  // (Where nouns stack before their head, `condom maker`; in Indonesian a bare verb is a headline's verb.)
  if (a.g.headPosition !== 'last' || vg.end - vg.start !== 1 || vg.passive || (tokens[vg.start] as Token).tag !== 'VERB') return false;
  // (Not a verb that reports or takes a clause, nor one in its past form: `Tony Blair said Labour would …`.)
  const word = (tokens[vg.start] as Token).lower;
  // (At the clause's start a participle before a noun is its modifier, `Jailed tycoon Mikhail Khodorkovsky has
  // transferred`, `Rising oil prices … hit shares`, when a finite verb follows.)
  const opening = vg.start === start;
  if (a.g.reportingVerbs.has(word) || a.g.complementVerbs.has(word) || (/ed$/u.test(word) && !opening)) return false;
  const before = tokens[vg.start - 1];
  const after = tokens[vg.end];
  const nounAt = (t: Token | undefined, k: number): boolean => t !== undefined && joins(tokens, k) && (t.tag === 'NOUN' || t.tag === 'PROPN');
  // (At the start a modifier the tagger got wrong may come first: `Ex-chatshow/VERB host/ADJ Robert Kilroy-Silk`.)
  const next = opening ? nounAt(after, vg.end) || (after?.tag === 'ADJ' && nounAt(tokens[vg.end + 1], vg.end + 1)) : nounAt(after, vg.end);
  if (!next || !(opening || nounAt(before, vg.start))) return false;
  if (opening && inRange.some((other) => other.start > vg.end && other.finite && !a.g.reportingVerbs.has((tokens[other.head] as Token).lower) && blocked[other.start] === undefined)) return true;
  // (Only inside the sentence's opening run of names and nouns: `UK condom maker …`.)
  for (let k = start; k < vg.start; k++) if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes((tokens[k] as Token).tag) || (k > start && !joins(tokens, k))) return false;
  // (Not after a phrase an owner opens, which is whole before its verb: `Titus Bramble's own goal put Liverpool …`.)
  if ((tokens.slice(start, vg.start) as Token[]).some((t) => /['’]s$/u.test(t.text))) return false;
  return inRange.some((other) => other.start > vg.end && other.head > other.start && (tokens[other.start] as Token).tag === 'AUX' && blocked[other.start] === undefined);
  }

/**
 * A participle right after a noun, with what qualifies it, before the clause's finite verb group that opens with an
 * auxiliary (`Viruses … and other malicious programs sent/VERB on to the net to catch you out are undergoing …`): the
 * participle qualifies the noun, the later group is the predicate. Only where nouns stack before their head (in
 * Indonesian a bare verb is a headline's verb), only a past participle form, and only with no punctuation or
 * conjunction between the two groups.
 */
export function reducedRelative(a: Analysis, inRange: readonly VerbGroup[], vg: VerbGroup): boolean {
  const { tokens, blocked, g } = a;
  if (g.headPosition !== 'last' || vg.end - vg.start !== 1 || vg.passive) return false;
  const word = (tokens[vg.start] as Token).lower;
  if (!/ed$/u.test(word) && g.nonFinite?.test(word) !== true && g.irregularParticiples?.has(word) !== true) return false;
  if (/ing$/u.test(word) || g.reportingVerbs.has(word) || g.complementVerbs.has(word)) return false;
  const before = tokens[vg.start - 1];
  const after = tokens[vg.end];
  // (Or set off by commas after its noun: `The original Doom, released in 1994, heralded …`.)
  const comma = (i: number): boolean => /^,\s+$/u.test((tokens[i] as Token | undefined)?.before ?? '');
  const aside = comma(vg.start);
  if (!before || !['NOUN', 'PROPN'].includes(before.tag) || !(joins(tokens, vg.start) || aside) || !after || !joins(tokens, vg.end) || !['ADP', 'ADV', 'PART'].includes(after.tag)) return false;
  // (The later group opens with an auxiliary, or is a finite verb of its own: `Investigations carried out in the wake
  // of her resignation found …`.)
  const later = inRange.find((other) => other.start > vg.end && other.finite && blocked[other.start] === undefined && ((tokens[other.start] as Token).tag === 'AUX' || (tokens[other.start] as Token).tag === 'VERB'));
  // (Not one with a subject of its own right before it, another clause: `Shares jumped on Monday as investors were
  // cheered …`.)
  // (A noun phrase a preposition governs is no such subject: `Britons held by the US in Guantanamo Bay will be …`.)
  if (!later) return false;
  let np = later.start - 1;
  while (np >= vg.end && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes((tokens[np] as Token).tag)) np--;
  const governed = np >= vg.end && np < later.start - 1 && (tokens[np] as Token).tag === 'ADP' && !g.subordinators.has((tokens[np] as Token).lower);
  if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes((tokens[later.start - 1] as Token).tag) && !governed) return false;
  for (let k = vg.end; k < later.start; k++) if ((!joins(tokens, k + 1) && !(aside && k + 1 === later.start && comma(k + 1))) || (tokens[k] as Token).tag === 'CCONJ') return false;
  // (An aside closes with its comma.)
  return !aside || comma(later.start);
}
