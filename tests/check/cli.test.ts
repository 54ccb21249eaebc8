import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import type { PlainCheckResult } from '../../src/engine/cache.js';
import { sealEntry } from '../../src/engine/cache-entry.js';
import { fixture, projects, runCli } from './helpers.js';
import type { CheckReport } from '../../src/types.js';

/** A configuration that makes every rule a warning (no error-level message whatever the rules find). */
const ALL_WARN = JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.id, 'warn'])) });

const site = projects();

type Json = CheckReport;

describe('check: exit codes', () => {
  it('0 when there is no error, no score under --min-score and warnings within --max-warnings', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'content/short.md': fixture('short.md') });
    const r = await runCli(['check', 'content'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^content\/short\.md\n/);
    expect(r.stdout).toMatch(/⚠ \d+ problems? \(0 errors, \d+ warnings?\)/);
    expect((await runCli(['check', 'content', '--min-score', '0', '--max-warnings', '1000'], dir)).code).toBe(0);
  });

  it('1 for an error-level message', async () => {
    const dir = site({ '.seo-rewriterc': 'rules:\n  text-length: error\n', 'short.md': fixture('short.md') });
    const r = await runCli(['check', 'short.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ {2}0:0 +error {4}Unexpected text of 108 words, expected at least 300 words +text-length\n/);
  });

  it('1 for a file under --min-score', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'short.md': fixture('short.md') });
    const r = await runCli(['check', 'short.md', '--min-score', '100'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('under --min-score 100');
  });

  it('1 for more warnings than --max-warnings, said on stderr', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'short.md': fixture('short.md') });
    const r = await runCli(['check', 'short.md', '--max-warnings', '0', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^seo-rewrite: too many warnings \(\d+, --max-warnings 0\)\n$/);
  });

  it('1 for invalid front matter (a content error), and the other files are still checked', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'a.md': fixture('bad-front-matter.md'), 'b.md': fixture('short.md') });
    const r = await runCli(['check', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Json;
    expect(json.files.map((f) => f.path)).toEqual(['a.md', 'b.md']);
    expect(json.files[1]?.score.seo).toBeGreaterThan(0);
  });

  it('2 for a missing input (I/O), the others still checked', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'short.md': fixture('short.md') });
    const r = await runCli(['check', 'missing.md', 'short.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('missing.md\n  0:0  error    no such file or folder  read\n');
    expect(r.stdout).toContain('short.md\n');
  });

  it('2 for a bad configuration, naming the file and the key, before any output', async () => {
    const dir = site({ 'content/.seo-rewriterc': 'rules:\n  passive-voice: sometimes\n', 'content/a.md': fixture('short.md') });
    const r = await runCli(['check', 'content'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'seo-rewrite: content/.seo-rewriterc: rules.passive-voice: expected off, warn or error, got "sometimes"\n' });
    const missing = await runCli(['check', 'content', '--config', 'nope.json'], dir);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'seo-rewrite: nope.json: no such configuration file\n' });
  });

  it('2 for usage errors', async () => {
    const dir = site({ 'a.md': fixture('short.md') });
    expect(await runCli(['check'], dir)).toMatchObject({ code: 2, stderr: "seo-rewrite: no input: give files, folders or globs (see 'seo-rewrite check --help')\n" });
    expect((await runCli(['check', 'a.md', '--format', 'xml'], dir)).code).toBe(2);
    expect((await runCli(['check', 'a.md', '--max-warnings', '-1'], dir)).code).toBe(2);
    expect((await runCli(['check', 'a.md', '--min-score', '101'], dir)).code).toBe(2);
    expect(await runCli(['check', 'a.md', '--lang', 'Indonesian'], dir)).toMatchObject({ code: 2, stderr: 'seo-rewrite: --lang: expected a language code such as id or en, got "Indonesian"\n' });
  });
});

