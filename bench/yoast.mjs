#!/usr/bin/env node
/**
 * Yoast agreement bench: `npm run bench:yoast -- [corpus dir] [--judge DIR] [--md DIR] [--kp N] [--details ID]`.
 *
 * Runs our `assess()` and Yoast SEO's own analysis (yoastseo through yoast-judge, default /tmp/yoast-judge) on the
 * same input and prints, per Yoast assessment, the share of articles where our rating (good/ok/bad) equals Yoast's,
 * and how many of the others we rate stricter or looser. Passive-voice differences that come from our deliberate
 * `di-` rule (see src/lang/id/passive.ts) are counted apart: a difference is deliberate when our rule, given Yoast's
 * own sentence test instead of ours, would have rated like Yoast.
 *
 * Inputs (raw text): every id-news article (id_ID) and `--kp` (default 20) kp-500n-kpcrowd articles (en_US, headline
 * skipped), as paragraphs; keyphrase = meta.json `keyword_sumber`, else the first two words of the editor's title;
 * title = the editor's title (IndoSum articles: rebuilt from the record id); description = the first 150 characters
 * cut at a word; slug = the slugified keyphrase. `--md DIR` judges Markdown files with front matter instead.
 * Also prints the overall scores side by side and the time per article.
 */
import { register } from 'tsx/esm/api';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatTable, mean, percentile, Tally, yoastRating } from './yoast/compare.mjs';
import { hasSet, loadIdNews, loadKpCrowd, loadMarkdown } from './yoast/corpus.mjs';
import { loadYoastTransitions, restrictTo } from './yoast/transitions.mjs';
import { loadYoastPassive } from './yoast/passive.mjs';

register();
const { assess, rules } = await import('../src/assess/index.ts');
const { getLanguagePack } = await import('../src/lang/index.ts');
const { docFromParagraphs } = await import('../src/document/from-text.ts');
const { resolveThresholds } = await import('../src/assess/thresholds.ts');

