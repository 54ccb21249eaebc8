/** The rewrite command end to end, on the built binary. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { textWidth } from '../../src/text/width.js';

const BIN = resolve('bin/seo-rewrite.js');
const SAMPLE = resolve('fixtures/china-ai-id.txt');

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'seo-cli-'));
}

describe('seo-rewrite on the sample', () => {
  const run = cli([SAMPLE, '--dry-run', '--format', 'json']);
  const report = JSON.parse(run.stdout) as Report;
  const file = report.files[0]!;

  it('exits 0 and prints one JSON document with the documented fields', () => {
    expect(run.code).toBe(0);
    expect(report.tool.name).toBe('seo-rewrite');
    expect(Object.keys(file).sort()).toEqual(
      ['assessments', 'before', 'changes', 'description', 'error', 'focusKeyphrase', 'focusReason', 'highlights', 'keyphrases', 'lang', 'markdown', 'original', 'output', 'path', 'removed', 'score', 'slug', 'title', 'titles'].sort(),
    );
    expect(report.summary).toMatchObject({ files: 1, ok: 1, failed: 0 });
    for (const a of file.assessments) expect(Object.keys(a).sort()).toEqual(['category', 'id', 'message', 'rating', 'score']);
  });

  it('finds Indonesian and a focus keyphrase about the topic, not a function word', () => {
    expect(file.lang).toBe('id');
    expect(file.focusKeyphrase.toLowerCase()).toMatch(/chip|\bai\b|china|semikonduktor|tencent|baidu|ekspor/);
    expect(['dengan', 'dan', 'dalam', 'yang']).not.toContain(file.focusKeyphrase.toLowerCase());
  });

  it('offers the title first among up to three alternatives, each with a score and a source', () => {
    expect(file.titles?.length).toBeGreaterThanOrEqual(1);
    expect(file.titles!.length).toBeLessThanOrEqual(3);
    expect(file.titles![0]).toEqual({ text: file.title, score: 1, source: 'lead clause' });
    for (const t of file.titles!) {
      expect(t.score).toBeGreaterThan(0);
      expect(t.score).toBeLessThanOrEqual(1);
      expect(t.text).not.toMatch(/:/u);
    }
    expect(new Set(file.titles!.map((t) => t.text)).size).toBe(file.titles!.length);
  });

  it('builds title, description and slug within the limits, the description and slug with the focus keyphrase', () => {
    const focus = file.focusKeyphrase.toLowerCase();
    expect(file.title.length).toBeLessThanOrEqual(60);
    expect(textWidth(file.title)).toBeLessThanOrEqual(600);
    // The title is a headline from the lead's main clause (who did what), never `Focus: …`; it holds the focus
    // only when the lead's clause does.
    expect(file.title).not.toMatch(/:/u);
    expect(file.title).toMatch(/^China /u);
    // A whole sentence a little under Yoast's 120 is preferred to one cut with an ellipsis.
    expect(file.description.length).toBeGreaterThanOrEqual(90);
    expect(file.description).not.toMatch(/…$/u);
    expect(file.description.length).toBeLessThanOrEqual(156);
    expect(file.description.toLowerCase()).toContain(focus);
    expect(file.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(file.slug.length).toBeLessThanOrEqual(60);
    expect(file.slug).toContain(focus.replace(/\s+/g, '-'));
  });

  it('writes front matter, one H1 and at least three H2 sections', () => {
    expect(file.markdown.startsWith('---\ntitle: ')).toBe(true);
    expect(file.markdown).toMatch(/\nslug: /);
    expect(file.markdown).toMatch(/\nkeywords:\n {2}- /);
    expect(file.markdown).toMatch(/\nscores:\n {2}seo: \d+\n {2}readability: \d+\n/);
    expect(file.markdown.match(/^# /gm)).toHaveLength(1);
    expect((file.markdown.match(/^## /gm) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('removes the upstream instruction and says why', () => {
    expect(file.removed).toHaveLength(1);
    expect(file.removed[0]!.reason).toBe('instruksi tentang SEO atau kata kunci, bukan isi artikel');
    expect(file.removed[0]!.kind).toBe('seo-instruction');
  });

  it('prints a readable report without colour when not a terminal', () => {
    const r = cli([SAMPLE, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bahasa       id');
    expect(r.stdout).toMatch(/SEO +\d+ → \d+/);
    expect(r.stdout).toContain('Dihapus');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours only when asked and not with NO_COLOR', () => {
    expect(cli([SAMPLE, '--dry-run'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(cli([SAMPLE, '--dry-run'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('outputs', () => {
  it('writes NAME.seo.md beside the input and leaves the input alone', () => {
    const dir = tempDir();
    const input = join(dir, 'story.txt');
    writeFileSync(input, readFileSync(SAMPLE));
    const r = cli([input]);
    expect(r.code).toBe(0);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    expect(readFileSync(join(dir, 'story.seo.md'), 'utf8')).toMatch(/^---\ntitle: /);
  });

  it("prints the Markdown with -o - and the report on stderr", () => {
    const r = cli([SAMPLE, '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('---\n')).toBe(true);
    expect(r.stderr).toContain('1 berkas ditulis ulang');
  });

  it('writes nothing with --dry-run', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), readFileSync(SAMPLE));
    expect(cli([join(dir, 'a.txt'), '--dry-run']).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('processes a folder, mirroring it under --out-dir', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), readFileSync(SAMPLE));
    writeFileSync(join(dir, 'in', 'sub', 'b.txt'), readFileSync(SAMPLE));
    const r = cli(['in', '--out-dir', 'out', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'a.md'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'sub', 'b.md'))).toBe(true);
  });

  it('honours --keyphrase', () => {
    const r = cli([SAMPLE, '--dry-run', '-f', 'json', '--keyphrase', 'Tencent']);
    const f = (JSON.parse(r.stdout) as Report).files[0]!;
    expect(f.focusKeyphrase).toBe('Tencent');
    expect(f.title.toLowerCase()).toContain('tencent');
  });
});

describe('exit codes and bad input', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n \t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 di Jakarta sangat ramai.', 'latin1'));
  mkdirSync(join(dir, 'nothing'));
  writeFileSync(join(dir, 'nothing', 'notes.json'), '{}');

  it.each([
    ['missing.txt', /missing\.txt: no such file/],
    ['empty.txt', /empty\.txt: empty file/],
    ['blank.txt', /blank\.txt: empty file/],
    ['binary.txt', /binary\.txt: binary file/],
    ['latin1.txt', /latin1\.txt: invalid UTF-8/],
    ['nothing', /nothing: no articles/],
  ])('%s: one clear line on stderr, exit 2, nothing written', (name, pattern) => {
    const r = cli([name], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^seo-rewrite: /);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).filter((f) => f.endsWith('.seo.md'))).toEqual([]);
  });

  it('goes on with the other files and exits 2 at the end', () => {
    const d = tempDir();
    writeFileSync(join(d, 'good.txt'), readFileSync(SAMPLE));
    writeFileSync(join(d, 'bad.txt'), '');
    const r = cli(['bad.txt', 'good.txt', '-f', 'json'], { cwd: d });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => [f.path, f.error === null])).toEqual([['bad.txt', false], ['good.txt', true]]);
    expect(existsSync(join(d, 'good.seo.md'))).toBe(true);
    expect(existsSync(join(d, 'bad.seo.md'))).toBe(false);
  });

  it('exits 1 when a score is under --min-score and 0 when none is', () => {
    expect(cli([SAMPLE, '--dry-run', '--min-score', '100']).code).toBe(1);
    expect(cli([SAMPLE, '--dry-run', '--min-score', '0']).code).toBe(0);
  });

  it('exits 2 on usage errors', () => {
    expect(cli([]).code).toBe(2);
    expect(cli([SAMPLE, '--min-score', 'lots']).code).toBe(2);
    expect(cli([SAMPLE, '--format', 'xml']).code).toBe(2);
    expect(cli([SAMPLE, SAMPLE.replace('.txt', '.txt'), '-o', 'x.md', '--out-dir', 'y']).code).toBe(2);
  });

  // Five times the 1 MB the default budget is for: it needs --file-timeout 0 (the budget itself: tests/cli/budget).
  it('finishes a 5 MB article with no time limit (time is measured by the benchmark, not here)', () => {
    const d = tempDir();
    const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(0, -1);
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const line = lines[i % lines.length]!;
      parts.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    const input = parts.join('\n');
    writeFileSync(join(d, 'big.txt'), input);
    const r = cli(['big.txt', '-q', '--file-timeout', '0'], { cwd: d });
    expect(r.code).toBe(0);
    // (Every sentence is kept, and front matter and headings are added: longer than the input, in characters as the
    // input is counted in characters; its 5 MB are bytes, and its curly quotes take three each.)
    expect(readFileSync(join(d, 'big.seo.md'), 'utf8').length).toBeGreaterThan(input.length);
  }, 120_000);

  it('prints the version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
