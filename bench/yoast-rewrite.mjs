/**
 * Judges our rewritten articles with Yoast's real analysis (yoast-judge): `npm run bench:yoast-rewrite -- [files…]`
 * (default: every article of ../shared/corpus). Each article is rewritten by the built library, then Yoast scores the
 * Markdown body with our title, description, slug and focus keyphrase (locale from our detected language,
 * --assume-new-keyphrase). Prints the share whose SEO score, computed Yoast's way over the assessments that do not
 * depend on images or links, is "good" (> 70), and how often each assessment is not good. `-v` lists every article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const judgeDir = process.env.YOAST_JUDGE ?? '/tmp/yoast-judge';
if (!existsSync(join(judgeDir, 'node_modules'))) {
  console.error(`yoast-judge not installed in ${judgeDir}: cp -r ../shared/tools/yoast-judge ${judgeDir} && (cd ${judgeDir} && npm ci)`);
  process.exit(2);
}
const { judge, markdownToHtml } = await import(pathToFileURL(join(judgeDir, 'judge.mjs')).href);
const { rewrite } = await import(pathToFileURL(resolve('dist/index.js')).href);

const SKIP = new Set(['images', 'imageKeyphrase', 'internalLinks', 'externalLinks']);
const corpus = resolve('../shared/corpus');
const files = args.filter((a) => a !== '-v');
const sets = files.length > 0
  ? [['given', files]]
  : [['id-news', 'id-news'], ['kp-500n-kpcrowd', 'kp-500n-kpcrowd']].map(([name, dir]) => [name, readdirSync(join(corpus, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, dir, f))]);

for (const [name, list] of sets) {
  let good = 0;
  const notGood = new Map();
  for (const file of list) {
    const r = rewrite(readFileSync(file, 'utf8'));
    const html = await markdownToHtml(r.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const locale = r.lang === 'id' ? 'id_ID' : 'en_US';
    const j = judge({ html, keyphrase: r.focusKeyphrase, title: r.title, description: r.description, slug: r.slug, locale, assumeNewKeyphrase: true });
    const counted = j.seo.assessments.filter((a) => !SKIP.has(a.identifier));
    const score = Math.round((counted.reduce((s, a) => s + a.score, 0) * 100) / (counted.length * 9));
    if (score > 70) good++;
    const misses = [...counted.filter((a) => !a.noText), ...j.readability.assessments].filter((a) => a.rating !== 'good' && a.rating !== 'feedback');
    for (const a of misses) notGood.set(a.identifier, (notGood.get(a.identifier) ?? 0) + 1);
    if (verbose) console.log(`${file}  focus "${r.focusKeyphrase}"  Yoast SEO ${score}  ${misses.map((a) => `${a.identifier}:${a.rating}`).join(' ')}`);
  }
  console.log(`${name}: ${good}/${list.length} = ${((100 * good) / list.length).toFixed(1)} % "good" on Yoast's SEO score (assessments without images or links)`);
  console.log('  not good, by assessment:', [...notGood.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
}
