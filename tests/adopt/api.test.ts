import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, ConfigError } from '../../src/index.js';
import type { CheckReport } from '../../src/types.js';
import { fixture, project, runCli } from '../check/helpers.js';
import { oldPost, oldSite, runWithStdin } from './helpers.js';

let dir = '';
let cleanup = (): void => undefined;
beforeAll(() => {
  ({ dir, cleanup } = project({
    ...oldSite(),
    'content/news/.seo-rewriterc': 'rules:\n  title-width: warn\n  passive-voice: off\n',
    'content/news/one.md': oldPost(30),
    'content/raw.txt': fixture('article.txt'),
    'content/_index.md': fixture('_index.md'),
    'content/bad.md': fixture('bad-front-matter.md'),
    'content/drafts/skip.md': oldPost(31),
    '.seo-rewriteignore': 'content/drafts/\n',
  }));
});
afterAll(() => cleanup());

describe('check() in the library', () => {
  it('gives what `seo-rewrite check --format json` prints on the test site', async () => {
    const cli = await runCli(['check', 'content', '--format', 'json', '--min-score', '60'], dir);
    const expected = JSON.parse(cli.stdout) as CheckReport;
    expect(expected.files.length).toBe(28);
    expect(expected.files.flatMap((f) => f.messages).length).toBeGreaterThan(100);
    const report = await check('content', { cwd: dir, minScore: 60 });
    expect(report).toEqual(expected);
  });

  it('checks text in memory as the file it names, as `check -` with --stdin-filename does', async () => {
    const text = oldPost(40);
    const cli = await runWithStdin(['check', '-', '--stdin-filename', 'content/news/new.md', '--format', 'json'], dir, text);
    const report = await check('content/news/new.md', { cwd: dir, text });
    expect(report).toEqual(JSON.parse(cli.stdout));
    expect(report.files[0]?.messages.map((m) => m.ruleId)).toContain('title-width');
    expect(report.files[0]?.messages.map((m) => m.ruleId)).not.toContain('passive-voice');
  });

  it('throws ConfigError for a bad configuration', async () => {
    const p = project({ '.seo-rewriterc': 'rules:\n  passive-voice: sometimes\n', 'a.md': oldPost(1) });
    try {
      await expect(check('a.md', { cwd: p.dir })).rejects.toThrow(ConfigError);
    } finally {
      p.cleanup();
    }
  });
});
