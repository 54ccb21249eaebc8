#!/usr/bin/env node
/**
 * Editorial benchmark: `npm run bench:editorial -- [corpus dir] [--limit N] [--list]` (default `../shared/corpus`).
 *
 * Per set with editors' headlines (`headlines/id-detik`, `headlines/en-bbc`, `id-news`), rewrites each article as
 * the CLI does (body only, language given) and prints:
 * - ROUGE-1 F1 of our title against the editor's headline (lowercased word unigrams, clipped counts), ×100;
 * - the share of `Label: …` titles (a colon after the first one to three words) and of list titles (`A, B dan C`,
 *   `A and B` at the end after a colon);
 * - the share of meta descriptions ending in "…";
 * - the share of titles and headings whose every word is a word of the article or an attested headline form (the
 *   "nothing invented" check; words not found are listed with `--list`).
 * `--list` prints each article's title beside the editor's headline.
 */
import { register } from 'tsx/esm/api';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { benchArgs } from './args.mjs';

register();
const { rewrite } = await import('../src/pipeline/rewrite.ts');
const { getLanguagePack } = await import('../src/lang/index.ts');
const { menBases } = await import('../src/lang/id/headline.ts');
const { rouge1, words } = await import('./editorial/metrics.mjs');
const { verbLemmas } = await import('../src/lang/en/verb-lemmas.ts');
/** English lemma → the article forms that attest it (`say` ← `said`). */
const FORMS = new Map();
for (const [form, lemma] of verbLemmas) FORMS.set(lemma, [...(FORMS.get(lemma) ?? []), form]);

const { values, positionals } = benchArgs('bench:editorial', 'usage: npm run bench:editorial -- [CORPUS_DIR] [--limit N] [--list]', { list: { type: 'boolean' }, limit: { type: 'string' } });
const list = values.list === true;
const limit = Number(values.limit ?? Infinity);
const root = resolve(positionals[0] ?? '../shared/corpus');
const SETS = [
  { name: 'id-detik', dir: 'headlines/id-detik', lang: 'id' },
  { name: 'id-news', dir: 'id-news', lang: 'id' },
  { name: 'en-bbc', dir: 'headlines/en-bbc', lang: 'en' },
];
const LABEL = /^[^:]{1,40}:\s/u;
function isLabel(title) {
  const m = LABEL.exec(title);
  return m !== null && m[0].split(/\s+/u).filter(Boolean).length <= 4;
}
function isList(title, and) {
  return new RegExp(`:\\s[^:]*,[^,]+\\s${and}\\s[^,]+$|:\\s\\S+(?:\\s\\S+)?\\s${and}\\s\\S+(?:\\s\\S+)?$`, 'u').test(title);
}

/** Words of generated text not written in the article (nor an attested headline form of one). */
function invented(text, article, lang) {
  // The language's `and` joins two heading terms (`Tencent dan Baidu`): a word of the pack, not of the article.
  const known = new Set([...words(article), lang === 'id' ? 'dan' : 'and']);
  // An office's short form newsrooms write for it (`Menkeu` of `Menteri Keuangan`), where the article names the office.
  const lowerArticle = article.toLowerCase();
  for (const [long, short] of getLanguagePack(lang).pack.headline?.officeShortForms ?? []) if (lowerArticle.includes(long)) for (const w of words(short)) known.add(w);
  return words(text).filter((w) => {
    if (known.has(w)) return false;
    // (The present tense of `be`, `do`, `have`, which the article writes in the past: `is` ← `was`.)
    const irregular = { is: 'be', are: 'be', does: 'do', has: 'have' }[w];
    if (lang === 'en' && irregular && (FORMS.get(irregular) ?? []).some((f) => known.has(f))) return false;
    if (lang === 'id') return ![`me${w}`, `mem${w}`, `men${w}`, `meng${w}`, `meny${w.slice(1)}`, `mem${w.slice(1)}`, `men${w.slice(1)}`, `meng${w.slice(1)}`, `di${w}`].some((f) => known.has(f) && (f.startsWith('di') || menBases(f).includes(w)));
    // The present tense of a verb the article writes in another form (`says` ← `said`), and `to` for `will`.
    if (w === 'to' && known.has('will')) return false;
    const lemmas = [w, w.replace(/s$/u, ''), w.replace(/es$/u, ''), w.replace(/ies$/u, 'y')];
    if (lemmas.some((l) => (FORMS.get(l) ?? []).some((f) => known.has(f)))) return false;
    // (A treebank lemma whose `-ing` form the article writes: `try` ← `are trying`, `plan` ← `is planning`.)
    const ing = (l) => [`${l}ing`, `${l.replace(/e$/u, '')}ing`, `${l}${l.at(-1)}ing`];
    if (lemmas.some((l) => FORMS.has(l) && ing(l).some((f) => known.has(f)))) return false;
    // (A regular past, its last consonant doubled too: `dip` ← `dipped`, `shuns` ← `shunned`.)
    const bare = w.replace(/s$/u, '');
    return ![`${w}d`, `${w}ed`, `${w}${w.at(-1)}ed`, `${bare}${bare.at(-1)}ed`, w.replace(/ies$/u, 'ied'), w.replace(/es$/u, 'ed'), w.replace(/s$/u, 'ed'), w.replace(/s$/u, 'd'), w.replace(/s$/u, ''), w.replace(/es$/u, '')].some((f) => known.has(f));
  });
}

for (const set of SETS) {
  const dir = join(root, set.dir);
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort().filter((n) => meta[n.slice(0, -4)]?.title).slice(0, limit);
  const and = getLanguagePack(set.lang).pack.words.and;
  let r1 = 0;
  let labels = 0;
  let lists = 0;
  let ellipsis = 0;
  let clean = 0;
  let texts = 0;
  for (const name of names) {
    const body = await readFile(join(dir, name), 'utf8');
    const editor = meta[name.slice(0, -4)].title;
    const result = rewrite(body, { lang: set.lang, format: 'text' });
    r1 += rouge1(result.title, editor);
    if (isLabel(result.title)) labels++;
    if (isList(result.title, and)) lists++;
    if (/…$/u.test(result.description)) ellipsis++;
    const headings = [...result.markdown.matchAll(/^## (.+)$/gmu)].map((m) => m[1]);
    for (const t of [result.title, ...headings]) {
      texts++;
      const extra = invented(t, body, set.lang);
      if (extra.length === 0) clean++;
      else if (list) console.log(`  invented? ${extra.join(', ')} in “${t}”`);
    }
    if (list) console.log(`${set.name}\t${result.title}\n\t\t${editor}`);
  }
  const n = Math.max(1, names.length);
  const pct = (k) => `${((100 * k) / n).toFixed(1)} %`;
  console.log(
    `${set.name.padEnd(9)} n=${String(names.length).padEnd(5)} ROUGE-1 ${((100 * r1) / n).toFixed(1).padStart(5)}  label ${pct(labels).padStart(7)}  list ${pct(lists).padStart(7)}  "…" ${pct(ellipsis).padStart(7)}  article words ${((100 * clean) / Math.max(1, texts)).toFixed(1)} %`,
  );
}
console.log('\nTargets (issue 14): ROUGE-1 ≥ 35 id, ≥ 30 en; labels ≤ 5 %; "…" ≤ 10 %; every word an article word or attested form.');
