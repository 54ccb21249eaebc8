/**
 * The form of a keyphrase that can serve as the focus, read from how the article writes it. A search user types a
 * thing's name, so a keyphrase that is only part of a name yields to the name (`d'Ivoire` → `Cote d'Ivoire`,
 * `United` → `Manchester United`), and one that names nothing is no focus: a verb form or participle (`played`,
 * `amazing`), a lone adjective (`multiple`), a hyphenated compound the article only puts before a noun
 * (`long-term threat`, `year-earlier period`), or the dateline's city (`WASHINGTON, April 1 (UPI) -`).
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { nominal, verbForm } from '../keyphrases/nominal.js';
import { datelineLength } from '../text/dateline.js';
import { stemWord } from '../keyphrases/tokens.js';

/** Longest name a focus may be (words). */
const MAX_NAME_WORDS = 3;

/** One word of a sentence as the focus rules see it. */
interface Slot {
  text: string;
  lower: string;
  /** Only whitespace separates it from the next word of its sentence. */
  joined: boolean;
}

/** The article's sentences as word slots, and its first word's dateline status. */
export interface FocusContext {
  lang: LanguagePack;
  sentences: Slot[][];
  /** The lowercased words of the article's dateline (`washington`, `upi` of `WASHINGTON, April 1 (UPI) -`). */
  dateline?: readonly string[];
  /** How many words of the first sentence belong to its dateline. */
  datelineWords?: number;
  /** True when the article writes a word of this stem in lowercase somewhere (built on first use). */
  writesLower(word: string): boolean;
  /** Where the article writes the lowercased word: [sentence, word] pairs in reading order (built on first use). */
  where(lower: string): readonly (readonly [number, number])[];
}

/** Builds the context from the article's sentences, first paragraph first. */
export function focusContext(sentences: readonly Sentence[], lang: LanguagePack): FocusContext {
  const slots = sentences.map((s) =>
    s.words.map((w, i) => {
      const next = s.words[i + 1];
      const gap = next ? s.text.slice(w.end - s.start, next.start - s.start) : '.';
      return { text: w.text, lower: w.text.toLowerCase(), joined: next !== undefined && /^\s+$/u.test(gap) };
    }),
  );
  // A place of filing the story is about (`SINGAPURA – … Presiden Singapura … Singapura`) is named again in the text.
  const first = sentences[0];
  const length = first ? datelineLength(first.text) : 0;
  const dateline = length > 0 ? first!.text.slice(0, length).toLowerCase().split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean) : undefined;
  let lowerStems: Set<string> | undefined;
  const writesLower = (word: string): boolean => {
    lowerStems ??= new Set(slots.flat().filter((w) => w.text === w.lower).map((w) => stemWord(w.lower, lang)));
    return lowerStems.has(stemWord(word.toLowerCase(), lang));
  };
  let index: Map<string, [number, number][]> | undefined;
  const where = (lower: string): readonly (readonly [number, number])[] => {
    if (!index) {
      index = new Map();
      slots.forEach((words, si) =>
        words.forEach((w, i) => {
          const list = index!.get(w.lower);
          if (list) list.push([si, i]);
          else index!.set(w.lower, [[si, i]]);
        }),
      );
    }
    return index.get(lower) ?? [];
  };
  const datelineWords = length > 0 ? first!.words.filter((w) => w.end - first!.start <= length).length : 0;
  return { lang, sentences: slots, dateline, datelineWords, writesLower, where };
}

/**
 * A word that can be part of a name: capitalised (`Côte`, `d'Ivoire`, `TNI`), not a possessive (`Monday's`), a
 * function word or a generic word.
 */
