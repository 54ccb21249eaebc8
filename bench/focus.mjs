#!/usr/bin/env node
/**
 * Focus keyphrase benchmark: `npm run bench:focus -- [corpus dir] [--limit N] [--list]` (default `../shared/corpus`).
 *
 * For each set with editors' headlines (`headlines/id-detik`, `id-news`, `headlines/en-bbc`), runs the rewrite as
 * the CLI does (`rewrite()`, language given) on the article body and prints, with 95 % Wilson intervals:
 * - **in headline**: the focus occurs in the editor's published headline, every word in order, compared by the
 *   language's stems (`Prabowo teken` matches `Prabowo Teken`; `ekspor` matches `Ekspor`); also the strict share
 *   (same lowercased word forms);
 * - **generic**: a one-word focus (not an acronym) the article also writes in lowercase (a common noun, not a
 *   name) that is among the 300 most frequent content words (non-stopwords) of the language's articles in these
 *   sets;
 * - how many articles got no focus, and the milliseconds per article.
 * `--list` prints each article's focus, headline and verdict (for reading, not for the record).
 */
import { register } from 'tsx/esm/api';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { benchArgs } from './args.mjs';

register();
const { rewrite } = await import('../src/pipeline/rewrite.ts');
const { getLanguagePack } = await import('../src/lang/index.ts');
const { stemWord } = await import('../src/keyphrases/tokens.ts');

const { values, positionals } = benchArgs('bench:focus', 'usage: node bench/focus.mjs [CORPUS_DIR] [--limit N] [--list]', { list: { type: 'boolean' }, limit: { type: 'string' } });
const list = values.list === true;
const limit = Number(values.limit ?? Infinity);
const root = resolve(positionals[0] ?? '../shared/corpus');

const SETS = [
  { name: 'id-detik', dir: 'headlines/id-detik', lang: 'id' },
  { name: 'id-news', dir: 'id-news', lang: 'id' },
  { name: 'en-bbc', dir: 'headlines/en-bbc', lang: 'en' },
];

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const words = (text) => (text.match(WORD) ?? []);

/** Wilson score interval for k of n, 95 %. */
function wilson(k, n) {
  if (n === 0) return [0, 0];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  // (Clamped: at k = 0 rounding leaves the lower bound a hair below zero, printed "-0.0".)
  return [Math.max(0, c - h), Math.min(1, c + h)];
}
const pct = (k, n) => {
  const [lo, hi] = wilson(k, n);
  return `${((100 * k) / Math.max(1, n)).toFixed(1)} % [${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)}]`;
};

/** True when `needle` occurs as consecutive items of `hay`. */
function contains(hay, needle) {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) ok = hay[i + j] === needle[j];
    if (ok) return true;
  }
  return false;
}

async function loadSet(set) {
  const dir = join(root, set.dir);
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const docs = [];
  for (const name of names) {
    const id = name.slice(0, -4);
    const title = meta[id]?.title;
    if (!title) continue;
    docs.push({ id, title, body: await readFile(join(dir, name), 'utf8') });
    if (docs.length >= limit) break;
  }
  return docs;
}

const loaded = await Promise.all(SETS.map(loadSet));

/** The 300 most frequent content words per language over these sets. */
const frequent = new Map();
for (const lang of new Set(SETS.map((s) => s.lang))) {
  const pack = getLanguagePack(lang).pack;
  const counts = new Map();
  SETS.forEach((s, i) => {
    if (s.lang !== lang) return;
    for (const d of loaded[i]) for (const w of words(d.body)) {
      const lower = w.toLowerCase();
      if (pack.stopwords.has(lower) || /^\p{N}/u.test(lower)) continue;
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  });
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 300).map(([w]) => w);
  frequent.set(lang, new Set(top));
}

const rows = [];
for (const [i, set] of SETS.entries()) {
  const pack = getLanguagePack(set.lang).pack;
  const stems = (text) => words(text).map((w) => stemWord(w.toLowerCase(), pack));
  let stemHit = 0;
  let strictHit = 0;
  let generic = 0;
  let none = 0;
  const t0 = performance.now();
  for (const d of loaded[i]) {
    const result = rewrite(d.body, { lang: set.lang, format: 'text' });
    const focus = result.focusKeyphrase ?? '';
    if (!focus) {
      none++;
      continue;
    }
    const strict = contains(words(d.title).map((w) => w.toLowerCase()), words(focus).map((w) => w.toLowerCase()));
    const stemmed = contains(stems(d.title), stems(focus));
    if (strict) strictHit++;
    if (stemmed) stemHit++;
    const one = words(focus);
    const lower = one[0]?.toLowerCase() ?? '';
    const acronym = /^\p{Lu}[\p{Lu}\d]+$/u.test(one[0] ?? '');
    const isGeneric = one.length === 1 && !acronym && frequent.get(set.lang).has(lower) && words(d.body).includes(lower);
    if (isGeneric) generic++;
    if (list) console.log(`${set.name}\t${stemmed ? 'HIT ' : strict ? 'hit ' : '    '}${isGeneric ? 'GENERIC ' : ''}${focus}\t| ${d.title}`);
  }
  const ms = (performance.now() - t0) / Math.max(1, loaded[i].length);
  const n = loaded[i].length;
  rows.push([set.name, String(n), pct(stemHit, n), pct(strictHit, n), pct(generic, n), String(none), ms.toFixed(1)]);
}

const head = ['set', 'n', 'focus in headline (stems)', 'same word forms', 'generic focus', 'no focus', 'ms/article'];
const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log('\n95 % Wilson intervals in brackets. Targets (issue 13): in headline ≥ 65 % id, ≥ 50 % en; generic 0.');
