/** The batch engine's pieces: messages across threads, the resume manifest, keeping --out-dir apart from inputs. */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fenceOutDir } from '../../src/engine/out-dir.js';
import { rewriteToResult } from '../../src/engine/process.js';
import { fromPlainMessage, toPlainMessage } from '../../src/engine/result.js';
import { Manifest, MANIFEST_NAME, ManifestWriter, optionsHash } from '../../src/engine/resume.js';
import { englishReason } from '../../src/lang/problem.js';

const SAMPLE = readFileSync(resolve('fixtures/china-ai-id.txt'), 'utf8');

describe('messages across a worker boundary', () => {
  it('survive structured cloning with reason, place, rule, severity, actual and expected', () => {
    const { file } = rewriteToResult('a.txt', SAMPLE, {}, null);
    expect(file.messages.length).toBeGreaterThan(0);
    const rebuilt = file.messages.map((m) => fromPlainMessage(structuredClone(toPlainMessage(m)), 'a.txt'));
    expect(rebuilt.map(String)).toEqual(file.messages.map(String));
    const fields = (m: (typeof rebuilt)[number]): unknown[] => [m.reason, m.line, m.column, m.place, m.ruleId, m.source, m.fatal, m.actual, m.expected, m.file];
    expect(rebuilt.map(fields)).toEqual(file.messages.map(fields));
  });
});

describe('resume manifest', () => {
  const options = optionsHash('1.0.0', { lang: 'id' });

  it('records outputs and reads them back for the same options only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-manifest-'));
    const writer = new ManifestWriter(dir, options);
    writer.record(join(dir, 'a', 'x.md'), 'h1');
    writer.record(join(dir, 'y.md'), 'h2');
    writer.record(join(dir, 'a', 'x.md'), 'h3');
    writer.close();
    const manifest = await Manifest.load(dir, options);
    expect(manifest.recorded(join(dir, 'a', 'x.md'))).toBe('h3');
    expect(manifest.recorded(join(dir, 'y.md'))).toBe('h2');
    expect(manifest.recorded(join(dir, 'z.md'))).toBeUndefined();
    const other = await Manifest.load(dir, optionsHash('1.0.0', { lang: 'en' }));
    expect(other.recorded(join(dir, 'y.md'))).toBeUndefined();
    expect(optionsHash('1.0.1', { lang: 'id' })).not.toBe(options);
  });

  it('ignores a torn last line (a killed run) and garbage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-manifest-'));
    const writer = new ManifestWriter(dir, options);
    writer.record(join(dir, 'a.md'), 'h1');
    writer.close();
    appendFileSync(join(dir, MANIFEST_NAME), 'not json\n{"output":"b.md","source_sha');
    const manifest = await Manifest.load(dir, options);
    expect(manifest.recorded(join(dir, 'a.md'))).toBe('h1');
    expect(manifest.recorded(join(dir, 'b.md'))).toBeUndefined();
  });

  it('compacts a manifest that is mostly stale lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-manifest-'));
    const writer = new ManifestWriter(dir, options);
    for (let i = 0; i < 1500; i++) writer.record(join(dir, `f${i % 3}.md`), `h${i}`);
    writer.close();
    const manifest = await Manifest.load(dir, options);
    expect(manifest.recorded(join(dir, 'f2.md'))).toBe('h1499');
    expect(readFileSync(join(dir, MANIFEST_NAME), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('is empty when there is none', async () => {
    const manifest = await Manifest.load(mkdtempSync(join(tmpdir(), 'seo-manifest-')), options);
    expect(manifest.recorded('/x.md')).toBeUndefined();
  });
});

describe('--out-dir fence', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'seo-fence-'));
  writeFileSync(join(cwd, 'keep'), '');

  it('refuses an out dir that is an input folder', () => {
    const fenced = fenceOutDir([{ path: 'drafts/a.txt', root: join(cwd, 'drafts') }], 'drafts', cwd);
    expect(englishReason(fenced.error ?? '')).toMatch(/is an input folder/);
  });

  it('leaves out earlier outputs found inside a searched folder, keeps the rest', () => {
    const root = join(cwd, 'drafts');
    const entries = [
      { path: 'drafts/a.txt', root },
      { path: 'drafts/out/a.md', root },
      { path: 'drafts/sub/b.md', root },
      { path: 'missing', root: null, error: 'no such file or folder' },
    ];
    const fenced = fenceOutDir(entries, 'drafts/out', cwd);
    expect(fenced.error).toBeUndefined();
    expect(fenced.entries.map((e) => e.path)).toEqual(['drafts/a.txt', 'drafts/sub/b.md', 'missing']);
    expect(fenced.dropped).toBe(1);
  });

  it('keeps inputs of a folder that lies inside the out dir (their outputs go elsewhere)', () => {
    const root = join(cwd, 'out', 'drafts');
    const fenced = fenceOutDir([{ path: 'out/drafts/a.txt', root }], 'out', cwd);
    expect(fenced.entries).toHaveLength(1);
  });
});
