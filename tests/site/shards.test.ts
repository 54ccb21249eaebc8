import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { project, runCli } from '../check/helpers.js';
import { pathOf, siteFiles } from './site.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** Runs the CLI in memory with `input` on stdin. */
const cli = (argv: string[], cwd: string, input?: string): ReturnType<typeof runCli> => runCli(argv, cwd, {}, input);

type SiteJson = { files: { path: string; messages: { ruleId: string; message: string }[] }[] };

describe('seo-rewrite site: the site-level checks over sharded --jsonl runs', () => {
  it('compares the records of every shard as one site', async () => {
    const files = siteFiles();
    const p = project({});
    cleanups.push(p.cleanup);
    const shards = [[0, 1, 2, 10, 11], [3, 12, 13, 20]];
    for (const [n, shard] of shards.entries()) {
      const records = shard.map((i) => JSON.stringify({ id: pathOf(i), text: files[pathOf(i)], lang: 'en' })).join('\n');
      const r = await cli(['--jsonl', '--jobs', '1', '--quiet'], p.dir, `${records}\n`);
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; site?: { focus: string; links: unknown[] } });
      expect(lines).toHaveLength(shard.length);
      for (const line of lines) expect(line.site?.links.length).toBeGreaterThan(0);
      writeFileSync(join(p.dir, `shard-${n}.jsonl`), r.stdout);
    }
    const r = await cli(['site', 'shard-0.jsonl', 'shard-1.jsonl', '--format', 'json'], p.dir);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as SiteJson;
    expect(json.files.map((f) => f.path)).toEqual(shards.flat().map(pathOf));
    const rule = (i: number, id: string): string[] => json.files.find((f) => f.path === pathOf(i))!.messages.filter((m) => m.ruleId === id).map((m) => m.message);
    // p01–p03 share a description across the two shards; p10–p13 a focus keyphrase.
    expect(rule(3, 'duplicate-description')).toEqual([`Duplicate meta description: ${pathOf(1)} and ${pathOf(2)} have the same description`]);
    expect(rule(1, 'duplicate-description')).toEqual([`Duplicate meta description: ${pathOf(2)} and ${pathOf(3)} have the same description`]);
    for (const i of [10, 11, 12, 13]) expect(rule(i, 'previously-used-keyphrase')[0]).toContain([10, 11, 12, 13].filter((j) => j !== i).map(pathOf).join(', ').replace(/, ([^,]*)$/, ' and $1'));
    expect(rule(20, 'broken-internal-link')).toHaveLength(2);
    expect(rule(0, 'duplicate-description')).toEqual([]);
    const stylish = await cli(['site', 'shard-0.jsonl', 'shard-1.jsonl'], p.dir);
    expect(stylish.stdout).toContain(`${pathOf(3)}\n  3:1  warning  Duplicate meta description: ${pathOf(1)} and ${pathOf(2)} have the same description  duplicate-description\n`);

    // The project's configuration sets the site rules' levels, as it does in check; -c names another file.
    writeFileSync(join(p.dir, '.seo-rewriterc'), JSON.stringify({ rules: { 'duplicate-description': 'off', 'broken-internal-link': 'error' } }));
    const configured = JSON.parse((await cli(['site', 'shard-0.jsonl', 'shard-1.jsonl', '--format', 'json'], p.dir)).stdout) as SiteJson;
    const all = configured.files.flatMap((f) => f.messages);
    expect(all.length).toBeGreaterThan(0);
    expect(all.some((m) => m.ruleId === 'duplicate-description')).toBe(false);
    expect(JSON.stringify(configured.files.find((f) => f.path === pathOf(20))!.messages.filter((m) => m.ruleId === 'broken-internal-link'))).toContain('"error"');
    writeFileSync(join(p.dir, 'other.json'), JSON.stringify({ rules: { 'previously-used-keyphrase': 'off' } }));
    const other = JSON.parse((await cli(['site', 'shard-0.jsonl', 'shard-1.jsonl', '--format', 'json', '-c', 'other.json'], p.dir)).stdout) as SiteJson;
    const ids = new Set(other.files.flatMap((f) => f.messages.map((m) => m.ruleId)));
    expect(ids.has('duplicate-description')).toBe(true);
    expect(ids.has('previously-used-keyphrase')).toBe(false);
    const bad = await cli(['site', 'shard-0.jsonl', '-c', 'missing.json'], p.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
