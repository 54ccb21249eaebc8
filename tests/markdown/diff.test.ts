/** --diff: the change a rewrite would make, as a unified diff, with nothing written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { applyPatch } from 'diff';
import { afterEach, describe, expect, it } from 'vitest';
import { project, ROOT, runCli } from '../check/helpers.js';
import { article } from '../batch/helpers.js';
import { colourDiff, unifiedDiff } from '../../src/report/diff.js';

const post = readFileSync(join(ROOT, 'fixtures/markdown/jekyll-1-0-2-released.markdown'), 'utf8');
const toml = readFileSync(join(ROOT, 'fixtures/markdown/rust-regex-1.9.md'), 'utf8');

let cleanup = (): void => undefined;
afterEach(() => cleanup());

/** The lines a diff adds and removes, without its `---`/`+++` headers. */
function changed(diff: string, sign: '+' | '-'): string[] {
  return diff.split('\n').filter((l) => l.startsWith(sign) && !l.startsWith(`${sign}${sign}${sign} `));
}

describe('--diff', () => {
  it('shows only front-matter lines added to a Markdown post, writes nothing, exits 0', async () => {
    const tree = project({ 'content/post.markdown': post, 'content/regex.md': toml });
    cleanup = tree.cleanup;
    const r = await runCli(['content', '--diff'], tree.dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(tree.dir, 'content/post.markdown'), 'utf8')).toBe(post);
    expect(readFileSync(join(tree.dir, 'content/regex.md'), 'utf8')).toBe(toml);
    const diffs = r.stdout.split(/^(?=--- )/m).filter((d) => d !== '');
    expect(diffs).toHaveLength(2);
    for (const [d, source, close] of [[diffs[0]!, post, '---'], [diffs[1]!, toml, '+++']] as const) {
      expect(d).toMatch(/^--- content\/\S+\n\+\+\+ content\/\S+\n@@ /);
      expect(changed(d, '-')).toEqual([]);
      const added = changed(d, '+');
      expect(added.length).toBeGreaterThan(0);
      for (const line of added) expect(line).toMatch(/^\+(description|keyphrase)( =|:) /);
      // Applied, the diff changes the front matter only: the body after its closing fence is the same.
      const patched = applyPatch(source, d);
      expect(patched).not.toBe(false);
      const body = (text: string): string => text.slice(text.indexOf(`\n${close}\n`, 4));
      expect(body(patched as string)).toBe(body(source));
    }
    // The report goes to stderr, so stdout is the diff alone (it can be piped to `git apply` or `patch`).
    expect(r.stderr).toMatch(/2 files rewritten/);
  });

  it('diffs a raw draft against its would-be output (/dev/null when there is none)', async () => {
    const tree = project({ 'a.txt': article(2) });
    cleanup = tree.cleanup;
    const r = await runCli(['a.txt', '--diff', '-q'], tree.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- \/dev\/null\n\+\+\+ a\.seo\.md\n@@ -0,0 \+1,\d+ @@\n\+---\n/);
    expect(changed(r.stdout, '-')).toEqual([]);
  });

  it('prints nothing for a file that would not change; with --check it exits 1 only when one would', async () => {
    const tree = project({ 'post.md': post });
    cleanup = tree.cleanup;
    const first = await runCli(['post.md', '--diff', '--check', '-q'], tree.dir);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('post.md: would change');
    expect(first.stdout).toMatch(/^--- post\.md\n/);
    expect((await runCli(['post.md', '--write', '-q'], tree.dir)).code).toBe(0);
    const again = await runCli(['post.md', '--diff', '--check', '-q'], tree.dir);
    expect(again).toMatchObject({ code: 0, stdout: '' });
  });

  it('refuses --write, --format json, --output - and --jsonl (one line, exit 2)', async () => {
    const tree = project({ 'post.md': post });
    cleanup = tree.cleanup;
    for (const extra of [['--write'], ['--format', 'json'], ['-o', '-']]) {
      const r = await runCli(['post.md', '--diff', ...extra], tree.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^seo-rewrite: --diff .*\n$/);
    }
    const jsonl = await runCli(['--jsonl', '--diff'], tree.dir);
    expect(jsonl).toMatchObject({ code: 2, stderr: 'seo-rewrite: --jsonl writes results to stdout and no files: --diff does not apply\n' });
  });
});

describe('the diff itself', () => {
  it('is empty for no change, and coloured only when asked', () => {
    expect(unifiedDiff('a.md', 'x\n', 'x\n')).toBe('');
    const d = unifiedDiff('a.md', 'x\n', 'y\n');
    expect(d).toBe('--- a.md\n+++ a.md\n@@ -1,1 +1,1 @@\n-x\n+y\n');
    expect(colourDiff(d, new Chalk({ level: 0 }))).toBe(d);
    expect(colourDiff(d, new Chalk({ level: 1 }))).toContain('\u001b[32m+y');
  });
});
