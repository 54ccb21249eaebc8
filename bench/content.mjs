/**
 * The generated content folders of the `check` benches (bench/check.mjs, bench/site.mjs, bench/memory.mjs): a
 * Hugo/Jekyll-like folder of N Markdown files (front matter with title, description, slug, date, mostly a focus
 * keyphrase) from the development corpus (../shared/corpus), or from the repository's fixtures when the corpus is
 * not there. Articles repeat, so titles, descriptions and keyphrases repeat too. Also peak-memory measuring.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Articles as { title, body (paragraphs), keyphrase?, lang? } from `corpus`, or from `root`'s fixtures when the
 * corpus has none (`fallback: false`: throw instead). English focus keyphrases are crowd keyphrases the headline
 * (or else the opening paragraph) contains, as an editor would set them.
 */
export function loadArticles(corpus, root, { fallback = true } = {}) {
  const out = [];
  const idDir = join(corpus, 'id-news');
  if (existsSync(idDir)) {
    const meta = existsSync(join(idDir, 'meta.json')) ? JSON.parse(readFileSync(join(idDir, 'meta.json'), 'utf8')) : {};
    for (const name of readdirSync(idDir).filter((f) => f.endsWith('.txt')).sort()) {
      const id = name.replace(/\.txt$/, '');
      const paragraphs = readFileSync(join(idDir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      out.push({ title: meta[id]?.title ?? paragraphs[0].slice(0, 60), body: paragraphs, keyphrase: meta[id]?.keyword_sumber, lang: 'id' });
    }
  }
  const enDir = join(corpus, 'kp-500n-kpcrowd');
  if (existsSync(enDir)) {
    const crowd = existsSync(join(enDir, 'keyphrases.json')) ? JSON.parse(readFileSync(join(enDir, 'keyphrases.json'), 'utf8')) : {};
    for (const name of readdirSync(enDir).filter((f) => f.endsWith('.txt')).sort()) {
      const [title, ...rest] = readFileSync(join(enDir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      if (!title || rest.length === 0) continue;
      const phrases = [...(crowd[name.replace(/\.txt$/, '')] ?? [])].sort((a, b) => b.length - a.length);
      const has = (text, phrase) => new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text);
      const keyphrase = phrases.find((p) => has(title, p)) ?? phrases.find((p) => has(rest[0], p));
      out.push({ title, body: rest, keyphrase, lang: 'en' });
    }
  }
  if (out.length > 0) return { source: corpus, articles: out };
  if (!fallback) throw new Error(`no articles under ${corpus} (give --corpus)`);
  const fixtures = [join(root, 'fixtures', 'china-ai-id.txt')];
  const checkDir = join(root, 'fixtures', 'check');
  if (existsSync(checkDir)) for (const f of readdirSync(checkDir).filter((n) => n.endsWith('.txt')).sort()) fixtures.push(join(checkDir, f));
  for (const file of fixtures) {
    const paragraphs = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    out.push({ title: paragraphs[0].split(/[.!?]/)[0].slice(0, 60), body: paragraphs, keyphrase: undefined, lang: undefined });
  }
  return { source: 'fixtures', articles: out };
}

export const slugify = (s, max = 60) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max);

/** The folder of the i-th file, under `content/`. */
export const folderOf = (i) => join('posts', String(2015 + (i % 10)), String((i % 12) + 1).padStart(2, '0'));

/** The i-th file's path under `content/` (`digits` wide numbers). */
export const fileOf = (i, articles, digits = 5) => join(folderOf(i), `${String(i).padStart(digits, '0')}-${slugify(articles[i % articles.length].title).slice(0, 30)}.md`);

/**
 * Writes `count` Markdown files under dir/content; returns that folder. Three files in four name their focus
 * keyphrase (none with `extract`). `sections`: an `_index.md` (front matter only) in every twelfth file's folder.
 * `site`: each file links to the next one (one link in ten broken), links out, and has an image (one in three
 * without alt text), for the site-level checks.
 */
export function generate(dir, articles, { count, extract = false, sections = false, site = false, digits = 5 }) {
  const content = join(dir, 'content');
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length];
    const folder = join(content, folderOf(i));
    mkdirSync(folder, { recursive: true });
    if (sections && i % 12 === 0) writeFileSync(join(folder, '_index.md'), `---\ntitle: ${JSON.stringify(`Archive ${i}`)}\n---\n`);
    const first = a.body[0] ?? '';
    const description = first.length > 155 ? `${first.slice(0, 152).replace(/\s+\S*$/, '')}…` : first;
    const fm = [`title: ${JSON.stringify(a.title)}`, `description: ${JSON.stringify(description)}`, `slug: ${slugify(a.title, site ? 50 : 60)}-${i}`, `date: 2020-01-${String((i % 28) + 1).padStart(2, '0')}`];
    if (a.lang) fm.push(`lang: ${a.lang}`);
    if (a.keyphrase && i % 4 !== 3 && !extract) fm.push(`keyphrase: ${JSON.stringify(a.keyphrase)}`);
    const body = a.body.map((p, j) => (j > 0 && j % 5 === 0 ? `## ${p.split(/\s+/).slice(0, 5).join(' ')}\n\n${p}` : p));
    if (site) {
      const next = `/${fileOf((i + 1) % count, articles, digits).replace(/\.md$/, '/')}`;
      const links = `Baca juga [artikel berikutnya](${i % 10 === 0 ? '/posts/missing/' : next}) dan [sumbernya](https://example.org/${i}).`;
      body.splice(1, 0, links, `![${i % 3 === 0 ? '' : a.title}](/images/${i}.jpg)`);
    }
    writeFileSync(join(content, fileOf(i, articles, digits)), `---\n${fm.join('\n')}\n---\n\n${body.join('\n\n')}\n`);
  }
  return content;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const MARK = 'bench-measured';

/**
 * Runs `node args…` in `cwd`; resolves to { status, stderr, stdout, wall (ms), cpu (ms, user + sys), rss (peak MB of
 * the process, all its threads) }. With GNU time the CPU time and peak are the kernel's (getrusage of the child);
 * without it they are sampled from /proc every 50 ms (the peak is the kernel's high-water mark as last read). The
 * standard output is dropped unless `stdout` is true.
 */
export function measured(cwd, args, { stdout = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const [command, argv] = TIME ? [TIME, ['-f', `${MARK} %U %S %M`, process.execPath, ...args]] : [process.execPath, args];
    const child = spawn(command, argv, { cwd, stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'] });
    let peak = Number.NaN;
    let cpu = 0;
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(Number.isNaN(peak) ? 0 : peak, Number(hwm[1]) / 1024);
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpu = ((Number(stat[11]) + Number(stat[12])) * 1000) / 100;
      } catch {
        // Not there (yet, or any more).
      }
    };
    const timer = TIME ? null : setInterval(sample, 50);
    const err = [];
    const out = [];
    child.stderr.on('data', (d) => err.push(d));
    child.stdout?.on('data', (d) => out.push(d));
    child.on('error', reject);
    child.on('close', (status) => {
      if (timer) clearInterval(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      const timed = new RegExp(`${MARK} ([\\d.]+) ([\\d.]+) (\\d+)\\s*$`).exec(stderr);
      if (timed) {
        // GNU time's own note on a failed command.
        stderr = stderr.slice(0, timed.index).replace(/Command (exited with non-zero status|terminated by signal) \d+\n$/, '');
        cpu = (Number(timed[1]) + Number(timed[2])) * 1000;
        peak = Number(timed[3]) / 1024;
      }
      resolvePromise({ status, stderr, stdout: Buffer.concat(out).toString('utf8'), wall: Number(process.hrtime.bigint() - start) / 1e6, cpu, rss: peak });
    });
  });
}
