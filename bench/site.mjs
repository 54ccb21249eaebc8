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
 * Targets: site checks add ≤ 20 % CPU to a check run (printed as a ratio), every run peaks under 400 MB (issues
 * 16 and 18), the one-edit cached run ≥ 5× faster.
 * (That the cached run's messages equal a fresh run's is proven on 50 files in tests/site/check.test.ts.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileOf as fileAt, generate, loadArticles } from './content.mjs';

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
const { articles } = loadArticles(corpus, root, { fallback: false });
const fileOf = (i) => fileAt(i, articles);
const dir = mkdtempSync(join(tmpdir(), 'seo-rewrite-bench-site-'));
const report = () => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
try {
  generate(dir, articles, { count, site: true });
  // Both runs write a cache (the same work but the site checks); the second cache is the one the edit run reads.
  const base = measure(dir, ['--cache', '--cache-location', join(dir, 'base-cache.json')]);
  const cache = ['--site', '--cache', '--cache-location', join(dir, 'cache.json')];
  const site = measure(dir, cache);
  const counts = {};
  for (const f of report().files) for (const m of f.messages) if (siteRule(m.ruleId)) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
  const edited = join(dir, 'content', fileOf(1));
  // The edit gives the file another file's description: it must now be reported as a duplicate of that one.
  const other = readFileSync(join(dir, 'content', fileOf(2)), 'utf8').match(/^description: .*$/m)[0];
  writeFileSync(edited, `${readFileSync(edited, 'utf8').replace(/^description: .*$/m, other)}\nDiubah.\n`);
  const edit = measure(dir, cache);
  const named = report().files.find((f) => f.path === join('content', fileOf(1)))?.messages.find((m) => m.ruleId === 'duplicate-description')?.message ?? '';
  if (!named.includes(fileOf(2))) throw new Error(`the edited file is not reported as a duplicate of ${fileOf(2)}: ${named}`);
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
  const ratio = site.cpu / base.cpu;
  const addedCpu = (ratio - 1) * 100;
  const addedWall = (site.wall / base.wall - 1) * 100;
  const speedup = site.wall / edit.wall;
  console.log(`  site checks add ${addedCpu.toFixed(1)} % CPU time, ${addedWall.toFixed(1)} % wall time, ${(site.rss - base.rss).toFixed(0)} MB peak memory`);
  console.log(`  site overhead: ×${ratio.toFixed(2)} CPU time, ×${(site.wall / base.wall).toFixed(2)} wall time (target ≤ ×1.20 CPU); peak memory ${base.rss.toFixed(0)} MB without, ${site.rss.toFixed(0)} MB with the site checks (target < 400 MB)`);
  console.log(`  the pass itself: ${files.length} summaries, ${(summaryBytes / 1048576).toFixed(1)} MB as JSON, ${(summariesHeap / 1048576).toFixed(1)} MB of heap; siteCheck ${passMs.toFixed(0)} ms, ${outcome.findings.size} files with findings`);
  console.log(`  one edit with --cache: ${speedup.toFixed(1)}× faster than cold (the edited file is re-compared with the others' cached summaries)`);
  const ok = ratio <= 1.2 && Math.max(base.rss, site.rss, edit.rss) < 400 && speedup >= 5;
  console.log(ok ? 'targets met: site checks add ≤ 20 % CPU, every run peaks under 400 MB, ≥ 5× with --cache' : 'TARGET MISSED');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
