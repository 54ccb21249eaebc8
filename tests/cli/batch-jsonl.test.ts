/** `--jsonl` on the built binary: one result line per record, in input order; a bad record is an error line. */
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/types.js';
import { article, cli, tempDir } from '../batch/helpers.js';

type Line = { id: string | number | null; error?: string } & Partial<FileReport>;

function parse(stdout: string): Line[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout.slice(0, -1).split('\n').map((l) => JSON.parse(l) as Line);
}

const records = [
  JSON.stringify({ id: 'a', text: article(0) }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 7, text: article(2), lang: 'en', keyphrase: 'bus fares' }),
  '',
  JSON.stringify({ id: 'no-text' }),
  JSON.stringify({ id: 'blank', text: '  \n ' }),
  JSON.stringify({ text: 'no id here' }),
  '[1, 2]',
  JSON.stringify({ id: 'headings', text: '# Only a heading\n' }),
  JSON.stringify({ id: 'b', text: article(1), lang: 'id' }),
  JSON.stringify({ id: 'bad-lang', text: article(1), lang: 5 }),
].join('\n');

describe('--jsonl', () => {
  const cwd = tempDir();
  const run = cli(['--jsonl', '--jobs', '2'], { cwd, input: `${records}\n` });
  const lines = parse(run.stdout);

  it('writes one line per record (blank lines are not records), in input order', () => {
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'no-text', 'blank', null, null, 'headings', 'b', 'bad-lang']);
  });

  it('gives each good record the fields of the JSON report, and follows its lang and keyphrase', () => {
    const a = lines[0]!;
    expect(Object.keys(a)).toEqual(['id', 'path', 'output', 'lang', 'focusKeyphrase', 'focusReason', 'keyphrases', 'title', 'titles', 'description', 'slug', 'markdown', 'score', 'before', 'assessments', 'removed', 'changes', 'highlights', 'original', 'error', 'site']);
    expect(a).toMatchObject({ id: 'a', path: 'a', output: null, lang: 'id', error: null });
    expect(a.markdown).toMatch(/^---\ntitle: /);
    expect(lines[2]).toMatchObject({ id: 7, lang: 'en', focusKeyphrase: 'bus fares', error: null });
    expect(lines[8]).toMatchObject({ id: 'b', lang: 'id', error: null });
  });

  it('turns each bad record into {id, error} and goes on; exit 2 at the end', () => {
    const errors = lines.filter((l) => l.error !== null);
    for (const e of errors) expect(Object.keys(e)).toEqual(['id', 'error']);
    expect(errors.map((e) => [e.id, e.error!.replace(/^invalid JSON \(.*\)$/, 'invalid JSON')])).toEqual([
      [null, 'invalid JSON'],
      ['no-text', 'missing "text" (a string)'],
      ['blank', 'empty "text"'],
      [null, 'missing "id" (a string or a number)'],
      [null, 'expected a JSON object per line'],
      ['headings', 'no article text (empty, or only front matter, headings or shortcodes)'],
      ['bad-lang', '"lang" must be a string'],
    ]);
    expect(run.code).toBe(2);
    // The records are Indonesian articles: stderr speaks Indonesian, the JSON lines' `error` stays English.
    expect(run.stderr).toContain('seo-rewrite: baris 2: JSON tidak valid');
    expect(run.stderr).toContain('seo-rewrite: baris 5 (id "no-text"): "text" tidak ada (seharusnya string)');
    expect(run.stderr.trim().split('\n').at(-1)).toBe('seo-rewrite: 10 entri, 3 ditulis ulang, 7 gagal');
  });

  it('gives the same lines with one job, and exits 0 when every record went through', () => {
    expect(cli(['--jsonl', '--jobs', '1', '-q'], { cwd, input: `${records}\n` }).stdout).toBe(run.stdout);
    const good = cli(['--jsonl', '-q'], { cwd, input: `${JSON.stringify({ id: 1, text: article(3) })}\r\n` });
    expect(good.code).toBe(0);
    expect(good.stderr).toBe('');
    expect(parse(good.stdout)).toHaveLength(1);
  });

  it('refuses inputs and file options', () => {
    expect(cli(['--jsonl', 'x.txt'], { cwd, input: '' }).stderr).toBe('seo-rewrite: --jsonl reads records from stdin: give no inputs\n');
    const r = cli(['--jsonl', '--out-dir', 'o'], { cwd, input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out-dir does not apply/);
    const empty = cli(['--jsonl', '-q'], { cwd, input: '' });
    expect([empty.code, empty.stdout]).toEqual([0, '']);
  });
});
