/**
 * The token stream the extractor works on: every word of the document with what the ranking needs to know about
 * it (stem, function word or not, casing, where it stands), and the boundaries phrases may not cross.
 */
import type { Doc, Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { datelineLength, datelineOutlets } from '../text/dateline.js';
import { readerNoteBlocks } from '../lang/reader-note.js';
import { grammarOf } from '../grammar/annotate.js';

/** One word of the document, annotated. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Offsets of the word in `Doc.source`. */
  start: number;
  end: number;
  /** Grouping key: the lowercased stem (acronyms are lowercased, not stemmed). */
  stem: string;
  /** A function word (case-aware: `AS` and `US` are acronyms, not `as` and `us`). */
  stop: boolean;
  /** A content word too generic to begin or end a keyphrase (reporting verbs, weekdays…). */
  generic: boolean;
  /** A number (`2025`, `5.000`, `IV`) or a single letter: never at a phrase edge. */
  weak: boolean;
  /** All capitals, two or more letters, in a sentence that is not itself written in capitals. */
  acronym: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Its case says nothing: first word of a sentence, or in a heading, or after an opening quote or colon. */
  caseless: boolean;
  /** Index of its sentence in the document (0-based, over kept sentences). */
  sentence: number;
  /** Index of its block (heading or paragraph). */
  block: number;
  /** In a heading block. */
  heading: boolean;
  /** Phrases never span two chunks: a chunk ends at any punctuation or sentence end. */
  chunk: number;
  /** An opening bracket stands right before the word: `(AS)`. */
  openBracket: boolean;
  /** A closing bracket stands right after the word. */
  closeBracket: boolean;
  /** Its part-of-speech tag in this sentence (UPOS), when the language has a tagger. */
  tag?: string;
}

/** The annotated words of a document, in order. */
export interface TokenStream {
  tokens: Token[];
  /** Number of sentences. */
  sentences: number;
  /** Number of words in paragraphs (heading words excluded). */
  bodyWords: number;
  /** Index of the first sentence of the first paragraph (the lead sentence), or -1 without paragraphs. */
  leadSentence: number;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{N}]*$|^\p{Lu}{2,}-?\p{N}+$/u;
