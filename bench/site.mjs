#!/usr/bin/env node
/**
 * `node --expose-gc bench/site.mjs [--files 10000] [--corpus DIR] [--keep]` (npm run bench:site): what the site-level checks cost
 * (issue 16). Generates a Hugo-like content folder of N Markdown files from the development corpus (each with a
 * title, description, slug, date, most with a focus keyphrase, a site link to the next article, a link out, an image
 * with or without alt text; articles repeat, so titles, descriptions and keyphrases repeat too), then runs the built
 * binary once each:
 *   check --cache             the per-file checks alone (baseline; writing a cache too, to compare like with like);
 *   check --cache             with the site-level checks (summaries in the workers, the pass in the main thread);
 *   check --cache             again after one file changed (it is analysed and compared with the others' cached
 *                             summaries; it must now be reported as a duplicate of the file it copied);
 * and, in this process, the pass alone over the summaries of the cache: their size, heap and time.
 * Wall time, CPU time (user + sys) and peak memory (maximum resident set, all threads) come from GNU time.
 * Targets: site checks add ≤ 20 % CPU to a check run, the summaries < 400 MB; the one-edit cached run ≥ 5× faster.
 * (That the cached run's messages equal a fresh run's is proven on 50 files in tests/site/check.test.ts.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const count = Number(flag('files', '10000'));
const corpus = resolve(flag('corpus', join(root, '..', 'shared', 'corpus')));
const keep = args.includes('--keep');
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error('this bench needs GNU time (/usr/bin/time) for CPU time and peak memory');

function loadArticles() {
  const out = [];
  const idDir = join(corpus, 'id-news');
  const meta = existsSync(join(idDir, 'meta.json')) ? JSON.parse(readFileSync(join(idDir, 'meta.json'), 'utf8')) : {};
  for (const name of existsSync(idDir) ? readdirSync(idDir).filter((f) => f.endsWith('.txt')).sort() : []) {
    const id = name.replace(/\.txt$/, '');
    const body = readFileSync(join(idDir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    out.push({ title: meta[id]?.title ?? body[0].slice(0, 60), body, keyphrase: meta[id]?.keyword_sumber, lang: 'id' });
  }
  const enDir = join(corpus, 'kp-500n-kpcrowd');
  for (const name of existsSync(enDir) ? readdirSync(enDir).filter((f) => f.endsWith('.txt')).sort() : []) {
    const [title, ...body] = readFileSync(join(enDir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    if (title && body.length > 0) out.push({ title, body, keyphrase: undefined, lang: 'en' });
  }
  if (out.length === 0) throw new Error(`no articles under ${corpus} (give --corpus)`);
  return out;
}

const slugify = (s) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);
const folderOf = (i) => join('posts', String(2015 + (i % 10)), String((i % 12) + 1).padStart(2, '0'));
const fileOf = (i, articles) => join(folderOf(i), `${String(i).padStart(5, '0')}-${slugify(articles[i % articles.length].title).slice(0, 30)}.md`);

function generate(dir, articles) {
  const content = join(dir, 'content');
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length];
    mkdirSync(join(content, folderOf(i)), { recursive: true });
    const first = a.body[0] ?? '';
    const description = first.length > 155 ? `${first.slice(0, 152).replace(/\s+\S*$/, '')}…` : first;
    const fm = [`title: ${JSON.stringify(a.title)}`, `description: ${JSON.stringify(description)}`, `slug: ${slugify(a.title)}-${i}`, `date: 2020-01-${String((i % 28) + 1).padStart(2, '0')}`, `lang: ${a.lang}`];
    if (a.keyphrase && i % 4 !== 3) fm.push(`keyphrase: ${JSON.stringify(a.keyphrase)}`);
    const next = `/${fileOf((i + 1) % count, articles).replace(/\.md$/, '/')}`;
    // One link in ten is broken; one image in three has no alt text.
    const links = `Baca juga [artikel berikutnya](${i % 10 === 0 ? '/posts/missing/' : next}) dan [sumbernya](https://example.org/${i}).`;
    const image = `![${i % 3 === 0 ? '' : a.title}](/images/${i}.jpg)`;
    const body = a.body.map((p, j) => (j > 0 && j % 5 === 0 ? `## ${p.split(/\s+/).slice(0, 5).join(' ')}\n\n${p}` : p));
    body.splice(1, 0, links, image);
    writeFileSync(join(content, fileOf(i, articles)), `---\n${fm.join('\n')}\n---\n\n${body.join('\n\n')}\n`);
  }
}

const siteRule = (id) => /^(duplicate-|previously-used|broken-internal|outbound-links|internal-links|image-alt|keyphrase-in-image-alt)/.test(id ?? '');

/** One run of the built binary: wall ms, CPU ms, peak RSS MB. */
function measure(cwd, extra) {
  const cli = [join(root, 'bin', 'seo-rewrite.js'), 'check', 'content', '--format', 'json', '--output-file', 'report.json', ...extra];
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', 'time %e %U %S %M', process.execPath, ...cli], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === 2) throw new Error(`check failed (exit 2): ${r.stderr.slice(-800)}`);
  const m = /time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`no GNU time output: ${r.stderr.slice(-400)}`);
  return { wall, cpu: (Number(m[2]) + Number(m[3])) * 1000, rss: Number(m[4]) / 1024 };
}

