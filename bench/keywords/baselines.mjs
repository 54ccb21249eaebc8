/**
 * Reference extractors run in the same benchmark: retext-keywords, and plain frequency after stopwords (what
 * keyword-extractor does), both on the text as given.
 *
 * retext-keywords only counts words that carry a part-of-speech tag (nouns, capitalised adjectives); the tagger it
 * expects (retext-pos) is not a dependency of this project, so without help it returns nothing. To still compare,
 * a tiny stand-in tagger marks every word that is not in stopwords-iso's list as a noun (`NN`). Its stemming is
 * its own (Porter, English) in both languages.
 *
 * Why it is a baseline here and not a signal of our English ranking (measured on kp-500n when our F1@10 was 20.95,
 * even/odd halves 20.62 / 21.29): with the stand-in tagger, all it knows is how often each Porter stem occurs
 * (its keyword score is that count over the article's highest) and which runs of such words recur (its phrases).
 * Our features already hold both: the stemmed count and the phrase statistics. Added as a ranking feature, each
 * form of it (keyword score of a word, mean score of a phrase's words, listed as a phrase, phrase score, listed at
 * all) stays within 20.07–21.03 over weights −1…2; the best, a word's keyword score × 0.15, gives 21.03 (halves
 * 20.70 / 21.35), which is noise next to the 0.67 between the halves. It changes 10 of the 227 focus keyphrases:
 * 4 for the better (`playoff` → `Sixers`), 3 for the worse (`Twitter` → `fans`, `Netflix` → `stream`), 3 neither.
 * And it would make English extraction about 3.5 times slower (retext takes 3 ms an article, ours 1.2 ms).
 */
import { createRequire } from 'node:module';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import retextKeywords from 'retext-keywords';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

const require = createRequire(import.meta.url);
/** @type {Record<string, string[]>} */
const iso = require('stopwords-iso');

/** @param {string} lang */
function isoStopwords(lang) {
  return new Set((iso[lang] ?? []).map((w) => w.toLowerCase()));
}

/** Stand-in for retext-pos: non-stopwords are nouns. */
function nounProxy(/** @type {{stopwords: Set<string>}} */ options) {
  return (/** @type {import('nlcst').Root} */ tree) => {
    visit(tree, 'WordNode', (node) => {
      const value = toString(node);
      if (/^\p{N}+$/u.test(value) || options.stopwords.has(value.toLowerCase())) return;
      node.data = { ...node.data, partOfSpeech: 'NN' };
    });
  };
}

const processors = new Map();

/** @param {string} lang */
function processor(lang) {
  let p = processors.get(lang);
  if (!p) {
    p = unified()
      .use(lang === 'en' ? retextEnglish : retextLatin)
      .use(nounProxy, { stopwords: isoStopwords(lang) })
      .use(retextKeywords, { maximum: 20 });
    processors.set(lang, p);
  }
  return p;
}

/**
 * retext-keywords on `text`: its key phrases then its keywords (`phrases`), and its keywords alone (`words`).
 * @param {string} text
 * @param {string} lang
 * @returns {{phrases: string[], words: string[]}}
 */
export function retextKeyphrases(text, lang) {
  const p = processor(lang);
  const file = new VFile(text);
  const tree = p.parse(file);
  p.runSync(tree, file);
  /** @type {any} */
  const data = file.data;
  const words = (data.keywords ?? []).map((/** @type {any} */ k) => toString(k.matches[0].node));
  const phrases = (data.keyphrases ?? []).map((/** @type {any} */ k) => toString(k.matches[0].nodes));
  return { phrases: [...phrases, ...words], words };
}

/**
 * Words ranked by frequency after removing stopwords-iso's stopwords and numbers; ties by first occurrence.
 * @param {string} text
 * @param {string} lang
 * @returns {string[]}
 */
export function frequencyKeywords(text, lang) {
  const stop = isoStopwords(lang);
  /** @type {Map<string, {n: number, first: number}>} */
  const counts = new Map();
  let i = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const w = m[0].toLowerCase();
    i++;
    if (stop.has(w) || /^\p{N}+$/u.test(w)) continue;
    const c = counts.get(w);
    if (c) c.n++;
    else counts.set(w, { n: 1, first: i });
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([w]) => w);
}
