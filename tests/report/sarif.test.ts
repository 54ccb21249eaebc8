import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import { checkText } from '../../src/engine/check.js';
import { formatSarif } from '../../src/report/sarif.js';
import { fixture } from '../check/helpers.js';
import { sampleFiles } from './samples.js';

/**
 * The official OASIS SARIF 2.1.0 schema (errata 01), as published in oasis-tcs/sarif-spec
 * (Schemata/sarif-schema-2.1.0.json), vendored because no installed package ships it. It is draft-04; Ajv 8 reads
 * it once `id` is `$id` (the schema uses no keyword whose meaning changed after draft-04).
 */
const schemaPath = join(dirname(fileURLToPath(import.meta.url)), 'sarif-schema-2.1.0.json');

function validator(): ReturnType<Ajv['compile']> {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The formats the schema names, checked with the WHATWG URL parser and Date.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

const validate = validator();
const ruleMeta = rules.map((r) => ({ id: r.id, docs: r.docs, category: r.category, defaultSeverity: r.defaultSeverity }));

type Log = {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[] }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
  }[];
};

function sarif(files = sampleFiles(), extra: { minScore?: number; quiet?: boolean } = {}): { text: string; log: Log } {
  const text = formatSarif(files, { version: '0.1.0', rules: ruleMeta, cwd: '/work/site', ...extra });
  return { text, log: JSON.parse(text) as Log };
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const { log } = sarif(sampleFiles(), { minScore: 70 });
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('validates for real check results, and for an empty run', () => {
    const files = ['short.md', 'no-front-matter.md', 'disabled.md', 'bad-front-matter.md', '_index.md', 'article.txt'].map((name) => {
      const r = checkText(`content/${name}`, fixture(name), { ruleIds: rules.map((x) => x.id) });
      return { report: r.report, messages: r.file.messages, failure: r.failure, skipped: r.skipped };
    });
    expect(validate(sarif(files).log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate(sarif([]).log)).toBe(true);
  });

  it('the schema catches what GitHub would reject', () => {
    const { log } = sarif();
    const broken = structuredClone(log);
    (broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region as Record<string, number>).startLine = 0;
    expect(validate(broken)).toBe(false);
    const noMessage = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete noMessage.runs[0]!.results[0]!.message;
    expect(validate(noMessage)).toBe(false);
  });

  it('describes every rule, maps levels and places, and keeps ruleIndex consistent', () => {
    const { log } = sarif(sampleFiles(), { minScore: 70 });
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids.slice(0, rules.length)).toEqual(rules.map((r) => r.id));
    expect(ids.slice(rules.length)).toEqual(['min-score', 'no-text']);
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['text-length', 'error'],
      ['passive-voice', 'warning'],
      ['passive-voice', 'note'],
      ['min-score', 'error'],
      ['sentence-length', 'warning'],
      ['no-text', 'note'],
    ]);
    expect(run.results[1]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'content/a.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 49 },
    });
    // A file-level message points at the first line; a path with a space is percent-encoded.
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(run.results[4]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('content/b%20c.md');
  });

  it('reports unreadable files as tool execution notifications', () => {
    const invocation = sarif().log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => [n.level, n.message.text])).toEqual([['error', 'no such file']]);
  });

  it('keeps errors only with --quiet', () => {
    expect(sarif(sampleFiles(), { quiet: true }).log.runs[0]!.results.map((r) => r.level)).toEqual(['error']);
  });

  it('is deterministic', () => {
    expect(sarif().text).toBe(sarif().text);
  });
});
