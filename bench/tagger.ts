/**
 * Part-of-speech tagger benchmark: `npm run bench:tagger -- [--treebanks DIR] [--models DIR]` (default `../shared/treebanks`, or
 * `$SEO_REWRITE_TREEBANKS`). `--models DIR` measures the accuracy of other model files (experiments).
 *
 * For each shipped model: UPOS accuracy on the test files (never trained on) in UD's own tokens (all tokens,
 * punctuation included: the number published taggers report) and in our tokenization (words only, tags by the
 * alignment rule of `src/grammar/tagger/conllu.ts`), tokens per second, model file size, load time (read + decode,
 * median of 20, and the first load in this process), and the time to tag a 400-word article through `tagWords`.
 * Comparison row: the keyphrase code's affix heuristic `LanguagePack.isVerbOrAdverb` against the tagger, on the task
 * it does (is this lowercase word a VERB or an ADV?), precision and recall over the test words.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ourTokens, parseConllu, udTokens, type UdSentence } from '../src/grammar/tagger/conllu.js';
import { decodeModel } from '../src/grammar/tagger/model.js';
import { clearFeatureCache } from '../src/grammar/tagger/features.js';
import { accuracy } from '../src/grammar/tagger/train.js';
import { tagTexts } from '../src/grammar/tagger/decode.js';
import { tagWords, taggerModel } from '../src/grammar/tagger/index.js';
import { taggerModelPath } from '../src/grammar/model-files.js';
import { getLanguagePack } from '../src/lang/index.js';
import { tokenizeWords } from '../src/text/segment.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--treebanks');
const treebanks = resolve((i >= 0 ? process.argv[i + 1] : undefined) ?? process.env['SEO_REWRITE_TREEBANKS'] ?? join(root, '..', 'shared', 'treebanks'));
const m = process.argv.indexOf('--models');
const modelDir = m >= 0 ? resolve(process.argv[m + 1] ?? '') : undefined;
const read = (file: string): UdSentence[] => parseConllu(readFileSync(join(treebanks, `${file}.conllu`), 'utf8'));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (a: { correct: number; total: number }): string => `${((100 * a.correct) / a.total).toFixed(2)} %`;

const tests: Record<string, string[]> = { id: ['id/gsd/test', 'id/csui/test'], en: ['en/ewt/test'] };

for (const [lang, files] of Object.entries(tests)) {
  const spec = getLanguagePack(lang).pack.tagger;
  if (!spec) continue;
  const path = modelDir ? join(modelDir, `${spec.model}.bin`) : taggerModelPath(spec.model);
  let t = performance.now();
  const model = decodeModel(readFileSync(path));
  const firstLoad = performance.now() - t;
  const loads: number[] = [];
  for (let k = 0; k < 20; k++) {
    t = performance.now();
    decodeModel(readFileSync(path));
    loads.push(performance.now() - t);
  }
  console.log(`\n${lang}: ${path.slice(root.length + 1)}  ${(statSync(path).size / 1e6).toFixed(2)} MB, ${model.features} features, load ${median(loads).toFixed(1)} ms (first ${firstLoad.toFixed(1)} ms)`);
  const all: UdSentence[] = [];
  for (const file of files) {
    const sentences = read(file);
    all.push(...sentences);
    const ud = sentences.map(udTokens);
    const ours = sentences.map(ourTokens);
    const a = accuracy(model, ud);
    const b = accuracy(model, ours);
    console.log(`  ${file.padEnd(14)} UPOS UD tokens ${pct(a)} (${a.total} tokens)   our tokenization ${pct(b)} (${b.total} words)`);
  }
  if (modelDir) continue; // comparing model files: accuracy only
  const pack = getLanguagePack(lang).pack;
  if (pack.isVerbOrAdverb) {
    const count = { heuristic: { tp: 0, fp: 0 }, tagger: { tp: 0, fp: 0 }, gold: 0 };
    for (const s of all) {
      const ours = ourTokens(s);
      const predicted = tagTexts(ours.texts, model, model.header.affixes, model.header.reverse);
      ours.texts.forEach((text, k) => {
        if (!ours.word[k] || text !== text.toLowerCase() || !/\p{L}/u.test(text)) return;
        const gold = ours.tags[k] === 'VERB' || ours.tags[k] === 'ADV';
        const tag = model.header.tags[predicted[k] ?? 0];
        const byTagger = tag === 'VERB' || tag === 'ADV';
        const byHeuristic = pack.isVerbOrAdverb?.(text, pack.stem(text)) ?? false;
        if (gold) count.gold++;
        if (byHeuristic) count.heuristic[gold ? 'tp' : 'fp']++;
        if (byTagger) count.tagger[gold ? 'tp' : 'fp']++;
      });
    }
    const pr = (c: { tp: number; fp: number }): string =>
      `precision ${((100 * c.tp) / Math.max(1, c.tp + c.fp)).toFixed(1)} %, recall ${((100 * c.tp) / Math.max(1, count.gold)).toFixed(1)} %`;
    console.log(`  VERB|ADV among lowercase words (${count.gold} of them): isVerbOrAdverb heuristic ${pr(count.heuristic)}; tagger ${pr(count.tagger)}`);
  }
  // Speed through the public API: sentences as the pipeline has them (text, words with offsets).
  const sentences = all.map((s) => ({ text: s.text, words: tokenizeWords(s.text) }));
  const wordCount = sentences.reduce((n, s) => n + s.words.length, 0);
  tagWords(lang, sentences[0]?.text ?? '', sentences[0]?.words ?? []);
  for (const s of sentences) tagWords(lang, s.text, s.words); // warm-up
  const passes: number[] = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    for (const s of sentences) tagWords(lang, s.text, s.words);
    passes.push((performance.now() - t) / 1000);
  }
  const seconds = median(passes);
  const article: typeof sentences = [];
  let words = 0;
  for (const s of sentences) {
    if (words >= 400) break;
    article.push(s);
    words += s.words.length;
  }
  const runs: number[] = [];
  const cold: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 50; k++) {
    t = performance.now();
    for (const s of article) tagWords(lang, s.text, s.words);
    runs.push(performance.now() - t);
    // Cold: none of the article's words seen before (the per-word feature cache emptied).
    clearFeatureCache(taggerModel(lang)?.header.affixes ?? {});
    const c = process.cpuUsage();
    t = performance.now();
    for (const s of article) tagWords(lang, s.text, s.words);
    cold.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  console.log(`  speed: ${Math.round(wordCount / seconds).toLocaleString('en')} words/s (median of 3 passes over the test files); a ${words}-word article in ${median(runs).toFixed(2)} ms, ${median(cold).toFixed(2)} ms with no word seen before (${median(cpu).toFixed(2)} ms CPU) (medians of 50)`);
}
