/**
 * English word lists of the keyphrase extractor (besides the stopwords). Owned by the keyphrase work.
 *
 * `genericWords`: content words that never begin or end a keyphrase in news: reporting verbs, very general
 * verbs and adverbs, days, months and other time words, number words, honorifics, and news agencies named in
 * credit lines. Chosen as a class, not article by article.
 *
 * `commonWords`: everyday words that may be part of a keyphrase (`New York`, `World Cup`) but rank lower on their
 * own: stopwords-iso's broad English list (MIT).
 */
import { isoStopwords } from './iso-stopwords.js';

const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

export const genericWords: ReadonlySet<string> = new Set(
  words(`
  say saying told tell tells telling added adding according asked asks stated states noted explained
  reported reports reportedly announced claimed
  get gets got getting go goes going went gone come comes came coming make makes made making take takes took
  taken taking give gives gave given giving put puts use used uses using want wants wanted know knows knew known
  think thinks thought see sees saw seen seem seems seemed look looks looked become becomes became
  including include includes included also already still just even really yet ago later earlier recently
  currently often sometimes around almost nearly
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
  day days night nights week weeks weekend month months year years time times
  january february march april june july august september october november december
  one two three four five six seven eight nine ten first second third
  percent per cent hundred thousand million billion trillion dozen dozens hundreds thousands millions billions
  thing things lot lots way ways
  ap afp reuters upi mr mrs ms dr
  `),
);

/**
 * Adjectives news puts before its nouns: part of a keyphrase (`presidential election`), never a focus keyphrase
 * or a heading alone. (The English ranking leaves them their weight: its F1 was set without this list.)
 */
export const modifiers: ReadonlySet<string> = new Set(
  words(`
  presidential congressional parliamentary national federal global local international political economic financial
  social public digital new old big small large major minor top high low former current military foreign domestic
  official annual final recent early late general special royal environmental medical legal nuclear radioactive
  regional private commercial industrial critical key main senior junior chief
  better best worse worst greater greatest higher highest lower lowest larger largest smaller smallest
  multiple several various numerous many few other additional further certain entire whole
  fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
`),
);

export const commonWords: ReadonlySet<string> = new Set(isoStopwords.map((w) => w.toLowerCase()));
