import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlainCheckResult } from '../../src/engine/cache.js';
import { sealEntry } from '../../src/engine/cache-entry.js';
import type { CheckReport } from '../../src/types.js';
import { SITE_RULE_IDS } from '../../src/site/index.js';
import { projects, runCli } from '../check/helpers.js';
import { pathOf, siteFiles } from './site.js';

const site = projects();

/** One site-level message as any format shows it. */
interface Seen {
  path: string;
  ruleId: string;
  text: string;
}

const SITE = new Set<string>(SITE_RULE_IDS);

/** What the test site must report: per file and rule, how many messages and what each names. */
const EXPECTED: { path: string; ruleId: string; count: number; names: string[] }[] = [
  ...[1, 2, 3].map((i) => ({ path: pathOf(i), ruleId: 'duplicate-description', count: 1, names: [1, 2, 3].filter((j) => j !== i).map(pathOf) })),
  ...[10, 11, 12, 13].map((i) => ({ path: pathOf(i), ruleId: 'previously-used-keyphrase', count: 1, names: [10, 11, 12, 13].filter((j) => j !== i).map(pathOf) })),
  { path: pathOf(20), ruleId: 'broken-internal-link', count: 2, names: ['../posts/missing-report.md', '/posts/nowhere/'] },
  { path: pathOf(21), ruleId: 'broken-internal-link', count: 1, names: ['old/p22.md'] },
  ...[30, 31].flatMap((i) => [
    { path: pathOf(i), ruleId: 'image-alt', count: 1, names: [i === 30 ? 'img/football-pitches.png' : 'img/p31.png'] },
    { path: pathOf(i), ruleId: 'keyphrase-in-image-alt', count: 1, names: [] },
  ]),
];

