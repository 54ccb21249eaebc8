/**
 * Reference extractors run in the same benchmark: retext-keywords, and plain frequency after stopwords (what
 * keyword-extractor does), both on the text as given.
 *
 * retext-keywords only counts words that carry a part-of-speech tag (nouns, capitalised adjectives); the tagger it
 * expects (retext-pos) is not a dependency of this project, so without help it returns nothing. To still compare,
 * a tiny stand-in tagger marks every word that is not in stopwords-iso's list as a noun (`NN`). Its stemming is
 * its own (Porter, English) in both languages.
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
