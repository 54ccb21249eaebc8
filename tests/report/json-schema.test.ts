/** The JSON reports of the rewrite and of check validate against the schema the repo publishes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeTree, article } from '../batch/helpers.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const post = readFileSync(join(import.meta.dirname, '../../fixtures/markdown/jekyll-1-0-2-released.markdown'), 'utf8');

describe('report.schema.json', () => {
  it('validates the rewrite report of a draft, a Markdown post and a failed file, with schemaVersion and changes', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'a.txt': article(1), 'post.md': post, 'bad.txt': '' });
    const r = cli(['.', '-n', '-f', 'json'], { cwd });
    const report = JSON.parse(r.stdout) as { schemaVersion: number; files: { path: string; changes: string[] }[] };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.schemaVersion).toBe(2);
    expect(report.files.length).toBe(3);
    expect(report.files.find((f) => f.path === 'post.md')?.changes).toContain('everything else in the file is unchanged, byte for byte');
  });

  it('validates the check report', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'post.md': post });
    const r = cli(['check', '.', '-f', 'json'], { cwd });
    const report = JSON.parse(r.stdout) as unknown;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a report without schemaVersion', () => {
    expect(validate({ tool: { name: 'seo-rewrite', version: '1' }, files: [], summary: { files: 0, ok: 0, failed: 0, belowMinScore: 0, meanScore: null, meanBefore: null } })).toBe(false);
  });
});
