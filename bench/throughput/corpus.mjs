/**
 * The benchmark's articles: every `.txt` of `../shared/corpus` (id-news, kp-500n-kpcrowd), body only (the English
 * files' first line is a headline), and the trees of files the CLI runs on.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef Article
 * @property {string} id file name without `.txt`
 * @property {'id' | 'en'} lang
 * @property {string} text body, one paragraph per line
 * @property {number} words
 */

/**
 * @param {string} dir corpus root
 * @returns {Article[]}
 */
export function loadCorpus(dir) {
  /** @type {Article[]} */
  const out = [];
  for (const [sub, lang] of /** @type {const} */ ([['id-news', 'id'], ['kp-500n-kpcrowd', 'en']])) {
    const base = join(dir, sub);
    for (const name of readdirSync(base).filter((n) => n.endsWith('.txt')).sort()) {
      let text = readFileSync(join(base, name), 'utf8').replace(/\r\n?/g, '\n').trim();
      if (lang === 'en') text = text.slice(text.indexOf('\n') + 1).trim();
      if (text === '') continue;
      out.push({ id: name.slice(0, -4), lang, text: `${text}\n`, words: text.split(/\s+/).length });
    }
  }
  return out;
}

/**
 * Writes `count` files cycling through the articles, 100 a folder (`d000/…`), under `root`.
 * @param {string} root
 * @param {Article[]} articles
 * @param {number} count
 */
export function writeFiles(root, articles, count) {
  for (let i = 0; i < count; i++) {
    const folder = join(root, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const a = articles[i % articles.length];
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}-${a.id}.txt`), a.text);
  }
}

/**
 * Every `step`-th article, for the measures too slow to run on all of them.
 * @template T
 * @param {T[]} list
 * @param {number} count
 * @returns {T[]}
 */
export function sample(list, count) {
  const step = Math.max(1, Math.floor(list.length / count));
  return list.filter((_, i) => i % step === 0).slice(0, count);
}

/**
 * An article repeated `times` times (for the scaling measure).
 * @param {string} text
 * @param {number} times
 */
export function repeated(text, times) {
  return Array.from({ length: times }, () => text.trim()).join('\n') + '\n';
}
