import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/types.js';
import { project, runCli } from '../check/helpers.js';
import { oldPost, oldSite, runWithStdin } from './helpers.js';

let dir = '';
let cleanup = (): void => undefined;
beforeAll(() => {
  ({ dir, cleanup } = project(oldSite()));
});
afterAll(() => cleanup());

function messagesOf(stdout: string): { path: string; ruleId: string | null; severity: string; message: string }[] {
  const json = JSON.parse(stdout) as CheckReport;
  return json.files.flatMap((f) => f.messages.map((m) => ({ path: f.path, ruleId: m.ruleId, severity: m.severity, message: m.message })));
}

function baselineCount(): number {
  const data = JSON.parse(readFileSync(join(dir, 'seo-baseline.json'), 'utf8')) as { files: Record<string, { count: number }[]> };
  return Object.values(data.files).flat().reduce((sum, e) => sum + e.count, 0);
}

describe('check --baseline on a site with 100 old problems', () => {
  it('fails without a baseline: 100 problems (25 title-width errors)', async () => {
    const r = await runCli(['check', 'content', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const messages = messagesOf(r.stdout);
    expect(messages.filter((m) => m.severity !== 'info')).toHaveLength(100);
    expect(messages.filter((m) => m.ruleId === 'title-width' && m.severity === 'error')).toHaveLength(25);
  });

  it('records them when the baseline is missing, and passes', async () => {
    const r = await runCli(['check', 'content', '--baseline', 'seo-baseline.json'], dir);
    expect(r.stderr).toBe('seo-rewrite: seo-baseline.json: recorded 125 messages of 25 files (new baseline)\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ no problems · 25 files checked/);
    expect(baselineCount()).toBe(125);
  });

  it('passes again with the baseline, reporting nothing', async () => {
    const r = await runCli(['check', 'content', '--baseline', 'seo-baseline.json', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(messagesOf(r.stdout)).toEqual([]);
  });

  it('does not see new problems when lines move: front matter reordered, paragraphs swapped, blank lines added', async () => {
    const path = join(dir, 'content/post-03.md');
    const before = readFileSync(path, 'utf8');
    const [front = '', body = ''] = before.split('\n---\n');
    const lines = front.split('\n');
    const reordered = [lines[0], lines[3], lines[4], lines[1], lines[2]].join('\n');
    const passive = 'The schools were chosen by the regional council. Each one received between 40 and 120 panels, depending on the size of its roof.\n\n';
    expect(body).toContain(passive);
    const moved = body.replace(passive, '').replace('Head teachers said', `${passive}\n\n\nHead teachers said`);
    writeFileSync(path, `${reordered}\n---\n\n\n${moved}`);
    const r = await runCli(['check', 'content', '--baseline', 'seo-baseline.json', '--format', 'json'], dir);
    expect(messagesOf(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
    // The file did change: its problems are still found without the baseline.
    const plain = await runCli(['check', 'content/post-03.md', '--format', 'json'], dir);
    expect(messagesOf(plain.stdout).filter((m) => m.severity !== 'info')).toHaveLength(4);
    writeFileSync(path, before);
  });

  it('fails on one new problem with exit 1, reporting only that message', async () => {
    const path = join(dir, 'content/post-07.md');
    writeFileSync(path, oldPost(7).replace('## What the study found', '# What the study found'));
    const r = await runCli(['check', 'content', '--baseline', 'seo-baseline.json', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(messagesOf(r.stdout)).toEqual([
      { path: 'content/post-07.md', ruleId: 'single-h1', severity: 'error', message: expect.stringMatching(/^Unexpected 2 H1 headings/) },
    ]);
    const stylish = await runCli(['check', 'content', '--baseline', 'seo-baseline.json'], dir);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l))).toEqual([expect.stringMatching(/error +Unexpected 2 H1 headings.* single-h1$/)]);
  });

  it('a second copy of a known problem is new (counts are kept)', async () => {
    writeFileSync(join(dir, 'content/post-07.md'), oldPost(7));
    const path = join(dir, 'content/post-08.md');
    const twice = oldPost(8).replace('Head teachers said', 'The schools were chosen by the regional council. Head teachers said');
    writeFileSync(path, twice);
    const r = await runCli(['check', 'content', '--baseline', 'seo-baseline.json', '--format', 'json'], dir);
    expect(messagesOf(r.stdout)).toEqual([
      { path: 'content/post-08.md', ruleId: 'passive-voice', severity: 'info', message: 'Unexpected passive voice in “The schools were chosen by the regional council.”, expected an active sentence' },
    ]);
    expect(r.code).toBe(0);
    writeFileSync(path, oldPost(8));
  });

  it('--baseline-update rewrites it: fixed problems are dropped, and said to be fixed before', async () => {
    writeFileSync(join(dir, 'content/post-01.md'), oldPost(1).replace(/^title: .*$/m, 'title: Solar panels on school roofs cut energy bills'));
    const r = await runCli(['check', 'content', '--baseline', 'seo-baseline.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('seo-rewrite: seo-baseline.json: 1 recorded message no longer found (fixed): run with --baseline-update to drop it\n');
    const u = await runCli(['check', 'content', '--baseline', 'seo-baseline.json', '--baseline-update'], dir);
    expect(u.stderr).toBe('seo-rewrite: seo-baseline.json: recorded 124 messages of 25 files\n');
    expect(baselineCount()).toBe(124);
    const again = await runCli(['check', 'content', '--baseline', 'seo-baseline.json'], dir);
    expect(again.stderr).toBe('');
  });

  it('with --stdin-filepaths, only the listed files are compared: no fixed problems are claimed for the others', async () => {
    const r = await runWithStdin(['check', '--stdin-filepaths', '--baseline', 'seo-baseline.json', '--format', 'json'], dir, 'content/post-04.md\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as CheckReport).files.map((f) => [f.path, f.messages.length])).toEqual([['content/post-04.md', 0]]);
  });

  it('an update over some files keeps the entries of the others', async () => {
    const u = await runCli(['check', 'content/post-02.md', '--baseline', 'seo-baseline.json', '--baseline-update'], dir);
    expect(u.code).toBe(0);
    expect(baselineCount()).toBe(124);
  });
});

describe('check --baseline: bad input', () => {
  it('a missing baseline in CI is an error (exit 2), and nothing is written', async () => {
    const p = project({ 'a.md': oldPost(1) });
    try {
      const r = await runCli(['check', 'a.md', '--baseline', 'b.json'], p.dir, { CI: 'true' });
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'seo-rewrite: b.json: no such baseline (in CI it is not created: record it with --baseline-update and commit it)\n' });
    } finally {
      p.cleanup();
    }
  });

  it('a baseline that is not one: one line, exit 2', async () => {
    const p = project({ 'a.md': oldPost(1), 'b.json': '{"files": {}}' });
    try {
      const r = await runCli(['check', 'a.md', '--baseline', 'b.json'], p.dir);
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'seo-rewrite: b.json: cannot read the baseline: not a seo-rewrite baseline (expected "seoRewriteBaseline": 1)\n' });
      const u = await runCli(['check', 'a.md', '--baseline-update'], p.dir);
      expect(u).toEqual({ code: 2, stdout: '', stderr: 'seo-rewrite: --baseline-update needs --baseline FILE (the file to write)\n' });
    } finally {
      p.cleanup();
    }
  });
});

describe('the baseline file', () => {
  it('is JSON with one line per entry, files sorted, and reads back as it was written', async () => {
    const { serialiseBaseline, parseBaseline } = await import('../../src/engine/baseline.js');
    const baseline = {
      seoRewriteBaseline: 1 as const,
      files: {
        'content/b.md': [{ rule: 'title-width', fingerprint: 'ff', count: 1 }, { rule: 'passive-voice', fingerprint: 'aa', count: 2 }],
        'content/a.md': [{ rule: 'text-length', fingerprint: '00', count: 1 }],
        'content/empty.md': [],
      },
    };
    const text = serialiseBaseline(baseline);
    expect(text).toBe(
      '{\n  "seoRewriteBaseline": 1,\n  "files": {\n' +
        '    "content/a.md": [\n      {"rule":"text-length","fingerprint":"00","count":1}\n    ],\n' +
        '    "content/b.md": [\n      {"rule":"passive-voice","fingerprint":"aa","count":2},\n      {"rule":"title-width","fingerprint":"ff","count":1}\n    ]\n' +
        '  }\n}\n',
    );
    const back = parseBaseline(text);
    expect(back.files['content/b.md']).toEqual([{ rule: 'passive-voice', fingerprint: 'aa', count: 2 }, { rule: 'title-width', fingerprint: 'ff', count: 1 }]);
    expect(serialiseBaseline(back)).toBe(text);
    expect(serialiseBaseline({ seoRewriteBaseline: 1, files: {} })).toBe('{\n  "seoRewriteBaseline": 1,\n  "files": {}\n}\n');
  });
});
