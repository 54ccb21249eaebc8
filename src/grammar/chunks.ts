/**
 * Phrase chunks of a tagged sentence: noun phrases with their heads and verb groups (auxiliaries, modals, aspect and
 * negation words with their verb). Language-independent: the words it needs come from the language's `grammar`.
 *
 * Noun phrases
 * - are runs of words that may belong to a noun phrase by their tags, never across punctuation (inner hyphens and dots
 *   are part of words) nor across a relativiser (`yang`, `which`), a verb group or a preposition;
 * - head-first languages (Indonesian): determiners and numbers (with a classifier: `4.000 hektar`, `dua orang`) may
 *   precede; then a noun or name, followed by nouns, names, adjectives, numbers and possessors with their determiner
 *   (`harga pupuk subsidi`, `Bank Indonesia`, `popularitas para selebriti`), closed by a demonstrative (`itu`,
 *   `tersebut`) or a possessor pronoun (`rumah saya`). After a number in digits, a name or a noun other than a unit
 *   opens a new phrase (`pada tahun 2024 | Presiden …`); a number in words counts the noun after it (`Penerbitan dua
 *   seri obligasi`). The head is the first noun or name, except: after a number and a classifier the common noun that
 *   follows is the head (`dua orang pria` → `pria`; `4.000 hektar` → `hektar`), and after leading titles
 *   (`Presiden`, `Wakil Presiden`) a name is the head (`Presiden Prabowo Subianto` → `Prabowo`, the first word of
 *   the name). Office nouns that take an organisation (`Kepala`, `Direktur`) are not titles, so `Kepala Otorita IKN`
 *   keeps `Kepala` as its head (and so does `Kepala Otorita IKN Basuki Hadimuljono`: telling the office's
 *   organisation from the holder's name needs a lexicon). The clitic `-nya` stays on its word (`suaminya` is one
 *   noun).
 * - head-last languages (English): determiners, possessives, numbers, adjectives, participles the language's
 *   `participle` pattern recognises after a determiner (`the proposed rule`), nouns and names; the phrase ends at its
 *   last noun or name, which is the head (`the new export controls` → `controls`, `President Joe Biden` → `Biden`).
 *   A prepositional phrase is never part of it.
 * - A pronoun alone is a noun phrase, and so is a demonstrative alone (`Ini terbukti …`, `That is right`); a number
 *   alone too (its head is the number).
 * - When a relative clause follows the phrase (`warga yang terdampak banjir`), its span is recorded as `relative`.
 */
import type { GrammarWords, LanguagePack } from '../lang/types.js';
import { joins, tokensOf, type TaggedSentence, type Token } from './tokens.js';
import { relativeExtent, isRelativiser } from './relative.js';

/** A span of words: indices into the sentence's words, `end` exclusive. */
export interface WordRange {
  start: number;
  end: number;
}

/** A phrase with its head word (an index inside the span). */
export interface Phrase extends WordRange {
  head: number;
}

export interface NounPhrase extends Phrase {
  /** The relative clause that follows the phrase (`yang …`, `which …`), when there is one. */
  relative?: WordRange;
}

export interface VerbGroup extends Phrase {
  /** A passive verb (`ditangkap`, `was arrested`). */
  passive: boolean;
  /** False for infinitives (`untuk membeli`, `to buy`) and lone participles (`Speaking to reporters`). */
  finite: boolean;
}

