/**
 * Every file runs under a budget in a worker, whatever `--jobs` is: a file over its time fails alone with one line,
 * hostile Markdown is refused with its line, the batch goes on and prints its summary, results do not depend on
 * `--jobs`, and Ctrl-C stops a file in the middle of its work.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, cli, listTree, start, tempDir, writeTree } from '../batch/helpers.js';
import { brackets, nestedList, nestedQuotes, stars } from '../fuzz/repros.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Markdown that micromark takes many seconds on (linear, under every limit): 32 nested quotes on each line. */
const slow = (lines = 20_000): string => `${'>'.repeat(32)} q\n`.repeat(lines);

describe('per-file budget', () => {
  it('fails a file over --file-timeout with one line and exit 2, writing nothing', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'a.txt': article(1) });
    const r = cli(['a.txt', '-o', 'a.md', '--file-timeout', '0.001'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('seo-rewrite: a.txt: took longer than 0.001 s (--file-timeout); not processed\n');
    expect(existsSync(join(cwd, 'a.md'))).toBe(false);
    expect(cli(['a.txt', '-o', 'a.md', '--file-timeout', 'soon'], { cwd }).stderr).toMatch(/--file-timeout <seconds>' argument 'soon' is invalid. expected a number of seconds/);
  });

  it('a batch with hostile files among good ones writes the good ones, one line per hostile file, and its summary', () => {
    const cwd = tempDir();
    const good = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`in/a-${String(i).padStart(2, '0')}.txt`, article(i)]));
    writeTree(cwd, { ...good, 'in/x-stars.md': stars(), 'in/x-nest.md': nestedList(), 'in/x-quotes.md': nestedQuotes(), 'in/x-brackets.md': brackets(), 'in/x-slow.md': slow() });
    const r = cli(['in', '--out-dir', 'out', '--file-timeout', '2', '-j', '2', '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'seo-rewrite: in/x-brackets.md: baris 1: lebih dari 10.000 penanda penekanan dan tautan (* _ [ ]) dalam satu paragraf; tidak diproses',
      'seo-rewrite: in/x-nest.md: baris 51: kutipan blok dan daftar bersarang lebih dari 50 tingkat; tidak diproses',
      'seo-rewrite: in/x-quotes.md: baris 1: kutipan blok dan daftar bersarang lebih dari 50 tingkat; tidak diproses',
      'seo-rewrite: in/x-slow.md: memakan waktu lebih dari 2 detik (--file-timeout); tidak diproses',
      "seo-rewrite: in/x-stars.md: baris 1: deretan '*' lebih dari 256 karakter; tidak diproses",
    ]);
    // The JSON report's `error` stays English whatever the run's language.
    const json = cli(['in/x-nest.md', '--dry-run', '--format', 'json'], { cwd });
    expect((JSON.parse(json.stdout) as { files: { error: string }[] }).files[0]?.error).toBe('line 51: block quotes and lists nested more than 50 deep; not processed');
    expect(listTree(join(cwd, 'out')).filter((p) => p.endsWith('.md'))).toHaveLength(15);
    expect(r.stdout).toMatch(/15 berkas ditulis ulang.*5 gagal/);
  });

  it('gives the same result for any --jobs', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'quotes.md': nestedQuotes(), 'deep.md': nestedQuotes(40), 'list.md': nestedList(45) });
    const runs = ['1', '2'].map((jobs) => cli(['check', '.', '-j', jobs, '-f', 'json'], { cwd }));
    expect(runs[0]?.code).toBe(2);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0]?.stdout).toContain('block quotes and lists nested more than 50 deep');
  });
});

describe('Ctrl-C in the middle of a slow file', () => {
  it('stops a --jobs 1 run within a second with exit 130 and no output', async () => {
    const cwd = tempDir();
    writeTree(cwd, { 'slow.md': slow() });
    const run = start(['slow.md', '-o', 'out.md', '-j', '1', '--file-timeout', '0'], cwd);
    await sleep(1500);
    const sent = performance.now();
    process.kill(run.pid, 'SIGINT');
    const end = await run.done;
    expect(end.code).toBe(130);
    expect(performance.now() - sent).toBeLessThan(1500);
    expect(readdirSync(cwd)).toEqual(['slow.md']);
  });
});