function unescapeXml(text: string): string {
  return text.replace(/&#10;/g, '\n').replace(/&#13;/g, '\r').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The site-level messages of a report in `format`. */
function parse(format: string, out: string): Seen[] {
  switch (format) {
    case 'json':
      return (JSON.parse(out) as CheckReport).files.flatMap((f) => f.messages.map((m) => ({ path: f.path, ruleId: m.ruleId ?? '', text: m.message })));
    case 'sarif': {
      const log = JSON.parse(out) as { runs: { results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      return log.runs[0]!.results.map((r) => ({ path: decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri), ruleId: r.ruleId, text: r.message.text }));
    }
    case 'github':
      return [...out.matchAll(/^::\w+ file=([^,]+),.*title=seo-rewrite\(([a-z-]+)\)::(.*)$/gm)].map((m) => ({ path: m[1]!, ruleId: m[2]!, text: m[3]! }));
    case 'junit':
      return [...out.matchAll(/<testcase name="([a-z-]+)" classname="([^"]+)">\s*<failure [^>]*>([^<]*)<\/failure>/g)].flatMap((m) =>
        unescapeXml(m[3]!).split('\n').map((line) => ({ path: m[2]!, ruleId: m[1]!, text: line.replace(/^\S+:\d+:\d+ \w+ /, '') })),
      );
    default: {
      const seen: Seen[] = [];
      let path = '';
      for (const line of out.split('\n')) {
        if (/^\S/.test(line)) path = line;
        const m = /^ {2}\d+:\d+ +(?:warning|error|info) +(.*?) {2,}([a-z-]+)$/.exec(line);
        if (m) seen.push({ path, ruleId: m[2]!, text: m[1]! });
      }
      return seen;
    }
  }
}

describe('check: site-level checks on a 50-file site', () => {
  it('reports every problem once per file, naming all the files involved, in every format', async () => {
    const dir = site(siteFiles());
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const r = await runCli(['check', 'content', '--site', '--format', format], dir);
      expect(r.stderr).toBe('');
      const seen = parse(format, r.stdout).filter((s) => SITE.has(s.ruleId));
      expect(seen.length, format).toBeGreaterThan(0);
      // Nothing else: no other file, no other rule, no message twice.
      expect(seen.length, format).toBe(EXPECTED.reduce((n, e) => n + e.count, 0));
      for (const e of EXPECTED) {
        const mine = seen.filter((s) => s.path === e.path && s.ruleId === e.ruleId);
        expect(mine.length, `${format} ${e.path} ${e.ruleId}`).toBe(e.count);
        for (const name of e.names) expect(mine.some((s) => s.text.includes(name)), `${format} ${e.path} names ${name}`).toBe(true);
        // A duplicate names the other files, never the file itself.
        if (e.ruleId.startsWith('duplicate-') || e.ruleId === 'previously-used-keyphrase') for (const s of mine) expect(s.text).not.toContain(e.path);
      }
    }
  });

  it('--cache: a changed file is compared again with the cached summaries of the others, with the messages of a fresh run', async () => {
    const dir = site(siteFiles());
    const first = await runCli(['check', 'content', '--site', '--cache', '--format', 'json'], dir);
    expect(first.code).toBe(0);
    // Mark the cached results: a file whose mark shows in the next run was not analysed again.
    const cacheFile = join(dir, 'node_modules', '.cache', 'seo-rewrite', 'check.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { key: string; sha256: string; result: PlainCheckResult }> };
    expect(Object.keys(cache.entries)).toHaveLength(50);
    for (const entry of Object.values(cache.entries)) {
      expect(entry.result.summary?.description).toBeTruthy();
      entry.result.report.score.readability = 1234;
      entry.sha256 = sealEntry(entry.key, entry.result).sha256;
    }
    writeFileSync(cacheFile, JSON.stringify(cache));
    // p03 gets a description of its own and the focus keyphrase p10–p13 share.
    const edited = readFileSync(join(dir, pathOf(3)), 'utf8').replace(/^description: .*$/m, 'description: "A description of its own."').replace(/^keyphrase: .*$/m, 'keyphrase: city budget');
    writeFileSync(join(dir, pathOf(3)), edited);
    const second = JSON.parse((await runCli(['check', 'content', '--site', '--cache', '--format', 'json'], dir)).stdout) as CheckReport;
    expect(second.files.filter((f) => f.score.readability === 1234)).toHaveLength(49);
    expect(second.files.find((f) => f.path === pathOf(3))?.score.readability).not.toBe(1234);
    const fresh = JSON.parse((await runCli(['check', 'content', '--site', '--format', 'json'], dir)).stdout) as CheckReport;
    const messages = (r: CheckReport): unknown[] => r.files.map((f) => [f.path, f.messages]);
    expect(messages(second)).toEqual(messages(fresh));
    const of = (r: CheckReport, i: number, rule: string): string[] => r.files.find((f) => f.path === pathOf(i))!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
    expect(of(second, 1, 'duplicate-description')).toEqual([`Duplicate meta description: ${pathOf(2)} has the same description`]);
    expect(of(second, 3, 'duplicate-description')).toEqual([]);
    expect(of(second, 10, 'previously-used-keyphrase')).toEqual([`Previously used keyphrase: “city budget” is also the focus keyphrase of ${[3, 11, 12, 13].map(pathOf).join(', ').replace(/, ([^,]*)$/, ' and $1')}; each article should target its own`]);
  });
});

describe('check --suggest-links', () => {
  it('suggests up to three other articles per article, each anchor written in the article where it says, valid against the schema', async () => {
    const { Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const files = siteFiles();
    const dir = site(files);
    const r = await runCli(['check', 'content', '--site', '--suggest-links', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const suggested = report.files.flatMap((f) => (f.suggestedLinks ?? []).map((s) => ({ from: f.path, ...s })));
    expect(suggested.length).toBeGreaterThan(0);
    for (const s of suggested) {
      expect(s.target).not.toBe(s.from);
      expect(files[s.target]).toBeDefined();
      expect(files[s.from]!.split('\n')[s.line - 1]!.slice(s.column - 1).startsWith(s.anchor), `${s.from} ${s.anchor}`).toBe(true);
    }
    for (const f of report.files) {
      expect((f.suggestedLinks ?? []).length).toBeLessThanOrEqual(3);
      // Each suggestion is an info note at its anchor too.
      expect(f.messages.filter((m) => m.ruleId === 'internal-link-suggestion').map((m) => [m.line, m.column, m.severity])).toEqual((f.suggestedLinks ?? []).map((s) => [s.line, s.column, 'info']).sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)));
    }
    // p00 already links to p01: never suggested.
    expect(suggested.some((s) => s.from === pathOf(0) && s.target === pathOf(1))).toBe(false);
    // The same with one job: the output does not depend on --jobs.
    expect((await runCli(['check', 'content', '--site', '--suggest-links', '--format', 'json', '--jobs', '1'], dir)).stdout).toBe(r.stdout);
  });
});
