#!/usr/bin/env node
/**
 * `npm run bench:site [-- --files 10000] [--runs 1] [--corpus DIR] [--keep]`: what the site-level checks cost
 * (issue 16). Generates a Hugo-like content folder of N Markdown files from the development corpus (each with a
 * title, description, slug, date, most with a focus keyphrase, a site link to the next article, a link out, an image
 * with or without alt text; articles repeat, so titles, descriptions and keyphrases repeat too), then runs the built
 * binary and prints, as the median of --runs runs:
 *   check --no-site     the per-file checks alone (baseline);
 *   check               with the site-level checks (summaries in the workers, the cross-file pass in the main thread);
 *   check --cache       populated, then again after one file changed: the changed file is analysed and compared
 *                       with the others' cached summaries; its messages must equal a run without the cache.
 * Wall time, CPU time (user + sys) and peak memory (maximum resident set, all threads) come from GNU time.
 * Targets: site checks add ≤ 20 % to a check run, peak memory < 400 MB; the one-edit cached run ≥ 5× faster than cold.
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
const runs = Number(flag('runs', '1'));
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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
const siteMessages = (r) => r.files.map((f) => [f.path, f.messages.filter((m) => /^(duplicate-|previously-used|broken-internal|outbound-links|internal-links|image-alt|keyphrase-in-image-alt)/.test(m.ruleId ?? ''))]);
try {
  generate(dir, articles);
  const cache = ['--cache', '--cache-location', join(dir, 'cache.json')];
  const t = { base: [], site: [], cold: [], edit: [] };
  let counts = null;
  for (let r = 0; r < runs; r++) {
    t.base.push(measure(dir, ['--no-site']));
    t.site.push(measure(dir, []));
    const full = report();
    counts = {};
    for (const [, list] of siteMessages(full)) for (const m of list) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
    rmSync(join(dir, 'cache.json'), { force: true });
    t.cold.push(measure(dir, cache));
    const edited = join(dir, 'content', fileOf(1, articles));
    // The edit makes the file's description another file's: it must now be reported as a duplicate of that one.
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^description: .*$/m, readFileSync(join(dir, 'content', fileOf(2, articles)), 'utf8').match(/^description: .*$/m)[0]));
    appendFileSync(edited, `\nDiubah pada putaran ${r}.\n`);
    t.edit.push(measure(dir, cache));
    const cached = siteMessages(report());
    measure(dir, []);
    if (JSON.stringify(cached) !== JSON.stringify(siteMessages(report()))) throw new Error('the cached run after one edit reported site messages unlike a fresh run');
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, { wall: median(v.map((x) => x.wall)), cpu: median(v.map((x) => x.cpu)), rss: Math.max(...v.map((x) => x.rss)) }]));
  const s = (x) => `${(x / 1000).toFixed(2)} s`;
  console.log(`seo-rewrite check, site-level checks: ${count} generated Markdown files from ${corpus}; median of ${runs} run(s)`);
  console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`  site messages: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [key, label] of [['base', 'check --no-site    '], ['site', 'check (site checks)'], ['cold', 'check --cache, cold'], ['edit', '--cache, 1 file edit']]) {
    console.log(`  ${label}  wall ${s(m[key].wall)}  cpu ${s(m[key].cpu)}  peak RSS ${m[key].rss.toFixed(0)} MB`);
  }
  const addedWall = (m.site.wall / m.base.wall - 1) * 100;
  const addedCpu = (m.site.cpu / m.base.cpu - 1) * 100;
  const speedup = m.cold.wall / m.edit.wall;
  console.log(`  site checks add ${addedWall.toFixed(1)} % wall time, ${addedCpu.toFixed(1)} % CPU time; peak memory ${m.site.rss.toFixed(0)} MB`);
  console.log(`  one edit with --cache: ${speedup.toFixed(1)}× faster than cold; same site messages as a fresh run`);
  const ok = addedCpu <= 20 && m.site.rss < 400 && speedup >= 5;
  console.log(ok ? 'targets met: ≤ 20 % added, < 400 MB, ≥ 5× with --cache' : 'TARGET MISSED (≤ 20 % added CPU, < 400 MB peak, ≥ 5× with --cache after one edit)');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
