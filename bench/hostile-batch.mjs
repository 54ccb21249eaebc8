#!/usr/bin/env node
/**
 * `npm run bench:hostile [-- --files 1000] [--jobs N] [--corpus DIR] [--keep]`: a batch rewrite
 * (`seo-rewrite in --out-dir out`) of N files of which five are hostile (issue 18, the shapes of tests/fuzz/repros.ts
 * at full size): a 1 MB table-like block, 20,000 `*` on each side of a word, a list nested 1,000 deep, front matter
 * with 200,000 keys, a binary file. The other N − 5 are articles of the development corpus (or the fixtures).
 * Checks that every good file is written, that each hostile file fails alone with one line on stderr or is
 * rewritten (the 200,000 keys are legal front matter: within the time limit they are written), and that the
 * summary is printed; prints the wall and CPU time and the peak memory (main thread and workers: one process).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles, measured } from './content.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const count = Number(flag('files', '1000'));
const jobs = flag('jobs', undefined);
const corpus = resolve(flag('corpus', join(root, '..', 'shared', 'corpus')));
const keep = args.includes('--keep');

/** The hostile files, by name. */
const HOSTILE = {
  'x-table.md': () => {
    const rows = ['| id | name | value | note |', '| --- | --- | --- | --- |'];
    for (let i = 0; rows.join('\n').length < 1024 * 1024; i++) rows.push(`| ${i} | item ${i} | ${i * 7} | row ${i} of the table |`);
    return `# A table\n\n${rows.join('\n')}\n`;
  },
  'x-stars.md': () => `Hello ${'*'.repeat(20_000)}word${'*'.repeat(20_000)} end.\n`,
  'x-nest.md': () => Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join(''),
  'x-keys.md': () => `---\n${Array.from({ length: 200_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n\n# Title\n\nSome text here about the city budget.\n`,
  'x-binary.md': () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
};

function listMd(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md'));
}

if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const { source, articles } = loadArticles(corpus, root);
const dir = mkdtempSync(join(tmpdir(), 'seo-rewrite-bench-hostile-'));
try {
  const input = join(dir, 'in');
  mkdirSync(input);
  const good = count - Object.keys(HOSTILE).length;
  for (let i = 0; i < good; i++) {
    const a = articles[i % articles.length];
    writeFileSync(join(input, `a-${String(i).padStart(5, '0')}.txt`), `${a.title}\n\n${a.body.join('\n\n')}\n`);
  }
  for (const [name, make] of Object.entries(HOSTILE)) writeFileSync(join(input, name), make());
  const cli = [join(root, 'bin', 'seo-rewrite.js'), 'in', '--out-dir', 'out', ...(jobs ? ['--jobs', jobs] : [])];
  const run = await measured(dir, cli, { stdout: true });
  const written = listMd(join(dir, 'out'));
  const lines = run.stderr.split('\n').filter(Boolean);
  const hostileLines = Object.keys(HOSTILE).map((name) => lines.filter((l) => l.includes(`in/${name}:`)));
  console.log(`seo-rewrite batch rewrite: ${count} files (${good} articles from ${source}, ${Object.keys(HOSTILE).length} hostile)`);
  console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (shared: compare CPU times)`);
  console.log(`  exit ${run.status}; wall ${(run.wall / 1000).toFixed(1)} s, cpu ${(run.cpu / 1000).toFixed(1)} s, peak memory ${run.rss.toFixed(0)} MB`);
  for (const [i, name] of Object.keys(HOSTILE).entries()) console.log(`  ${name}: ${hostileLines[i].join(' | ') || '(no line)'}`);
  const others = lines.filter((l) => !Object.keys(HOSTILE).some((name) => l.includes(`in/${name}:`)));
  for (const l of others) console.log(`  other: ${l}`);
  const summary = run.stdout.trimEnd().split('\n').at(-1) ?? '';
  console.log(`  summary: ${summary}`);
  const hostileWritten = Object.keys(HOSTILE).filter((name, i) => hostileLines[i].length === 0 && written.includes(name));
  const articlesWritten = written.filter((p) => p.startsWith('a-')).length;
  const ok = articlesWritten === good && hostileLines.every((l, i) => l.length === 1 || hostileWritten.includes(Object.keys(HOSTILE)[i])) && others.length === 0 && /rewritten/.test(summary);
  if (hostileWritten.length > 0) console.log(`  rewritten (within the budget): ${hostileWritten.join(', ')}`);
  console.log(ok ? `ok: the ${good} articles written, each hostile file failed alone with one line or was rewritten, summary printed` : `FAILED: ${articlesWritten} of ${good} articles written, ${lines.length} lines on stderr`);
  process.exitCode = ok ? 0 : 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
