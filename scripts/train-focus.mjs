#!/usr/bin/env node
/**
 * `npm run train:focus -- [corpus dir] [--dry]` (default `../shared/corpus`): fits each language's focus model to
 * editors' headlines and writes `src/lang/<code>/focus-model.ts`.
 *
 * Data: the development sets with published headlines (`headlines/id-detik` for Indonesian, `headlines/en-bbc` for
 * English). Each article is analysed as the CLI does (body only, language given); every focus candidate gets its
 * features (`src/focus/features.ts`) and a label: the editor's headline holds it (all its words in a row, compared
 * by the language's stems). The weights maximise the likelihood of the labelled candidates under a softmax over
 * each article's candidates (a listwise linear ranker), with L2 regularisation, by plain gradient descent from
 * zero: deterministic, no randomness.
 *
 * Articles whose id starts with 0–6 train (about 3/4); the rest, and `id-news` for Indonesian, are held out and
 * only measured: the printed top-1 share (the chosen focus is in the headline) on held-out articles is the number
 * to compare with `npm run bench:focus`, which runs every article.
 */
import { register } from 'tsx/esm/api';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

register();
const { analyse } = await import('../src/pipeline/rewrite.ts');
const { getLanguagePack } = await import('../src/lang/index.ts');
const { stemWord } = await import('../src/keyphrases/tokens.ts');
const { FEATURES } = await import('../src/focus/features.ts');
const { fitListwise, scoreRow } = await import('./lib/listwise.mjs');

const args = process.argv.slice(2);
const dry = args.includes('--dry');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

const LANGS = [
  { code: 'id', train: 'headlines/id-detik', extra: ['id-news'] },
  { code: 'en', train: 'headlines/en-bbc', extra: [] },
];
const ITERATIONS = Number(process.env.ITER ?? 3000);
const RATE = Number(process.env.RATE ?? 0.05);
const L2 = 0.002;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

async function articles(dir) {
  const meta = JSON.parse(await readFile(join(root, dir, 'meta.json'), 'utf8'));
  const out = [];
  for (const name of (await readdir(join(root, dir))).filter((n) => n.endsWith('.txt')).sort()) {
    const id = name.slice(0, -4);
    if (!meta[id]?.title) continue;
    out.push({ id, title: meta[id].title, body: await readFile(join(root, dir, name), 'utf8') });
  }
  return out;
}

/** One article as training data: candidates' feature vectors, labels, generic flags. */
function example(doc, code, pack) {
  const stems = (text) => (text.match(WORD) ?? []).map((w) => stemWord(w.toLowerCase(), pack));
  const head = stems(doc.title);
  const holds = (phrase) => {
    const p = stems(phrase);
    for (let i = 0; i + p.length <= head.length; i++) if (p.every((w, k) => head[i + k] === w)) return true;
    return false;
  };
  let analysis;
  try {
    analysis = analyse(doc.body, { lang: code, format: 'text' });
  } catch {
    return undefined;
  }
  // Generic and overused phrases are ruled out before the model: they neither train nor compete.
  const candidates = (analysis.focusChoice?.candidates ?? []).filter((c) => !c.generic && !c.overused).sort((a, b) => a.index - b.index);
  if (candidates.length === 0) return undefined;
  return {
    title: doc.title,
    phrases: candidates.map((c) => c.phrase),
    x: candidates.map((c) => FEATURES.map((f) => c.features[f])),
    y: candidates.map((c) => (holds(c.phrase) ? 1 : 0)),
  };
}

/** Share of examples whose best-scored candidate is labelled (ties to the earlier candidate). */
function top1(examples, w, total) {
  let hits = 0;
  for (const e of examples) {
    const s = e.x.map((row) => scoreRow(row, w));
    let best = 0;
    for (let i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
    if (e.y[best]) hits++;
  }
  return `${((100 * hits) / Math.max(1, total)).toFixed(1)} % of ${total}`;
}

for (const { code, train, extra } of LANGS) {
  const pack = getLanguagePack(code).pack;
  const docs = await articles(train);
  const trainSet = [];
  const held = [];
  let heldTotal = 0;
  let trainTotal = 0;
  for (const doc of docs) {
    const e = example(doc, code, pack);
    const isTrain = doc.id[0] <= '6';
    if (isTrain) trainTotal++;
    else heldTotal++;
    if (!e) continue;
    (isTrain ? trainSet : held).push(e);
  }
  const extraSets = [];
  for (const dir of extra) {
    const list = (await articles(dir)).map((d) => example(d, code, pack));
    extraSets.push({ dir, examples: list.filter(Boolean), total: list.length });
  }
  const zero = FEATURES.map(() => 0);
  const w = fitListwise(trainSet, zero, { iterations: ITERATIONS, step: RATE * 10, l2: L2 });
  console.log(`${code}: ${trainSet.length} training articles, ${held.length} held out`);
  console.log(`  top-1 in headline, held out: ${top1(held, w, heldTotal)} (keyphrase order alone: ${top1(held, zero, heldTotal)})`);
  console.log(`  top-1 in headline, training: ${top1(trainSet, w, trainTotal)}`);
  const oracle = [...trainSet, ...held].filter((e) => e.y.some(Boolean)).length;
  console.log(`  some candidate in headline (the ceiling): ${((100 * oracle) / Math.max(1, trainTotal + heldTotal)).toFixed(1)} %`);
  for (const s of extraSets) console.log(`  top-1 in headline, ${s.dir}: ${top1(s.examples, w, s.total)}`);
  if (process.env.SHOW) {
    for (const e of held.slice(0, Number(process.env.SHOW))) {
      const s = e.x.map((row) => scoreRow(row, w));
      const order = s.map((v, i) => i).sort((a, b) => s[b] - s[a]);
      console.log(`  ${e.title}\n     ${order.slice(0, 6).map((i) => `${e.y[i] ? '*' : ''}${e.phrases[i]} ${s[i].toFixed(1)}`).join(' | ')}`);
    }
  }
  const weights = Object.fromEntries(FEATURES.map((f, j) => [f, w[j]]));
  console.log('  weights:', JSON.stringify(weights));
  if (dry) continue;
  const file = [
    '/**',
    ` * The focus model's weights for ${pack.name}, fitted to editors' headlines (${train}, articles whose id`,
    ' * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.',
    ' */',
    `export const focusWeights: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};`,
    '',
  ].join('\n');
  await writeFile(join(repo, 'src/lang', code, 'focus-model.ts'), file);
}