describe('check: formats', () => {
  const files = { '.seo-rewriterc': ALL_WARN, 'content/short.md': fixture('short.md'), 'content/disabled.md': fixture('disabled.md'), 'content/_index.md': fixture('_index.md') };

  it('json: the rewrite report (without skipped files), each file with its messages', async () => {
    const r = await runCli(['check', 'content', '--format', 'json'], site(files));
    const json = JSON.parse(r.stdout) as Json;
    expect(json.tool.name).toBe('seo-rewrite');
    expect(json.files.map((f) => f.path)).toEqual(['content/disabled.md', 'content/short.md']);
    expect(json.summary.files).toBe(2);
    const passive = json.files[0]?.messages.filter((m) => m.ruleId === 'passive-voice' && m.severity === 'info').map((m) => m.line);
    expect(passive).toEqual([8, 16, 16, 22]);
  });

  it('sarif: one run with the rules and results', async () => {
    const r = await runCli(['check', 'content', '--format', 'sarif'], site(files));
    const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { name: string } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.tool.driver.name).toBe('seo-rewrite');
    expect(new Set(log.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri))).toEqual(new Set(['content/disabled.md', 'content/short.md', 'content/_index.md']));
  });

  it('github: annotations, at most 50, then a summary line', async () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`content/${i}.md`, fixture('disabled.md')]));
    const r = await runCli(['check', 'content', '--format', 'github'], site({ '.seo-rewriterc': ALL_WARN, ...many }));
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^::(error|warning|notice) file=/.test(l))).toHaveLength(50);
    expect(lines.at(-1)).toMatch(/^seo-rewrite: .*12 files checked.* more annotations not shown/);
    expect(lines).toHaveLength(51);
  });

  it('junit: valid XML', async () => {
    const r = await runCli(['check', 'content', '--format', 'junit'], site(files));
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).toContain('<testsuite name="content/short.md"');
  });

  it('--output-file writes the report there (folders created) and nothing on stdout', async () => {
    const dir = site(files);
    const r = await runCli(['check', 'content', '--format', 'junit', '--output-file', 'reports/check.xml'], dir);
    expect(r.stdout).toBe('');
    expect(XMLValidator.validate(readFileSync(join(dir, 'reports', 'check.xml'), 'utf8'))).toBe(true);
    const bad = await runCli(['check', 'content', '--output-file', 'content'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^seo-rewrite: content: cannot write the report: /);
  });

  it('--quiet reports errors only; colours only on request', async () => {
    const dir = site(files);
    const quiet = await runCli(['check', 'content', '--quiet'], dir);
    expect(quiet.stdout).not.toMatch(/ {2}(warning|info) {2}/);
    const coloured = await runCli(['check', 'content'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[');
    expect((await runCli(['check', 'content', '--no-color'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });

  it('is deterministic: the same run prints the same bytes', async () => {
    const dir = site(files);
    const a = await runCli(['check', 'content', '--format', 'sarif'], dir);
    const b = await runCli(['check', 'content', '--format', 'sarif'], dir);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('check: ignore files', () => {
  it('skips files matched by .seo-rewriteignore or the configuration, and says so for named files', async () => {
    const dir = site({ '.seo-rewriteignore': 'drafts/\n', '.seo-rewriterc': `{"ignore": ["archive/**"], "rules": ${JSON.stringify(JSON.parse(ALL_WARN).rules)}}`, 'a.md': fixture('short.md'), 'drafts/b.md': fixture('short.md'), 'archive/c.md': fixture('short.md') });
    const r = await runCli(['check', '.', '--format', 'json'], dir);
    expect((JSON.parse(r.stdout) as Json).files.map((f) => f.path)).toEqual(['a.md']);
    const named = await runCli(['check', 'drafts/b.md', 'a.md'], dir);
    expect(named.stderr).toBe('seo-rewrite: drafts/b.md: ignored (matches an ignore pattern); not checked\n');
    expect(named.code).toBe(0);
  });
});

describe('check --cache', () => {
  type CacheFile = { entries: Record<string, { key: string; sha256: string; result: PlainCheckResult }> };
  const cachePath = (dir: string): string => join(dir, 'node_modules', '.cache', 'seo-rewrite', 'check.json');
  /** Marks every cached SEO score with 1234; `seal` recomputes the entries' hashes, as the tool would have. */
  const mark = (dir: string, seal: boolean): void => {
    const cache = JSON.parse(readFileSync(cachePath(dir), 'utf8')) as CacheFile;
    for (const entry of Object.values(cache.entries)) {
      entry.result.report.score.seo = 1234;
      if (seal) entry.sha256 = sealEntry(entry.key, entry.result).sha256;
    }
    writeFileSync(cachePath(dir), JSON.stringify(cache));
  };

  it('stores results keyed on content and does not analyse unchanged files again', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'a.md': fixture('short.md'), 'b.md': fixture('no-front-matter.md') });
    const first = await runCli(['check', '.', '--cache', '--format', 'json'], dir);
    expect(existsSync(cachePath(dir))).toBe(true);
    // Mark the cached results: a second run that prints the mark did not analyse the file again.
    mark(dir, true);
    const second = JSON.parse((await runCli(['check', '.', '--cache', '--format', 'json'], dir)).stdout) as Json;
    expect(second.files.map((f) => f.score.seo)).toEqual([1234, 1234]);
    // An edited file is analysed again; the other still comes from the cache.
    writeFileSync(join(dir, 'b.md'), `${fixture('no-front-matter.md')}\nOne more sentence.\n`);
    const third = JSON.parse((await runCli(['check', '.', '--cache', '--format', 'json'], dir)).stdout) as Json;
    expect(third.files[0]?.score.seo).toBe(1234);
    expect(third.files[1]?.score.seo).not.toBe(1234);
    // Without --cache everything is analysed, and gives what the first run gave.
    const fresh = JSON.parse((await runCli(['check', '.', '--format', 'json'], dir)).stdout) as Json;
    expect(fresh.files[0]).toEqual((JSON.parse(first.stdout) as Json).files[0]);
  });

  it('misses when the configuration changes', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'a.md': fixture('short.md') });
    await runCli(['check', 'a.md', '--cache'], dir);
    mark(dir, true);
    writeFileSync(join(dir, '.seo-rewriterc'), ALL_WARN.replace('"text-length":"warn"', '"text-length":"error"'));
    const r = await runCli(['check', 'a.md', '--cache', '--format', 'json'], dir);
    expect((JSON.parse(r.stdout) as Json).files[0]?.score.seo).not.toBe(1234);
    expect(r.code).toBe(1);
  });

  it('ignores and rebuilds an entry edited on disk or malformed, never trusting it', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN.replace('"text-length":"warn"', '"text-length":"error"'), 'a.md': fixture('short.md'), 'b.md': fixture('short.md') });
    const plain = await runCli(['check', '.', '--format', 'json'], dir);
    await runCli(['check', '.', '--cache'], dir);
    mark(dir, false);
    const cache = JSON.parse(readFileSync(cachePath(dir), 'utf8')) as { entries: Record<string, unknown> };
    cache.entries['b.md'] = { key: 'x', result: { report: null, messages: 'no' }, sha256: 1 };
    writeFileSync(cachePath(dir), JSON.stringify(cache));
    const edited = await runCli(['check', '.', '--cache', '--format', 'json'], dir);
    expect(edited.stdout).toBe(plain.stdout);
    expect(edited.code).toBe(plain.code);
    const rebuilt = JSON.parse(readFileSync(cachePath(dir), 'utf8')) as CacheFile;
    expect(Object.values(rebuilt.entries).map((e) => e.result.report.score.seo)).not.toContain(1234);
    expect(Object.values(rebuilt.entries).every((e) => e.sha256 === sealEntry(e.key, e.result).sha256)).toBe(true);
  });

  it('gives the same report from the cache as without it, messages included', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'a.md': fixture('disabled.md'), 'b.txt': fixture('article.txt') });
    const plain = await runCli(['check', '.', '--format', 'sarif'], dir);
    await runCli(['check', '.', '--cache'], dir);
    expect((await runCli(['check', '.', '--cache', '--format', 'sarif'], dir)).stdout).toBe(plain.stdout);
  });

  it('uses --cache-location (a file, or a folder) and shrugs off a corrupt cache', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'a.md': fixture('short.md') });
    await runCli(['check', 'a.md', '--cache', '--cache-location', '.cache/'], dir);
    expect(existsSync(join(dir, '.cache', 'check.json'))).toBe(true);
    await runCli(['check', 'a.md', '--cache', '--cache-location', 'my-cache.json'], dir);
    expect(existsSync(join(dir, 'my-cache.json'))).toBe(true);
    writeFileSync(join(dir, 'my-cache.json'), '{ not json');
    const r = await runCli(['check', 'a.md', '--cache', '--cache-location', 'my-cache.json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'my-cache.json'), 'utf8'))).toHaveProperty('entries');
  });

  it('warns but goes on when the cache cannot be written', async () => {
    const dir = site({ '.seo-rewriterc': ALL_WARN, 'a.md': fixture('short.md') });
    mkdirSync(join(dir, 'blocked'));
    writeFileSync(join(dir, 'blocked', 'file'), '');
    const r = await runCli(['check', 'a.md', '--cache', '--cache-location', 'blocked/file/cache.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^seo-rewrite: .*cache\.json: cannot write the cache: /);
  });
});
