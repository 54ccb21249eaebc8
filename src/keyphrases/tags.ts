/**
 * Which keyphrases are tags: phrases that name what the article is about. The ranking keeps verb forms and
 * modifiers for recall (crowd annotators tag them), but a tag, a title's subject or a heading names a thing.
 */
import type { Sentence } from '../document/types.js';
import { tagsOf } from '../grammar/annotate.js';
import type { LanguagePack } from '../lang/types.js';
import { attributiveOnly, nominal, nounByUse, verbByUse } from './nominal.js';

type Blocks = readonly { sentences: readonly Sentence[] }[];

/** Tags of a verb's words (the tagger's UPOS). */
const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Tags of a modifier's. */
const MODIFIER: ReadonlySet<string> = new Set(['ADJ', 'ADV']);
/** Tags of a noun's. */
const NOUN: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** How the tagger reads the phrase where the article writes it (the same words in order, any case). */
interface Reading {
  /** Occurrences. */
  uses: number;
  /** Occurrences with a word at an edge tagged VERB or AUX, or, for one word, tagged VERB, AUX, ADJ or ADV. */
  notNoun: number;
  /** Occurrences whose last word (English) or first (Indonesian), the head's place, is tagged NOUN or PROPN. */
  noun: number;
}

/** Per list of blocks, the sentences that write each lowercase word (built once: a long article has many tags to read). */
const indexes = new WeakMap<Blocks, Map<string, Sentence[]>>();

/** The sentences of the blocks that write the lowercase word, in order. */
function sentencesWith(blocks: Blocks, word: string): readonly Sentence[] {
  let index = indexes.get(blocks);
  if (!index) {
    index = new Map();
    for (const { sentences } of blocks) {
      for (const sentence of sentences) {
        for (const w of new Set(sentence.words.map((x) => x.text.toLowerCase()))) {
          const list = index.get(w);
          if (list) list.push(sentence);
          else index.set(w, [sentence]);
        }
      }
    }
    indexes.set(blocks, index);
  }
  return index.get(word) ?? [];
}

/** The tagger's reading of the phrase, or undefined in a language without a tagger. */
function readingOf(phrase: string, blocks: Blocks, lang: LanguagePack): Reading | undefined {
  const words = phrase.toLowerCase().split(/\s+/u).filter((w) => w !== '');
  const reading: Reading = { uses: 0, notNoun: 0, noun: 0 };
  if (words.length === 0 || !lang.tagger) return undefined;
  const headAt = lang.modifierPosition === 'after' ? 0 : words.length - 1;
  for (const sentence of sentencesWith(blocks, words[0]!)) {
    const ws = sentence.words;
    const tags = tagsOf(sentence, lang);
    if (!tags) return undefined;
    for (let i = 0; i + words.length <= ws.length; i++) {
      if (!words.every((w, j) => ws[i + j]!.text.toLowerCase() === w)) continue;
      reading.uses++;
      const first = tags[i]!;
      const last = tags[i + words.length - 1]!;
      if (VERBAL.has(first) || VERBAL.has(last) || (words.length === 1 && MODIFIER.has(first))) reading.notNoun++;
      if (NOUN.has(tags[i + headAt]!)) reading.noun++;
    }
  }
  return reading;
}

/**
 * True when the tagger says the article uses the phrase as a verb or, one word alone, as a modifier: in most of
 * its occurrences, a word at its edge is tagged VERB or AUX (`will continue`), or the one word is tagged VERB, AUX,
 * ADJ or ADV (`naik`, `presidential`, `digital`). A phrase the article never writes as it stands (an alias) is not
 * judged; a language without a tagger never says so.
 */
export function verbOrModifierByTag(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  const r = readingOf(phrase, blocks, lang);
  return r !== undefined && r.uses > 0 && r.notNoun * 2 > r.uses;
}

/**
 * True when the phrase may stand for a thing in titles and headings: not a word the article uses as a verb
 * (`will continue`, `sudah masuk`) nor one only ever written as a modifier (`strong evidence`).
 */
export function namesThing(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  return !verbByUse(phrase, blocks, lang) && !attributiveOnly(phrase, blocks, lang);
}

/**
 * True when the phrase is one of the article's tags. Where the tagger reads the phrase, it decides: no verb or lone
 * modifier in most uses (`verbOrModifierByTag`), never after a modal (`will continue`), and a noun at the head's
 * place in most uses overrules the rules by word form (`streaming`, `levelling`) and by place (`fuel` in `fuel
 * prices`: a noun that modifies is still a noun). Elsewhere the rules decide: it names a thing (`namesThing`) and no
 * edge is a verb form unless the article uses the word as a noun (`the kidnapping`).
 */
export function isTag(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  if (verbByUse(phrase, blocks, lang)) return false;
  // A word of the language's list of modifiers (`digital`) is never a tag alone, whatever the tagger says.
  if (!phrase.includes(' ') && lang.modifiers?.has(phrase.toLowerCase()) === true) return false;
  const r = readingOf(phrase, blocks, lang);
  if (r !== undefined && r.uses > 0) {
    if (r.notNoun * 2 > r.uses) return false;
    if (r.noun * 2 > r.uses) return true;
  }
  return !attributiveOnly(phrase, blocks, lang) && (nominal(phrase, lang) || nounByUse(phrase, blocks, lang));
}
