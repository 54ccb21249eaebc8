#!/usr/bin/env node
/**
 * `npm run train:title -- [corpus dir] [--dry | --dry-run]` (default `../shared/corpus`): fits each language's title model to
 * editors' headlines and writes `src/lang/<code>/title-model.ts`.
 *
 * Data: the development sets with published headlines (`headlines/id-detik`, `headlines/en-bbc`). Each article is
 * analysed as the CLI does (body only, language given, the focus the pipeline chooses); every headline the lead's
 * main clauses give (`clauseTitles`) gets its features (`src/restructure/title-model.ts`) and its ROUGE-1 F1
 * against the editor's headline. The weights maximise the likelihood of the best candidates (those within 0.02 of
 * the article's best ROUGE-1) under a softmax over the article's candidates, with L2 regularisation, by plain
 * gradient descent from the prior: deterministic.
 *
 * Articles whose id starts with 0–6 train; 7–9 are held out and only measured: the mean ROUGE-1 of the chosen
 * headline, under the prior and under the fitted weights. A language's model is written only when it beats the
 * prior on held-out articles by more than half a point; else the prior stays.
 */
import { register } from 'tsx/esm/api';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainOptions } from './lib/train-options.mjs';

register();
const { analyse } = await import('../src/pipeline/rewrite.ts');
const { clauseTitles } = await import('../src/restructure/title.ts');
const { TITLE_FEATURES, TITLE_PRIOR } = await import('../src/restructure/title-model.ts');
const { fitListwise, scoreRow } = await import('./lib/listwise.mjs');
const { rouge1 } = await import('../bench/editorial/metrics.mjs');

const { dry, corpus } = trainOptions(process.argv.slice(2), process.argv[1]);
const root = resolve(corpus ?? '../shared/corpus');
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = [
  { code: 'id', dir: 'headlines/id-detik' },
  { code: 'en', dir: 'headlines/en-bbc' },
];
const ITERATIONS = 2000;
const RATE = 0.3;
const L2 = 0.01;
async function examples(code, dir) {
  const meta = JSON.parse(await readFile(join(root, dir, 'meta.json'), 'utf8'));
  const out = [];
  for (const name of (await readdir(join(root, dir))).filter((n) => n.endsWith('.txt')).sort()) {
    const id = name.slice(0, -4);
    const title = meta[id]?.title;
    if (!title) continue;
    let a;
    try {
      a = analyse(await readFile(join(root, dir, name), 'utf8'), { lang: code, format: 'text' });
    } catch {
      continue;
    }
    const base = a.base;
    const paragraphs = [...base.leadSection.paragraphs, ...base.sections.flatMap((x) => x.paragraphs)].slice(0, 3);
    const written = new Set(paragraphs.flat().flatMap((x) => x.words.map((w) => w.text.toLowerCase())));
    const input = {
      lead: (base.leadSection.paragraphs[0] ?? []).map((s) => s.text),
      paragraphs,
      attested: (w) => written.has(w),
      focus: a.focus,
      phrases: a.keyphrases.map((k) => k.phrase),
      lang: a.lang,
    };
    const found = clauseTitles(input);
    if (found.length === 0) continue;
    const r = found.map((c) => rouge1(c.text, title));
    const top = Math.max(...r);
    out.push({ id, x: found.map((c) => TITLE_FEATURES.map((f) => c.features[f])), r, y: r.map((v) => (top > 0 && v >= top - 0.02 ? 1 : 0)) });
  }
  return out;
}

/** Mean ROUGE-1 ×100 of the best-scored candidate (ties to the earlier one). */
function chosen(set, w) {
  if (set.length === 0) return '0.0';
  let sum = 0;
  for (const e of set) {
    let best = 0;
    for (let i = 1; i < e.x.length; i++) if (scoreRow(e.x[i], w) > scoreRow(e.x[best], w)) best = i;
    sum += e.r[best];
  }
  return ((100 * sum) / set.length).toFixed(1);
}

for (const { code, dir } of LANGS) {
  const all = await examples(code, dir);
  const train = all.filter((e) => e.id[0] <= '6');
  const held = all.filter((e) => e.id[0] > '6');
  const prior = TITLE_FEATURES.map((f) => TITLE_PRIOR[f]);
  const w = fitListwise(train, prior, { iterations: ITERATIONS, step: RATE, l2: L2 });
  const oracle = (set) => ((100 * set.reduce((s, e) => s + Math.max(...e.r), 0)) / Math.max(1, set.length)).toFixed(1);
  console.log(`${code}: ${train.length} training articles, ${held.length} held out (articles with a clause headline)`);
  console.log(`  ROUGE-1 of the chosen headline, held out: prior ${chosen(held, prior)}, fitted ${chosen(held, w)} (best candidate ${oracle(held)})`);
  console.log(`  training: prior ${chosen(train, prior)}, fitted ${chosen(train, w)}`);
  const weights = Object.fromEntries(TITLE_FEATURES.map((f, j) => [f, w[j]]));
  console.log('  weights:', JSON.stringify(weights));
  // A fitted model replaces the prior only when it chooses better on the held-out articles.
  if (dry || Number(chosen(held, w)) <= Number(chosen(held, prior)) + 0.5) {
    if (!dry) console.log('  not written: no held-out gain over the prior');
    continue;
  }
  await writeFile(
    join(repo, 'src/lang', code, 'title-model.ts'),
    [
      '/**',
      ` * The title model's weights for ${code}, fitted to editors' headlines (${dir}, articles whose id starts with 0–6)`,
      ' * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.',
      ' */',
      `export const titleWeights: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};`,
      '',
    ].join('\n'),
  );
}