export interface Chunks {
  nounPhrases: NounPhrase[];
  verbGroups: VerbGroup[];
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
/** Tags that never open or join a verb group, whatever the word. */
const NOT_IN_VERB_GROUP = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADP', 'NUM', 'CCONJ', 'SCONJ', 'PUNCT', 'SYM']);

/** The chunks of a tagged sentence; none in a language without grammar words or when tags do not match words. */
export function chunkSentence(pack: Pick<LanguagePack, 'grammar'>, sentence: TaggedSentence): Chunks {
  const tokens = tokensOf(sentence);
  if (!pack.grammar || !tokens) return { nounPhrases: [], verbGroups: [] };
  return chunkTokens(pack.grammar, tokens);
}

export function chunkTokens(g: GrammarWords, tokens: readonly Token[]): Chunks {
  const verbGroups = findVerbGroups(g, tokens);
  const inVerb = new Array<boolean>(tokens.length).fill(false);
  for (const vg of verbGroups) for (let i = vg.start; i < vg.end; i++) inVerb[i] = true;
  const nounPhrases: NounPhrase[] = [];
  for (let i = 0; i < tokens.length; ) {
    const np = inVerb[i] ? undefined : nounPhraseAt(g, tokens, i, inVerb);
    if (!np) {
      i++;
      continue;
    }
    nounPhrases.push(np);
    i = np.end;
  }
  for (const np of nounPhrases) {
    const r = np.end;
    const token = tokens[r];
    // A restrictive relative follows its noun directly; a non-restrictive one after a comma.
    if (token && token.gap !== 'quote' && isRelativiser(g, tokens, r)) {
      np.relative = { start: r, end: relativeExtent(g, tokens, verbGroups, r) };
    }
  }
  return { nounPhrases, verbGroups };
}

function isVerbGroupWord(g: GrammarWords, token: Token): boolean {
  return token.tag === 'AUX' || (g.verbGroupWords.has(token.lower) && !NOT_IN_VERB_GROUP.has(token.tag));
}

function findVerbGroups(g: GrammarWords, tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    let head = -1;
    let end = -1;
    if (token.tag === 'VERB' && isModifyingParticiple(g, tokens, i)) {
      // `the continued colonization`, `the opening ceremony`: part of a noun phrase.
    } else if (token.tag === 'VERB') {
      head = i;
      end = i + 1;
    } else if (isVerbGroupWord(g, token)) {
      let lastAux = token.tag === 'AUX' ? i : -1;
      for (let j = i + 1; j < tokens.length && joins(tokens, j); j++) {
        const t = tokens[j] as Token;
        // Indonesian: an adjective after a marker is the predicate (`sudah mahal`).
        if (t.tag === 'VERB' || (t.tag === 'ADJ' && g.headPosition === 'first')) {
          head = j;
          end = j + 1;
          break;
        }
        if (t.tag === 'AUX') lastAux = j;
        else if (!isVerbGroupWord(g, t) && t.tag !== 'ADV' && t.tag !== 'PART') break;
      }
      // Auxiliaries without a verb: a copula (`is`, `adalah`) is the group's head.
      if (head < 0 && lastAux >= 0) {
        head = lastAux;
        end = lastAux + 1;
      }
    }
    if (head < 0) {
      i++;
      continue;
    }
    const words = tokens.slice(i, end).map((t) => t.text);
    const hasAux = tokens.slice(i, end).some((t) => t.tag === 'AUX' || g.verbGroupWords.has(t.lower));
    const before = tokens[i - 1];
    const infinitive = before !== undefined && joins(tokens, i) && g.infinitiveMarkers.has(before.lower);
    const participle = !hasAux && g.nonFinite !== undefined && g.nonFinite.test((tokens[head] as Token).lower);
    groups.push({ start: i, end, head, passive: g.isPassive(words), finite: !infinitive && !participle });
    i = end;
  }
  return groups;
}

/**
 * A participle between a determiner and a noun or adjective modifies the noun (`the continued colonization`, `their
 * opening ceremony`). Only where the language says what a participle looks like: head-first languages put their
 * demonstratives after the noun (`persentase tersebut termasuk tinggi`).
 */
function isModifyingParticiple(g: GrammarWords, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!g.participle?.test((tokens[i] as Token).lower)) return false;
  if (!before || !after || !joins(tokens, i) || !joins(tokens, i + 1)) return false;
  const determiner = before.tag === 'DET' || (before.tag === 'PRON' && g.determiners.has(before.lower));
  return determiner && ['NOUN', 'PROPN', 'ADJ'].includes(after.tag);
}

/** The noun phrase that starts at `i`, if one does. */
function nounPhraseAt(g: GrammarWords, tokens: readonly Token[], i: number, inVerb: readonly boolean[]): NounPhrase | undefined {
  const first = tokens[i] as Token;
  if (isRelativiser(g, tokens, i) || (first.tag !== 'PRON' && first.tag !== 'DET' && g.relativisers.has(first.lower))) return undefined;
  if (first.tag === 'PRON' && !(g.headPosition === 'last' && g.determiners.has(first.lower) && opensPhrase(tokens, i + 1))) {
    return { start: i, end: i + 1, head: i };
  }
  const np = g.headPosition === 'first' ? headFirst(g, tokens, i, inVerb) : headLast(g, tokens, i, inVerb);
  // A demonstrative standing alone is a pronoun (`Ini terbukti …`, `That is right`).
  if (!np && first.tag === 'DET' && !opensPhrase(tokens, i + 1)) return { start: i, end: i + 1, head: i };
  return np;
}

function opensPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && joins(tokens, i) && (NOMINAL.has(t.tag) || t.tag === 'ADJ' || t.tag === 'NUM');
}

function usable(g: GrammarWords, tokens: readonly Token[], j: number, i: number, inVerb: readonly boolean[]): Token | undefined {
  const t = tokens[j];
  if (!t || inVerb[j] || (j > i && !joins(tokens, j)) || isRelativiser(g, tokens, j)) return undefined;
  return t;
}

