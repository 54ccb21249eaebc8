/**
 * The CLI's own lines on stderr are said in the run's language, as the report and its summary are: `--locale`,
 * else the file's language (or that of most files read so far), else English. Paths, flags and the JSON report's
 * `error` stay as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projects, ROOT, runCli } from '../check/helpers.js';
import { problem, sayReason } from '../../src/lang/problem.js';
import { diagnosticWords as en } from '../../src/lang/en/diagnostic-words.js';
import { diagnosticWords as id } from '../../src/lang/id/diagnostic-words.js';
import type { Report } from '../../src/types.js';

const folder = projects();

const SAMPLE = readFileSync(join(ROOT, 'fixtures', 'china-ai-id.txt'), 'utf8');
/** The sample's opening as a Markdown post, and another Indonesian post (for a baseline that no longer matches). */
const POST = `---\ntitle: Harga Beras Naik\nkeyphrase: harga beras\n---\n\n${SAMPLE.split('\n').slice(0, 6).join('\n')}\n`;
const OTHER_POST = `---\ntitle: Banjir di Jakarta\nkeyphrase: banjir\n---\n\nBanjir merendam ratusan rumah warga di Jakarta Timur pada Senin pagi. Hujan deras turun sejak Minggu malam.\n\nWarga mengungsi ke masjid dan sekolah terdekat. Petugas membagikan makanan dan selimut kepada para pengungsi.\n`;

describe('stderr of an Indonesian run', () => {
  it('says a failed file’s problem in Indonesian; English with --locale en; the JSON error stays English', async () => {
    const dir = folder({ 'a-berita.txt': SAMPLE, 'z-kosong.txt': '  \n' });
    const indonesian = await runCli(['a-berita.txt', 'z-kosong.txt', '--dry-run', '-q'], dir);
    expect(indonesian.code).toBe(2);
    expect(indonesian.stderr).toBe('seo-rewrite: z-kosong.txt: berkas kosong (tanpa teks)\n');
    expect(indonesian.stdout).toMatch(/1 berkas ditulis ulang, 1 gagal\./u);

    const english = await runCli(['a-berita.txt', 'z-kosong.txt', '--dry-run', '-q', '--locale', 'en'], dir);
    expect(english.stderr).toBe('seo-rewrite: z-kosong.txt: empty file (no text)\n');

    const json = JSON.parse((await runCli(['a-berita.txt', 'z-kosong.txt', '--dry-run', '--format', 'json'], dir)).stdout) as Report;
    expect(json.files.map((f) => f.error)).toEqual([null, 'empty file (no text)']);
  });

  it('says --check’s “would change” and a page without text in the file’s language', async () => {
    const dir = folder({ 'berita.md': POST, '_index.md': '---\ntitle: Berita\n---\n' });
    const checked = await runCli(['berita.md', '--check', '-q'], dir);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toBe('seo-rewrite: berita.md: akan berubah (jalankan tanpa --check untuk menuliskannya)\n');
    expect((await runCli(['berita.md', '--check', '-q', '--locale', 'en'], dir)).stderr).toBe('seo-rewrite: berita.md: would change (run without --check to write it)\n');

    const skipped = await runCli(['berita.md', '_index.md', '--dry-run'], dir);
    expect(skipped.stderr).toBe('seo-rewrite: _index.md: tidak ada teks artikel (kosong, atau hanya front matter, judul bagian, atau shortcode): dilewati, tidak ada yang ditulis\n');
  });

  it('check: a failed file’s line (formats other than stylish) in the language of the files checked before it', async () => {
    const dir = folder({ 'a.md': POST, 'b.md': '---\ntitle: [tidak ditutup\n---\n\nTeks.\n' });
    const indonesian = await runCli(['check', 'a.md', 'b.md', '-f', 'json'], dir);
    expect(indonesian.stderr).toBe('seo-rewrite: b.md: front matter YAML tidak valid: Flow sequence in block collection must be sufficiently indented and end with a ]\n');
    const english = await runCli(['check', 'a.md', 'b.md', '-f', 'json', '--locale', 'en'], dir);
    expect(english.stderr).toBe('seo-rewrite: b.md: invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]\n');
    const report = JSON.parse(indonesian.stdout) as { files: { path: string; messages: { message: string }[] }[] };
    expect(report.files[1]?.messages[0]?.message).toMatch(/^invalid YAML front matter: /u);
  });

  it('check --baseline: the recorded and fixed lines in Indonesian, English with --locale en', async () => {
    const dir = folder({ 'content/a.md': POST });
    const recorded = await runCli(['check', 'content', '--baseline', 'baseline.json'], dir);
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toMatch(/^seo-rewrite: baseline\.json: mencatat \d+ pesan dari 1 berkas \(baseline baru\)\n$/u);
    expect((await runCli(['check', 'content', '--baseline', 'baseline.json', '--baseline-update', '--locale', 'en'], dir)).stderr).toMatch(
      /^seo-rewrite: baseline\.json: recorded \d+ messages? of 1 file\n$/u,
    );

    // Another article in the same file: what the baseline recorded is no longer there.
    writeFileSync(join(dir, 'content', 'a.md'), OTHER_POST);
    const fixed = await runCli(['check', 'content', '--baseline', 'baseline.json', '-q'], dir);
    expect(fixed.stderr).toMatch(/^seo-rewrite: baseline\.json: \d+ pesan yang tercatat tidak ditemukan lagi \(sudah diperbaiki\): jalankan dengan --baseline-update untuk menghapusnya\n$/u);
    const english = await runCli(['check', 'content', '--baseline', 'baseline.json', '-q', '--locale', 'en'], dir);
    expect(english.stderr).toMatch(/^seo-rewrite: baseline\.json: \d+ recorded messages? no longer found \(fixed\): run with --baseline-update to drop (?:it|them)\n$/u);
  });

  it('an English run keeps its English lines', async () => {
    const dir = folder({ 'a.txt': 'The city council approved a new budget for public schools on Monday. The mayor said the plan would help families.\n', 'z.txt': '' });
    expect((await runCli(['a.txt', 'z.txt', '--dry-run', '-q'], dir)).stderr).toBe('seo-rewrite: z.txt: empty file (no text)\n');
  });
});

