/**
 * What the rewrite changed and removed, and the report's frame, in the article's language in every format (the
 * terminal, JSON and HTML reports); `--locale` overrides; codes stay English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { project, ROOT, runCli } from '../check/helpers.js';
import type { Report } from '../../src/types.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

const SAMPLE = readFileSync(join(ROOT, 'fixtures', 'china-ai-id.txt'), 'utf8');

const ENGLISH = [
  'The city council approved a new budget for public schools on Monday.It gives every school more money for teachers and books than last year.',
  'The mayor said the plan would help thousands of families across the city. Parents welcomed the decision at a meeting on Tuesday evening.',
  'Critics said the council should have spent more on road repairs instead. Make sure the article uses the keyword so that the content meets SEO standards.',
].join('\n\n');

function site(files: Record<string, string>): string {
  const p = project(files);
  cleanups.push(p.cleanup);
  return p.dir;
}

const INDONESIAN_LINES = ['memisahkan 1 kalimat yang menempel', 'menghapus 1 kalimat yang bukan isi artikel', 'menambahkan slug'];
const REASON_ID = 'instruksi tentang SEO atau kata kunci, bukan isi artikel';
const REASON_EN = 'instruction about SEO or keywords, not article content';

describe('changed and removed lines in the article’s language', () => {
  it('an Indonesian draft: Indonesian in the terminal, JSON and HTML reports, with English codes', async () => {
    const dir = site({ 'china.txt': SAMPLE });
    const stylish = (await runCli(['china.txt', '--dry-run', '--min-score', '90'], dir)).stdout;
    for (const line of INDONESIAN_LINES) expect(stylish).toContain(`    - ${line}\n`);
    expect(stylish).toMatch(/\n {2}Diubah\n/u);
    expect(stylish).toMatch(/\n {2}Dihapus\n {4}- “Ini diartikan.*” \(instruksi tentang SEO atau kata kunci, bukan isi artikel\)\n/u);
    expect(stylish).toMatch(/\n {2}Penilaian\n/u);
    expect(stylish).toMatch(/\n {2}judul {8}\S/u);
    expect(stylish).toMatch(/\n1 berkas ditulis ulang, 1 di bawah --min-score 90\. Rata-rata SEO \d+ → \d+, keterbacaan \d+ → \d+\.\n$/u);
    expect(stylish).not.toMatch(/glued|not article content|Changed|Removed|file rewritten/u);

    const json = JSON.parse((await runCli(['china.txt', '--dry-run', '--format', 'json'], dir)).stdout) as Report;
    const file = json.files[0];
    for (const line of INDONESIAN_LINES) expect(file?.changes).toContain(line);
    expect(file?.removed.map((r) => [r.kind, r.reason])).toEqual([['seo-instruction', REASON_ID]]);
    expect(file?.assessments.map((a) => a.id)).toContain('keyphrase-in-title');

    await runCli(['china.txt', '--dry-run', '--report', 'html', 'laporan.html'], dir);
    const page = readFileSync(join(dir, 'laporan.html'), 'utf8');
    for (const line of INDONESIAN_LINES) expect(page).toContain(`<li>${line}</li>`);
    expect(page).toContain(REASON_ID);
    expect(page).not.toContain('glued sentence');
  });

  it('--locale en on the Indonesian draft, and an English draft: English', async () => {
    const dir = site({ 'china.txt': SAMPLE, 'budget.txt': ENGLISH });
    const json = JSON.parse((await runCli(['china.txt', '--dry-run', '--format', 'json', '--locale', 'en'], dir)).stdout) as Report;
    expect(json.files[0]?.changes).toContain('separated 1 glued sentence');
    expect(json.files[0]?.removed.map((r) => [r.kind, r.reason])).toEqual([['seo-instruction', REASON_EN]]);

    const english = (await runCli(['budget.txt', '--dry-run'], dir)).stdout;
    expect(english).toContain('    - separated 1 glued sentence\n');
    expect(english).toContain(`(${REASON_EN})`);
    expect(english).toMatch(/\n {2}Changed\n[\s\S]*\n {2}Removed\n/u);
    expect(english).toMatch(/\n1 file rewritten\. Mean SEO/u);
    await runCli(['budget.txt', '--dry-run', '--report', 'html', 'report.html'], dir);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<li>separated 1 glued sentence</li>');
  });

  it('check: the summary and --min-score lines follow the files’ language', async () => {
    const dir = site({ 'a.md': `---\ntitle: Harga Beras Naik\nkeyphrase: harga beras\n---\n\n${SAMPLE.split('\n').slice(0, 6).join('\n')}\n` });
    const out = (await runCli(['check', 'a.md', '--min-score', '99'], dir)).stdout;
    expect(out).toMatch(/\n {2}skor {2}SEO \d+ · keterbacaan \d+ · id · frasa kunci “harga beras” {2}di bawah --min-score 99\n/u);
    expect(out).toMatch(/1 berkas diperiksa · 1 di bawah --min-score 99 · rata-rata SEO \d+, keterbacaan \d+\n$/u);
    const github = (await runCli(['check', 'a.md', '--min-score', '99', '--format', 'github'], dir)).stdout;
    expect(github).toMatch(/title=seo-rewrite\(min-score\)::Skor SEO \d+ dan skor keterbacaan \d+, seharusnya paling sedikit --min-score 99/u);
    const english = (await runCli(['check', 'a.md', '--min-score', '99', '--locale', 'en'], dir)).stdout;
    expect(english).toMatch(/1 file checked · 1 under --min-score 99 · mean SEO/u);
  });
});