function headFirst(g: GrammarWords, tokens: readonly Token[], i: number, inVerb: readonly boolean[]): NounPhrase | undefined {
  let j = i;
  let lastNumber = -1;
  // Before the noun: determiners (`para`, `sejumlah`) and numbers.
  for (;;) {
    const t = usable(g, tokens, j, i, inVerb);
    if (!t) break;
    if (t.tag === 'NUM') lastNumber = j;
    else if (!(t.tag === 'DET' || (g.determiners.has(t.lower) && !NOMINAL.has(t.tag)))) break;
    j++;
  }
  const t = usable(g, tokens, j, i, inVerb);
  if (!t || !(NOMINAL.has(t.tag) || t.tag === 'X')) {
    return lastNumber >= 0 ? { start: i, end: lastNumber + 1, head: lastNumber } : undefined;
  }
  let head = j;
  // A classifier or unit after a number gives the head to the noun after it (`dua orang pria`).
  const classifier = lastNumber === j - 1 && g.classifiers.has(t.lower) ? j : -1;
  // Titles before a name give the head to the name (`Wakil Presiden Gibran`).
  let k = j;
  while (k < tokens.length && g.titles.has((tokens[k] as Token).lower) && usable(g, tokens, k, i, inVerb)) k++;
  const name = usable(g, tokens, k, i, inVerb);
  if (k > j && name?.tag === 'PROPN') head = k;
  j++;
  for (;;) {
    const m = usable(g, tokens, j, i, inVerb);
    if (!m) break;
    // After a number in digits, a name or a noun other than a unit begins another phrase (`pada tahun 2024 | Presiden
    // …`); a number in words counts the noun after it (`Penerbitan dua seri obligasi`).
    const number = tokens[j - 1] as Token;
    if (NOMINAL.has(m.tag) && number.tag === 'NUM' && j - 1 > head && !g.classifiers.has(m.lower) && (m.tag === 'PROPN' || !/^\p{L}/u.test(number.text))) break;
    if (NOMINAL.has(m.tag) || m.tag === 'ADJ' || m.tag === 'NUM' || m.tag === 'X') {
      if (j === classifier + 1 && m.tag === 'NOUN') head = j;
      j++;
      continue;
    }
    // A possessor with its determiner continues it (`popularitas para selebriti`).
    if (m.tag === 'DET' && g.determiners.has(m.lower)) {
      const next = usable(g, tokens, j + 1, i, inVerb);
      if (next && NOMINAL.has(next.tag)) {
        j += 2;
        continue;
      }
      break;
    }
    // A demonstrative or a possessor closes the phrase (`hal itu`, `rumah saya`).
    if (m.tag === 'DET' || m.tag === 'PRON') j++;
    break;
  }
  return { start: i, end: j, head };
}

function headLast(g: GrammarWords, tokens: readonly Token[], i: number, inVerb: readonly boolean[]): NounPhrase | undefined {
  let j = i;
  let head = -1;
  let lastNumber = -1;
  for (;;) {
    const t = usable(g, tokens, j, i, inVerb);
    if (!t) break;
    const determiner = t.tag === 'DET' || (t.tag === 'PRON' && g.determiners.has(t.lower));
    const previous = j > i ? tokens[j - 1] : undefined;
    if (determiner && j === i) {
      j++;
      continue;
    }
    // A time noun after the phrase's noun is an adverbial of its own (`her exam | today`).
    if (NOMINAL.has(t.tag) && head >= 0 && g.timeWords?.has(t.lower)) break;
    if (NOMINAL.has(t.tag)) head = j;
    else if (t.tag === 'NUM') lastNumber = j;
    else if (t.tag === 'PART' && (t.lower === "'s" || t.lower === "'") && head === j - 1) {
      // A possessor: `the company 's chief executive`.
    } else if (t.tag === 'ADJ' || t.tag === 'X') {
      // A modifier; the phrase needs a noun after it.
    } else if ((t.tag === 'ADV' && opensModifier(tokens, j + 1)) || (t.tag === 'VERB' && previous && (previous.tag === 'DET' || previous.tag === 'ADJ') && opensPhrase(tokens, j + 1))) {
      // `very large`, `the proposed rule`.
    } else break;
    j++;
  }
  // (A number right after a name, where the phrase stops, is the name's: `Halo 2`, `Doom 3`.)
  const numbered = head >= 0 && lastNumber === head + 1 && j === head + 2 && (tokens[head] as Token).tag === 'PROPN';
  if (head >= 0) return { start: i, end: numbered ? head + 2 : head + 1, head };
  if (lastNumber >= 0) return { start: i, end: lastNumber + 1, head: lastNumber };
  return undefined;
}

function opensModifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && joins(tokens, i) && (t.tag === 'ADJ' || t.tag === 'NUM');
}
