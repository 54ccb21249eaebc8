/**
 * `check` holds no file's result once the file is reported (issues 16 and 18: 10,000 files once took 1.7 GB): the
 * engine hands each result over as soon as it and the files before it are done, before later files are even read,
 * and the report is written a file at a time. What must wait (the site pass, a SARIF opening) waits on disk.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import { run } from '../../src/cli/index.js';
import { ConfigResolver } from '../../src/config/index.js';
import { failedCheck, type CheckResult } from '../../src/engine/cache.js';
import { checkEach, type Planned } from '../../src/engine/check-run.js';
import { Spool } from '../../src/engine/spool.js';
import { fixture, projects } from './helpers.js';

const site = projects();

/** Runs the CLI in memory; resolves to each write to stdout, as written. */
async function writes(argv: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const stdout = new Writable({ write: (chunk: Buffer, _encoding, done) => (out.push(chunk.toString('utf8')), done()) });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  await run([...argv], { stdin: process.stdin, stdout, stderr: sink, env: { NO_COLOR: '1' }, cwd });
  return out;
}

describe('check: a file at a time', () => {
  it('hands the first result over before a later file is read', async () => {
    const dir = site({ 'a.md': fixture('short.md') });
    const resolver = new ConfigResolver({ cwd: dir, ruleIds: rules.map((r) => r.id) });
    const config = await resolver.forFile(join(dir, 'a.md'));
    // More files than the engine reads ahead (32); all but the first and the last fail without being read.
    const planned: Planned[] = [{ path: 'a.md', config }];
    for (let i = 1; i < 39; i++) planned.push({ path: `gone-${i}.md`, result: failedCheck(`gone-${i}.md`, 'gone', 'io') });
    planned.push({ path: 'late.md', config });
    const seen: CheckResult[] = [];
    const done = await checkEach(planned, { cwd: dir, jobs: 1, ruleIds: rules.map((r) => r.id), cache: null, site: false }, (result) => {
      // The last file is written only when the first is handed over: an engine that read (or analysed) every file
      // before handing any over would find it missing.
      if (seen.length === 0) writeFileSync(join(dir, 'late.md'), fixture('short.md'));
      seen.push(result);
    });
    expect(done).toBe(true);
    expect(seen.map((r) => r.report.path)).toEqual(planned.map((p) => p.path));
    expect(seen[0]?.failure).toBeNull();
    expect(seen.at(-1)?.failure).toBeNull();
    expect(seen.at(-1)?.report.score).toEqual(seen[0]?.report.score);
  });

  it.each([[[]], [['--site']]])('writes the stylish report one file at a time, then the summary line (%j)', async (extra) => {
    const dir = site({ 'content/a.md': fixture('short.md'), 'content/b.md': fixture('hugo-fields.md'), 'content/c.md': fixture('no-front-matter.md') });
    const chunks = await writes(['check', 'content', '--jobs', '1', ...extra], dir);
    expect(chunks).toHaveLength(4);
    expect(chunks.map((c) => c.split('\n')[0])).toEqual(['content/a.md', 'content/b.md', 'content/c.md', expect.stringMatching(/^[✖⚠✔] .* 3 files checked/)]);
  });

  it('writes JSON as it goes: the opening, each file, the closing; SARIF to a file whole', async () => {
    const dir = site({ 'content/a.md': fixture('short.md'), 'content/b.md': fixture('hugo-fields.md') });
    const chunks = await writes(['check', 'content', '--format', 'json'], dir);
    expect(chunks).toHaveLength(4);
    expect(chunks[1]).toMatch(/^\n {4}\{\n {6}"path": "content\/a\.md"/);
    expect(JSON.parse(chunks.join('')).files).toHaveLength(2);
    await writes(['check', 'content', '--format', 'sarif', '-o', 'out/report.sarif'], dir);
    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'report.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
  });
});

describe('the cache, an entry at a time', () => {
  it('is one JSON document of one entry a line, read back entry by entry', async () => {
    const dir = site({ 'content/a.md': fixture('short.md'), 'content/b.md': fixture('hugo-fields.md') });
    const first = await writes(['check', 'content', '--format', 'json', '--cache', '--cache-location', 'cache.json'], dir);
    const text = readFileSync(join(dir, 'cache.json'), 'utf8');
    expect(text.split('\n')).toHaveLength(5);
    expect(Object.keys((JSON.parse(text) as { entries: object }).entries)).toEqual(['content/a.md', 'content/b.md']);
    // Served from the cache, the same report (a file analysed again would be stored again: the file rewritten).
    const written = statSync(join(dir, 'cache.json')).mtimeMs;
    const second = await writes(['check', 'content', '--format', 'json', '--cache', '--cache-location', 'cache.json'], dir);
    expect(second.join('')).toBe(first.join(''));
    expect(statSync(join(dir, 'cache.json')).mtimeMs).toBe(written);
  });
});

describe('Spool', () => {
  it('gives back what was appended, in order, records bigger than its chunks too', () => {
    const spool = new Spool();
    try {
      const big = 'x'.repeat(3 * 1024 * 1024);
      const values = [{ a: 1 }, { text: big, n: [1, 2, 3] }, 'é “quoted”', null];
      for (const v of values) spool.appendRecord(v);
      expect([...spool.records()]).toEqual(values);
      const text = new Spool();
      text.append('one ');
      text.append(big);
      text.append(' two');
      expect(Buffer.concat([...text.chunks()]).toString('utf8')).toBe(`one ${big} two`);
      expect(text.read(0, 4).toString('utf8')).toBe('one ');
      text.dispose();
    } finally {
      spool.dispose();
    }
  });
});