function nameWord(s: Slot | undefined, lang: LanguagePack): s is Slot {
  if (!s || !/^(?:\p{Lu}|\p{Ll}{1,3}['’]\p{Lu})/u.test(s.text) || /['’]s?$/u.test(s.text)) return false;
  return !lang.stopwords.has(s.lower) && lang.genericWords?.has(s.lower) !== true;
}

/** The run of name words around position `i` of `words` (inclusive start, exclusive end). */
function runAround(words: readonly Slot[], i: number, lang: LanguagePack, writesLower: (word: string) => boolean): [number, number] {
  let a = i;
  let b = i + 1;
  // A capitalised sentence opener that is an everyday word (`Meanwhile`) or one the article writes in lowercase too
  // (`Demographer Cassandra Dorius`, `demographers`) is no part of a name.
  const opener = (k: number): boolean =>
    k === 0 && (lang.commonWords?.has(words[k]!.lower) === true || writesLower(words[k]!.lower));
  while (a > 0 && words[a - 1]!.joined && nameWord(words[a - 1], lang) && !opener(a - 1)) a--;
  while (words[b - 1]!.joined && nameWord(words[b], lang)) b++;
  return [a, b];
}

/** Whether the name run ending before `b` continues over one function word into another name word. */
function goesOn(words: readonly Slot[], b: number, lang: LanguagePack): boolean {
  const link = words[b];
  return words[b - 1]!.joined && !!link && link.joined && link.text === link.lower && lang.stopwords.has(link.lower) && nameWord(words[b + 1], lang);
}

/**
 * The full name a one-word keyphrase is part of, when the article writes the word mostly inside one name and
 * introduces it there first; `null` when that name is too long for a focus, or when the word opens several names
 * (their common noun); undefined when the word is not a name's fragment (an acronym is a name of its own).
 */
function fullName(word: string, ctx: FocusContext): string | null | undefined {
  if (!/^\p{Lu}|^\p{Ll}{1,3}['’]\p{Lu}/u.test(word) || /^\p{Lu}[\p{Lu}\d]+$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const names = new Map<string, { text: string; n: number }>();
  let alone = 0;
  let inside = 0;
  let first: string | undefined;
  const long = new Set<string>();
  let heads = true;
  for (const [si, i] of ctx.where(lower)) {
    const words = ctx.sentences[si]!;
    if (!nameWord(words[i], ctx.lang)) continue;
    const [a, b] = runAround(words, i, ctx.lang, ctx.writesLower);
    const key = b - a > 1 ? words.slice(a, b).map((x) => x.lower).join(' ') : '';
    // Three name words that go on over `and`/`of` into more (`Intel International Science and Engineering Fair`).
    if (b - a >= MAX_NAME_WORDS && goesOn(words, b, ctx.lang)) long.add(key);
    first ??= key;
    if (key === '') {
      alone++;
      continue;
    }
    inside++;
    if (a !== i) heads = false;
    const entry = names.get(key) ?? { text: words.slice(a, b).map((x) => x.text).join(' '), n: 0 };
    entry.n++;
    names.set(key, entry);
  }
  // Mostly inside names: `Kaltim` beside one `Pemprov Kaltim` stays a name of its own.
  if (inside < 2 * alone || first === undefined || first === '') return undefined;
  const [key, best] = [...names.entries()].sort((x, y) => y[1].n - x[1].n)[0]!;
  // One name, introduced first and written twice at least, not several that share the word. A word that opens
  // each of them is their common noun (`Kementerian Energi`, `Kementerian ESDM`), no name; one that closes them is
  // (`Polres Serang`, `Kabupaten Serang`).
  if (key !== first || best.n * 2 <= inside || best.n < 2) return heads ? null : undefined;
  return long.has(key) || key.split(' ').length > MAX_NAME_WORDS ? null : best.text;
}

/**
 * A lowercase hyphenated word (`long-term`) that the article writes only right before another content word, as
 * languages that put modifiers before their noun do: a modifier, not a thing.
 */
function compoundModifier(word: string, ctx: FocusContext): boolean {
  if (ctx.lang.modifierPosition !== 'before' || word !== word.toLowerCase() || !/\p{L}-\p{L}/u.test(word)) return false;
  let seen = 0;
  for (const [si, i] of ctx.where(word)) {
    const words = ctx.sentences[si]!;
    const s = words[i]!;
    const next = words[i + 1];
    // Followed by a function word or a verb (`the chain-reaction started`), it is the noun itself.
    if (!s.joined || !next || ctx.lang.stopwords.has(next.lower) || verbForm(next.lower, ctx.lang)) return false;
    seen++;
  }
  return seen > 0;
}

/** Times the article writes the words `lower` in a row. */
function timesWritten(lower: readonly string[], ctx: FocusContext): number {
  let n = 0;
  for (const [si, i] of ctx.where(lower[0] ?? '')) {
    const words = ctx.sentences[si]!;
    if (lower.every((w, k) => words[i + k]?.lower === w)) n++;
  }
  return n;
}

/** Taken from the dateline (`WASHINGTON`, `LOS ANGELES`) and named twice at most besides: where, not what. */
function fromDateline(lower: readonly string[], ctx: FocusContext): boolean {
  const d = ctx.dateline;
  if (!d) return false;
  const inside = d.some((_, i) => lower.every((w, k) => d[i + k] === w));
  return inside && timesWritten(lower, ctx) <= 2;
}

/**
 * The phrase to use as the focus for keyphrase `phrase`: itself, the full name it is part of, or undefined when it
 * cannot be a focus (see the module comment).
 */
export function focusForm(phrase: string, ctx: FocusContext): string | undefined {
  const { lang } = ctx;
  const words = phrase.split(/\s+/u);
  if (fromDateline(words.map((w) => w.toLowerCase()), ctx)) return undefined;
  if (words.length === 1) {
    const word = words[0]!;
    const name = fullName(word, ctx);
    if (name === null) return undefined;
    if (name !== undefined) return name;
    if (compoundModifier(word, ctx)) return undefined;
  }
  return nominal(phrase, lang) ? phrase : undefined;
}
