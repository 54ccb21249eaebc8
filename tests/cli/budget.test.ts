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
      'seo-rewrite: in/x-brackets.md: line 1: more than 10,000 emphasis and link delimiters (* _ [ ]) in one paragraph; not processed',
      'seo-rewrite: in/x-nest.md: line 51: block quotes and lists nested more than 50 deep; not processed',
      'seo-rewrite: in/x-quotes.md: line 1: block quotes and lists nested more than 50 deep; not processed',
      "seo-rewrite: in/x-slow.md: took longer than 2 s (--file-timeout); not processed",
      "seo-rewrite: in/x-stars.md: line 1: a run of more than 256 '*'; not processed",
    ]);
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