describe('usage and configuration errors (no file read yet)', () => {
  it('are English, and Indonesian with --locale id', async () => {
    const dir = folder({ 'a.txt': SAMPLE });
    const both = ['a.txt', '-o', 'a.md', '--out-dir', 'out'];
    expect((await runCli(both, dir)).stderr).toBe('seo-rewrite: --output and --out-dir cannot be used together\n');
    expect(await runCli([...both, '--locale', 'id'], dir)).toMatchObject({ code: 2, stderr: 'seo-rewrite: --output dan --out-dir tidak dapat dipakai bersamaan\n' });
    expect((await runCli(['check', '--locale', 'id'], dir)).stderr).toBe("seo-rewrite: tidak ada masukan: sebutkan berkas, folder, atau glob (lihat 'seo-rewrite check --help')\n");
    expect((await runCli(['a.txt', '--lang', 'ID', '--locale', 'id'], dir)).stderr).toBe('seo-rewrite: --lang: seharusnya kode bahasa seperti id atau en, tertulis "ID"\n');
    expect((await runCli(['-', '--locale', 'id'], dir, {}, ' \n')).stderr).toBe('seo-rewrite: masukan standar: berkas kosong (tanpa teks)\n');
    // A configuration error: the key path as written, what is wrong in --locale.
    const config = folder({ 'a.md': POST, '.seo-rewriterc.json': '{"rules": {"pasive-voice": "off", "passive-voice": "sometimes"}}' });
    expect((await runCli(['check', 'a.md'], config)).stderr).toBe('seo-rewrite: .seo-rewriterc.json: rules.pasive-voice: unknown rule (did you mean passive-voice?)\n');
    expect((await runCli(['check', 'a.md', '--locale', 'id'], config)).stderr).toBe('seo-rewrite: .seo-rewriterc.json: rules.pasive-voice: aturan tidak dikenal (maksudnya passive-voice?)\n');
    // A bad --locale itself can only be said in English.
    expect((await runCli(['a.txt', '--locale', 'fr'], dir)).stderr).toBe('seo-rewrite: --locale: expected en or id, got "fr"\n');
  });
});

describe('problems', () => {
  it('are said whole in either language, a problem inside another too', () => {
    const full = problem('cannotWrite', 'out/a.md', problem('noSpace'));
    expect(sayReason(en.problems, full)).toBe('cannot write out/a.md: no space left on the device');
    expect(sayReason(id.problems, full)).toBe('tidak dapat menulis out/a.md: ruang penyimpanan perangkat sudah penuh');
    expect(sayReason(id.problems, problem('notRegular', 'fifo'))).toBe('bukan berkas biasa (FIFO (pipa bernama)), seharusnya berkas teks');
    expect(sayReason(id.problems, problem('timeout', 2.5))).toBe('memakan waktu lebih dari 2,5 detik (--file-timeout); tidak diproses');
    // A message that exists only in English (the system's, a parser's) is kept as it is.
    expect(sayReason(id.problems, 'EIO: i/o error')).toBe('EIO: i/o error');
  });
});