if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const articles = loadArticles();
const dir = mkdtempSync(join(tmpdir(), 'seo-rewrite-bench-site-'));
const report = () => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
try {
  generate(dir, articles);
  // Both runs write a cache (the same work but the site checks); the second cache is the one the edit run reads.
  const base = measure(dir, ['--cache', '--cache-location', join(dir, 'base-cache.json')]);
  const cache = ['--site', '--cache', '--cache-location', join(dir, 'cache.json')];
  const site = measure(dir, cache);
  const counts = {};
  for (const f of report().files) for (const m of f.messages) if (siteRule(m.ruleId)) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
  const edited = join(dir, 'content', fileOf(1, articles));
  // The edit gives the file another file's description: it must now be reported as a duplicate of that one.
  const other = readFileSync(join(dir, 'content', fileOf(2, articles)), 'utf8').match(/^description: .*$/m)[0];
  writeFileSync(edited, `${readFileSync(edited, 'utf8').replace(/^description: .*$/m, other)}\nDiubah.\n`);
  const edit = measure(dir, cache);
  const named = report().files.find((f) => f.path === join('content', fileOf(1, articles)))?.messages.find((m) => m.ruleId === 'duplicate-description')?.message ?? '';
  if (!named.includes(fileOf(2, articles))) throw new Error(`the edited file is not reported as a duplicate of ${fileOf(2, articles)}: ${named}`);
  // The site pass alone, in this process, over the summaries the cache holds (what the main thread compares).
  const { siteCheck } = await import(join(root, 'dist', 'site', 'index.js'));
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const entries = JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')).entries;
  const summaryBytes = Object.values(entries).reduce((n, e) => n + JSON.stringify(e.result.summary ?? null).length, 0);
  const files = Object.entries(entries).map(([path, e]) => ({ path, ...(e.result.summary ? { summary: e.result.summary } : {}) }));
  for (const k of Object.keys(entries)) delete entries[k];
  global.gc?.();
  const summariesHeap = process.memoryUsage().heapUsed - before;
  const passStart = process.hrtime.bigint();
  const outcome = siteCheck(files, { root: 'content' });
  const passMs = Number(process.hrtime.bigint() - passStart) / 1e6;
  const s = (x) => `${(x / 1000).toFixed(2)} s`;
  console.log(`seo-rewrite check, site-level checks: ${count} generated Markdown files from ${corpus}`);
  console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (shared: compare CPU times)`);
  console.log(`  site messages: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [m, label] of [[base, 'check --cache (cold)         '], [site, 'check --site --cache (cold)  '], [edit, 'check --cache, 1 file edited  ']]) {
    console.log(`  ${label}  wall ${s(m.wall)}  cpu ${s(m.cpu)}  peak RSS ${m.rss.toFixed(0)} MB`);
  }
  const addedCpu = (site.cpu / base.cpu - 1) * 100;
  const addedWall = (site.wall / base.wall - 1) * 100;
  const speedup = site.wall / edit.wall;
  console.log(`  site checks add ${addedCpu.toFixed(1)} % CPU time, ${addedWall.toFixed(1)} % wall time, ${(site.rss - base.rss).toFixed(0)} MB peak memory`);
  console.log(`  the pass itself: ${files.length} summaries, ${(summaryBytes / 1048576).toFixed(1)} MB as JSON, ${(summariesHeap / 1048576).toFixed(1)} MB of heap; siteCheck ${passMs.toFixed(0)} ms, ${outcome.findings.size} files with findings`);
  console.log(`  one edit with --cache: ${speedup.toFixed(1)}× faster than cold (the edited file is re-compared with the others' cached summaries)`);
  const ok = addedCpu <= 20 && summariesHeap < 400 * 1048576 && speedup >= 5;
  console.log(ok ? 'targets met: site checks add ≤ 20 % CPU, summaries < 400 MB, ≥ 5× with --cache' : 'TARGET MISSED');
  if (site.rss >= 400) console.log(`note: the whole check run peaks at ${site.rss.toFixed(0)} MB (without the site checks ${base.rss.toFixed(0)} MB): see README, Site-level checks`);
  process.exitCode = ok ? 0 : 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