function parseArgs(argv) {
  const out = { corpus: '/work/shared/corpus', judge: '/tmp/yoast-judge', md: undefined, kp: 20, details: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--judge') out.judge = argv[++i];
    else if (a === '--md') out.md = argv[++i];
    else if (a === '--kp') out.kp = Number(argv[++i]);
    else if (a === '--details') out.details.push(argv[++i]);
    else if (a === '--help' || a === '-h') out.help = true;
    else if (!a.startsWith('--')) out.corpus = a;
    else throw new Error(`Unknown option ${a}`);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log('usage: npm run bench:yoast -- [corpus dir] [--judge DIR] [--md DIR] [--kp N] [--details YOAST_ID]');
  process.exit(0);
}
const judgeDir = resolve(args.judge);
if (!existsSync(resolve(judgeDir, 'judge.mjs'))) {
  console.error(`No yoast-judge at ${judgeDir} (expected judge.mjs there). Install it (see its README) or pass --judge DIR.`);
  process.exit(2);
}
const { judge, textToHtml, markdownToHtml } = await import(pathToFileURL(resolve(judgeDir, 'judge.mjs')).href);
let docFromMarkdown;
if (args.md) ({ docFromMarkdown } = await import('../src/document/from-markdown.ts'));

const SHARED_SEO = new Set(rules.filter((r) => r.yoastId && r.category === 'seo').map((r) => r.yoastId));

/** Our passive rating with another sentence test (Yoast's), same sentences and thresholds. */
function passiveRatingWith(test, doc, lang) {
  const t = resolveThresholds(lang.thresholds);
  const sentences = doc.blocks.flatMap((b) => b.sentences).filter((s) => s.words.length > 0);
  const n = sentences.filter((s) => test(s.text.toLowerCase())).length;
  const share = sentences.length === 0 ? 0 : Math.round((n / sentences.length) * 1000) / 10;
  return share <= t.passive.maxShare ? 'good' : share <= t.bands.passiveShareOk ? 'ok' : 'bad';
}

/** Sentence-level passive comparison with Yoast's test: counts, and the `di-` words behind Yoast-only sentences. */
function passiveSentences(test, doc, lang, acc) {
  for (const block of doc.blocks) {
    for (const s of block.sentences) {
      if (s.words.length === 0) continue;
      const words = s.words.map((w) => w.text);
      const ours = lang.isPassive(words);
      const theirs = test(s.text.toLowerCase());
      if (ours && theirs) acc.both++;
      else if (ours) acc.oursOnly++;
      else if (theirs) {
        acc.theirsOnly++;
        for (const w of words) {
          const lower = w.toLowerCase();
          if (lower.startsWith('di') && test(lower)) acc.words.set(lower, (acc.words.get(lower) ?? 0) + 1);
        }
      }
    }
  }
}

async function run(articles, title) {
  const tally = new Tally();
  const passive = { both: 0, oursOnly: 0, theirsOnly: 0, words: new Map() };
  const inputs = [];
  const ourTimes = [];
  const theirTimes = [];
  const scores = { seo: [], yoastSeo: [], yoastShared: [], readSame: 0, seoRatingSame: 0, n: 0 };
  for (const article of articles) {
    const lang = getLanguagePack(article.lang).pack;
    const doc = article.markdown ? docFromMarkdown(article.markdown, lang) : docFromParagraphs(article.paragraphs, lang);
    if (article.markdown) {
      // The fields as our Markdown reader sees them, so that both sides judge what the product would.
      const fm = doc.frontMatter;
      Object.assign(article, { keyphrase: fm.keyphrase ?? article.keyphrase, title: fm.title ?? article.title, description: fm.description ?? article.description, slug: fm.slug ?? article.slug });
    }
    const input = { doc, lang, keyphrase: article.keyphrase, title: article.title, description: article.description, slug: article.slug };
    inputs.push(input);
    const t0 = performance.now();
    const ours = assess(input);
    ourTimes.push(performance.now() - t0);
    const html = article.markdown ? await markdownToHtml(article.body) : textToHtml(article.paragraphs.join('\n'));
    const t1 = performance.now();
    const yoast = judge({ html, keyphrase: article.keyphrase, title: article.title, description: article.description, slug: article.slug, locale: article.locale, assumeNewKeyphrase: true });
    theirTimes.push(performance.now() - t1);
    const theirs = new Map([...yoast.seo.assessments, ...yoast.readability.assessments].map((a) => [a.identifier, a]));
    const yoastPassive = loadYoastPassive(judgeDir, article.lang);
    if (yoastPassive) passiveSentences(yoastPassive, doc, lang, passive);
    for (const report of ours.assessments) {
      const rule = rules.find((r) => r.id === report.id);
      const yoastId = rule?.yoastId;
      const their = yoastId ? theirs.get(yoastId) : undefined;
      if (!yoastId || !their) continue;
      const theirRating = yoastRating(their.score);
      let deliberate = false;
      if (yoastId === 'passiveVoice' && report.rating !== theirRating && yoastPassive) {
        deliberate = passiveRatingWith(yoastPassive, doc, lang) === theirRating;
      }
      const yoastTransitions = yoastId === 'textTransitionWords' && report.rating !== theirRating ? loadYoastTransitions(judgeDir, article.lang) : undefined;
      if (yoastTransitions) {
        const narrowed = { ...lang, transitionWords: restrictTo(lang.transitionWords, yoastTransitions) };
        const again = assess({ ...input, lang: narrowed }).assessments.find((a) => a.id === report.id);
        deliberate = again?.rating === theirRating;
      }
      tally.add(yoastId, report.id, report.rating, theirRating, { article: article.id, message: report.message, yoastText: their.text, score: report.score, yoastScore: their.score }, deliberate);
    }
    const shared = yoast.seo.assessments.filter((a) => SHARED_SEO.has(a.identifier));
    const sharedScore = Math.max(0, Math.round((shared.reduce((s, a) => s + a.score, 0) * 100) / (9 * shared.length)) || 0);
    scores.seo.push(ours.scores.seo);
    scores.yoastSeo.push(yoast.seo.score);
    scores.yoastShared.push(sharedScore);
    scores.n++;
    if (ours.scores.readability === yoast.readability.score) scores.readSame++;
    const band = (s) => (s > 70 ? 'good' : s > 40 ? 'ok' : 'bad');
    if (band(ours.scores.seo) === band(sharedScore)) scores.seoRatingSame++;
  }
  console.log(formatTable(`\n${title} (${articles.length} articles)`, tally));
  const absDiff = scores.seo.map((s, i) => Math.abs(s - (scores.yoastShared[i] ?? 0)));
  console.log(
    `Scores: our SEO mean ${mean(scores.seo).toFixed(1)}; Yoast SEO mean ${mean(scores.yoastSeo).toFixed(1)} (all its assessments, incl. images/links/previously used), ` +
      `${mean(scores.yoastShared).toFixed(1)} over the shared assessments; |ours − Yoast shared| mean ${mean(absDiff).toFixed(1)}, ` +
      `same band ${scores.seoRatingSame}/${scores.n}. Readability score equal: ${scores.readSame}/${scores.n}.`,
  );
  if (passive.both + passive.oursOnly + passive.theirsOnly > 0) {
    const top = [...passive.words].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15).map(([w, n]) => `${w} ${n}`).join(', ');
    console.log(
      `Passive sentences: both ${passive.both}, Yoast only ${passive.theirsOnly}, ours only ${passive.oursOnly}. ` +
        `words Yoast counts there: ${top}.`,
    );
  }
  const warm = [];
  for (let round = 0; round < 5; round++) {
    for (const input of inputs) {
      const t = performance.now();
      assess(input);
      warm.push(performance.now() - t);
    }
  }
  const words = inputs.map((i) => i.doc.blocks.reduce((n, b) => n + b.sentences.reduce((m, s) => m + s.words.length, 0), 0));
  const per300 = (percentile(warm, 50) / mean(words)) * 300;
  console.log(
    `Time per article (mean ${mean(words).toFixed(0)} words): ours first run mean ${mean(ourTimes).toFixed(3)} ms (p95 ${percentile(ourTimes, 95).toFixed(3)} ms, ` +
      `max ${Math.max(...ourTimes).toFixed(3)} ms, JIT warm-up included); warm median ${percentile(warm, 50).toFixed(3)} ms, mean ${mean(warm).toFixed(3)} ms, ` +
      `p95 ${percentile(warm, 95).toFixed(3)} ms (GC of Yoast's heap included), ≈ ${per300.toFixed(3)} ms per 300 words (median); Yoast mean ${mean(theirTimes).toFixed(1)} ms.`,
  );
  for (const id of args.details) {
    const row = tally.rows.get(id);
    if (!row) continue;
    console.log(`\nDifferences on ${id}:`);
    for (const d of row.diffs) {
      console.log(`- ${d.article}${d.deliberate ? ' [deliberate]' : ''}: ours ${d.ours} (${d.score}) ${d.message}\n    Yoast ${d.theirs} (${d.yoastScore}) ${d.yoastText}`);
    }
  }
  return tally;
}

if (args.md) {
  await run(loadMarkdown(resolve(args.md)), `Markdown files in ${args.md}`);
} else {
  const corpus = resolve(args.corpus);
  if (hasSet(corpus, 'id-news')) await run(loadIdNews(resolve(corpus, 'id-news')), 'id-news, raw text, id_ID');
  if (hasSet(corpus, 'kp-500n-kpcrowd') && args.kp > 0) await run(loadKpCrowd(resolve(corpus, 'kp-500n-kpcrowd'), args.kp), 'kp-500n-kpcrowd, raw text, en_US');
}
