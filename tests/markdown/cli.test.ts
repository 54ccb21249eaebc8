/** --write, --check, --overwrite and --h1 on the built binary. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, cli, readTree, tempDir, writeTree } from '../batch/helpers.js';

const post = readFileSync(join(import.meta.dirname, '../../fixtures/markdown/rust-regex-1.9.md'), 'utf8');

describe('editing Markdown in place', () => {
  it('--check exits 1 naming the files that would change and writes nothing; --write edits them; then --check passes', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'content/regex.md': post, 'drafts/a.txt': article(1) });
    const before = readTree(cwd);
    const checked = cli(['content', 'drafts', '--check', '-q'], { cwd });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('seo-rewrite: content/regex.md: would change');
    expect(readTree(cwd)).toEqual(before);

    const written = cli(['content', 'drafts', '--write', '-q'], { cwd });
    expect(written.code).toBe(0);
    const after = readTree(cwd);
    // The Markdown file is edited in place; the raw draft gets its .seo.md and is never overwritten.
    expect(Object.keys(after).sort()).toEqual(['content/regex.md', 'drafts/a.seo.md', 'drafts/a.txt']);
    expect(after['drafts/a.txt']).toBe(before['drafts/a.txt']);
    expect(after['content/regex.md']).not.toBe(post);
    expect(after['content/regex.md']?.split('\n+++\n')[1]).toBe(post.split('\n+++\n')[1]);

    const stamp = statSync(join(cwd, 'content/regex.md')).mtimeMs;
    const again = cli(['content', '--check', '-q'], { cwd });
    expect(again.code).toBe(0);
    expect(cli(['content', '--write', '-q'], { cwd }).code).toBe(0);
    expect(statSync(join(cwd, 'content/regex.md')).mtimeMs).toBe(stamp);
  });

  it('--write with --output is a usage error', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'a.md': post });
    const r = cli(['a.md', '--write', '-o', 'b.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--write rewrites files in place/);
  });

  it('--h1 never leaves the raw draft without an H1; the default gives it one', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'a.txt': article(2) });
    expect(cli(['a.txt', '-o', '-'], { cwd }).stdout).toMatch(/\n---\n\n# /);
    expect(cli(['a.txt', '-o', '-', '--h1', 'never'], { cwd }).stdout).not.toMatch(/^# /m);
  });
});