const PLURAL_ACRONYM = /^(\p{Lu}{2,})s$/u;
/** An English possessive (`Google's`): grouped with the bare word. */
const POSSESSIVE = /(?<=\p{L}{2})['’]s$/u;
const HAS_LETTER = /\p{L}/u;
/**
 * A character of U+0080–U+00BF (`ª`, `°`, `«`, C1 controls): no word of a Latin-script language holds one, and text
 * decoded twice (`ØªÙ` for Arabic `تُ`) is full of them. Such a word is never a keyphrase.
 */
const MOJIBAKE = /[\u0080-\u00bf]/u;
/** A Roman numeral from II to XXXIX (`Komisi VI`, `kuartal IV`): a number, not an acronym. */
const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/u;
const CAPITAL = /^\p{Lu}/u;
/** Characters between two words that do not break a phrase. */
const SPACE_ONLY = /^[\s]*$/u;
/** What, just before a word, makes its capital uninformative (opening quote, colon, dash, bracket). */
const CASE_OPENER = /[“"‘'«(\[:–—-]\s*$/u;

/**
 * Stem cache per language pack: stemming is the costliest step and news repeats its words.
 */
const stemCaches = new WeakMap<LanguagePack, Map<string, string>>();

/** What a word is, whatever its place: computed once per word form and language. */
interface WordInfo {
  stem: string;
  /** Shaped like an acronym (whether it is one also depends on its sentence). */
  acronymShape: boolean;
  /** In the stopword list (lowercased, curly apostrophe straightened). */
  stopListed: boolean;
  genericListed: boolean;
  weak: boolean;
  capital: boolean;
}

const infoCaches = new WeakMap<LanguagePack, Map<string, WordInfo>>();

/** The cached description of a word form. */
function infoOf(text: string, lang: LanguagePack): WordInfo {
  let cache = infoCaches.get(lang);
  if (!cache) {
    cache = new Map();
    infoCaches.set(lang, cache);
  }
  let info = cache.get(text);
  if (info) return info;
  const lower = text.toLowerCase().replace(/’/gu, "'");
  const acronymShape = isAcronym(text);
  info = {
    stem: stemWord(text, lang),
    acronymShape,
    stopListed: lang.stopwords.has(lower),
    genericListed: lang.genericWords?.has(lower) ?? false,
    weak: !HAS_LETTER.test(text) || (text.length === 1 && !acronymShape) || ROMAN.test(text) || MOJIBAKE.test(text),
    capital: CAPITAL.test(text),
  };
  if (cache.size > 100_000) cache.clear();
  cache.set(text, info);
  return info;
}

/**
 * The grouping key of a word: the stem of its lowercase form. A doubled word (`menteri-menteri`) counts as its
 * half, a possessive (`Google's`) as the bare word, an acronym's plural (`GPUs`) as the acronym.
 */
export function stemWord(word: string, lang: LanguagePack): string {
  let cache = stemCaches.get(lang);
  if (!cache) {
    cache = new Map();
    stemCaches.set(lang, cache);
  }
  let key = cache.get(word);
  if (key !== undefined) return key;
  if (POSSESSIVE.test(word)) {
    key = stemWord(word.replace(POSSESSIVE, ''), lang);
    cache.set(word, key);
    return key;
  }
  const plural = PLURAL_ACRONYM.exec(word);
  if (plural?.[1]) key = plural[1].toLowerCase();
  else if (isAcronym(word)) key = word.replace(/\./gu, '').toLowerCase();
  else {
    const lower = word.toLowerCase();
    const halves = lower.split('-');
    const base = halves.length === 2 && halves[0] === halves[1] && halves[0] ? halves[0] : lower;
    key = lang.stem(base).toLowerCase();
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, key);
  return key;
}

/** Longest acronym, in letters: a longer word in capitals is shouted (`WASHINGTON (AP) —`), not an acronym. */
const MAX_ACRONYM = 6;

/**
 * True for an all-capital word of two to six letters (`AS`, `GPU`, `A.S.`, `COVID-19`), not a Roman numeral.
 */
export function isAcronym(word: string): boolean {
  const bare = word.includes('.') ? word.replace(/\./gu, '') : word;
  if (bare.length < 2 || !ACRONYM.test(bare) || ROMAN.test(bare)) return false;
  return bare.replace(/[^\p{L}]/gu, '').length <= MAX_ACRONYM;
}

/** True when the word is a function word of the language, reading all-capital words as acronyms. */
export function isStopword(word: string, lang: LanguagePack): boolean {
  if (isAcronym(word)) return false;
  return lang.stopwords.has(word.toLowerCase().replace(/’/gu, "'"));
}

/** True when most letters of the sentence are capitals (a headline or dateline in caps: no acronyms there). */
function shouting(sentence: Sentence): boolean {
  let upper = 0;
  let letters = 0;
  for (const word of sentence.words) {
    if (word.text.length < 2 || !HAS_LETTER.test(word.text)) continue;
    letters++;
    if (word.text === word.text.toUpperCase()) upper++;
  }
  return letters >= 3 && upper / letters > 0.6;
}

/** True when the sentence is not article content by the language's rules (left-over instructions, promo). */
function skipped(sentence: Sentence, lang: LanguagePack): boolean {
  return lang.nonArticle.some((rule) => rule.pattern.test(sentence.text));
}

/** True when offset `at` falls in one of the dateline's outlet spans. */
function inOutlet(outlets: readonly [number, number][], at: number): boolean {
  for (const [a, b] of outlets) if (at >= a && at < b) return true;
  return false;
}

/**
 * Annotates every word of the document. Sentences that the language pack marks as not article content, and
 * notes to the reader, are left out.
 */
export function tokenize(doc: Doc, lang: LanguagePack): TokenStream {
  const tokens: Token[] = [];
  let sentenceIndex = 0;
  let chunk = 0;
  let bodyWords = 0;
  let leadSentence = -1;
  // A note to the reader (a content warning above a suicide story) is not what the story is about.
  const notes = readerNoteBlocks(doc.blocks, lang);
  doc.blocks.forEach((block, blockIndex) => {
    const heading = block.kind === 'heading';
    if (notes.has(block)) return;
    for (const sentence of block.sentences) {
      if (sentence.words.length === 0 || skipped(sentence, lang)) continue;
      const caps = shouting(sentence);
      // The outlet in the article's dateline (`Jakarta (ANTARA News) - `, `Rimanews - `) is not a keyphrase; the
      // place stays a word of the article, and the story's first word opens a sentence.
      const dateline = !heading && leadSentence < 0 ? datelineLength(sentence.text) : 0;
      const outlets = dateline > 0 ? datelineOutlets(sentence.text, dateline) : [];
      const opener = dateline > 0 ? sentence.words.findIndex((w) => w.start >= sentence.start + dateline) : 0;
      if (!heading && leadSentence < 0) leadSentence = sentenceIndex;
      const tags = grammarOf(sentence, lang)?.tags;
      let gap = doc.source.slice(sentence.start, sentence.words[0]?.start ?? sentence.start);
      let cut = false;
      sentence.words.forEach((word, i) => {
        const text = word.text;
        const next = sentence.words[i + 1];
        const after = doc.source.slice(word.end, next ? next.start : sentence.end);
        if (outlets.length > 0 && inOutlet(outlets, word.start - sentence.start)) {
          gap = after;
          cut = true;
          return;
        }
        if (cut || (i > 0 && gap !== ' ' && !SPACE_ONLY.test(gap))) chunk++;
        cut = false;
        const info = infoOf(text, lang);
        const acronym = !caps && info.acronymShape;
        const stop = !acronym && info.stopListed;
        tokens.push({
          text,
          start: word.start,
          end: word.end,
          stem: info.stem,
          stop,
          generic: !stop && info.genericListed,
          weak: info.weak,
          acronym,
          capital: info.capital,
          caseless: heading || caps || i === 0 || i === opener || (gap !== ' ' && CASE_OPENER.test(gap)),
          sentence: sentenceIndex,
          block: blockIndex,
          heading,
          chunk,
          openBracket: gap !== ' ' && /[(\[]\s*$/u.test(gap),
          closeBracket: after !== ' ' && /^\s*[)\]]/u.test(after),
          ...(tags ? { tag: tags[i] } : {}),
        });
        gap = after;
        if (!heading) bodyWords++;
      });
      chunk++;
      sentenceIndex++;
    }
  });
  return { tokens, sentences: sentenceIndex, bodyWords, leadSentence };
}
