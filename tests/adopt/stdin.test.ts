import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, Report } from '../../src/types.js';
import { fixture, project, runCli } from '../check/helpers.js';
import { oldPost, runWithStdin } from './helpers.js';

let dir = '';
let cleanup = (): void => undefined;
beforeAll(() => {
  ({ dir, cleanup } = project({
    'content/.seo-rewriterc': 'rules:\n  title-width: off\n',
    'content/a.md': oldPost(1),
    'content/b.md': oldPost(2),
    'drafts/c.md': oldPost(3),
    'notes/raw.txt': fixture('article.txt'),
    '.seo-rewriteignore': 'drafts/\n',
    'src/app.js': 'export {};\n',
  }));
});
afterAll(() => cleanup());

function rulesOf(stdout: string): { path: string; rules: (string | null)[] }[] {
  return (JSON.parse(stdout) as CheckReport).files.map((f) => ({ path: f.path, rules: f.messages.map((m) => m.ruleId) }));
}

describe('check -: an article on stdin', () => {
  it('is checked as --stdin-filename says (its configuration, its path), as the file itself is', async () => {
    const r = await runWithStdin(['check', '-', '--stdin-filename', 'content/new.md', '--format', 'json'], dir, oldPost(9));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const found = rulesOf(r.stdout);
    expect(found).toEqual([{ path: 'content/new.md', rules: ['text-length', 'passive-voice', 'passive-voice', 'keyphrase-in-subheadings'] }]);
    // The configuration of content/ turned title-width off: outside it, the same text has a title-width error.
    const outside = await runWithStdin(['check', '-', '--stdin-filename', 'new.md', '--format', 'json'], dir, oldPost(9));
    expect(outside.code).toBe(1);
    expect(rulesOf(outside.stdout)[0]?.rules).toContain('title-width');
    const onDisk = await runCli(['check', 'content/a.md', '--format', 'json'], dir);
    expect(rulesOf(onDisk.stdout)[0]?.rules).toEqual(found[0]?.rules);
  });

  it('is reported as <stdin> when not named, and an ignored name is not checked (exit 0)', async () => {
    const r = await runWithStdin(['check', '-'], dir, oldPost(9));
    expect(r.stdout).toMatch(/^<stdin>\n/);
    const ignored = await runWithStdin(['check', '-', '--stdin-filename', 'drafts/x.md'], dir, oldPost(9));
    expect(ignored).toEqual({ code: 0, stdout: '', stderr: 'seo-rewrite: drafts/x.md: ignored (matches an ignore pattern); not checked\n' });
  });

  it('usage errors: one line, exit 2', async () => {
    expect(await runWithStdin(['check', '-', 'content/a.md'], dir, '')).toEqual({ code: 2, stdout: '', stderr: "seo-rewrite: '-' reads one article from stdin: give no other inputs\n" });
    expect(await runWithStdin(['check', 'content/a.md', '--stdin-filename', 'x.md'], dir, '')).toEqual({ code: 2, stdout: '', stderr: "seo-rewrite: --stdin-filename names the text read with '-': give '-' as the input\n" });
    expect(await runWithStdin(['check', '-', '--stdin-filepaths'], dir, '')).toEqual({ code: 2, stdout: '', stderr: "seo-rewrite: '-' and --stdin-filepaths both read stdin: choose one\n" });
  });
});

describe('check --stdin-filepaths: the changed files', () => {
  it('checks the listed articles only, passing over deleted, ignored and non-article files in silence', async () => {
    const list = 'src/app.js\ncontent/b.md\ncontent/deleted.md\ndrafts/c.md\n\nnotes/raw.txt\ncontent/b.md\n';
    const r = await runWithStdin(['check', '--stdin-filepaths', '--format', 'json'], dir, list);
    expect(r.stderr).toBe('');
    expect(rulesOf(r.stdout).map((f) => f.path)).toEqual(['content/b.md', 'notes/raw.txt']);
  });

  it('a list without articles, or with ignored ones only, checks nothing and exits 0', async () => {
    const r = await runWithStdin(['check', '--stdin-filepaths'], dir, 'src/app.js\nREADME.md\n');
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'seo-rewrite: no articles (.md, .markdown, .txt that exist) among the files on stdin: nothing to check\n' });
    const ignored = await runWithStdin(['check', '--stdin-filepaths'], dir, 'drafts/c.md\n');
    expect(ignored).toEqual({ code: 0, stdout: '', stderr: 'seo-rewrite: every article among the files on stdin matches an ignore pattern: nothing to check\n' });
  });
});

describe('rewrite -: an article on stdin', () => {
  it('writes the Markdown to stdout and the report to stderr, as -o - does for the file', async () => {
    const text = fixture('article.txt');
    const r = await runWithStdin(['-', '--lang', 'en'], dir, text);
    const file = await runCli(['notes/raw.txt', '-o', '-', '--lang', 'en'], dir);
    expect(r.code).toBe(file.code);
    expect(r.stdout.length).toBeGreaterThan(200);
    expect(r.stdout).toBe(file.stdout);
    expect(r.stderr).toContain('<stdin>');
  });

  it('with --format json, prints the report alone (carrying the Markdown) under --stdin-filename', async () => {
    const r = await runWithStdin(['-', '--format', 'json', '--stdin-filename', 'notes/new.txt'], dir, fixture('article.txt'));
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as Report;
    expect(json.files.map((f) => [f.path, f.output])).toEqual([['notes/new.txt', null]]);
    expect(json.files[0]?.markdown).toMatch(/^---\ntitle: /);
  });

  it('refuses what needs a file on disk, and empty input', async () => {
    expect(await runWithStdin(['-', '--write'], dir, 'x')).toEqual({ code: 2, stdout: '', stderr: "seo-rewrite: '-' (an article on stdin) cannot be used with --write\n" });
    expect(await runWithStdin(['-'], dir, '  \n')).toEqual({ code: 2, stdout: '', stderr: 'seo-rewrite: standard input: empty file (no text)\n' });
  });
});
