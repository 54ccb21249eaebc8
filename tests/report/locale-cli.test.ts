/** An Indonesian article gets Indonesian messages in every format of `check` and of the rewrite; `--locale` overrides. */
import { describe, expect, it } from 'vitest';
import { projects, runCli } from '../check/helpers.js';
import type { CheckReport, Report } from '../../src/types.js';

const made = projects();

const ARTICLE = `---
title: Harga Beras Naik di Pasar Induk
description: Harga beras naik.
slug: harga-beras
keyphrase: harga beras
---

Pencuri itu ditangkap polisi di Jakarta pada Senin malam. Gedung baru itu diresmikan oleh Presiden Joko Widodo pada pagi hari.
Warga yang dievakuasi kemarin sudah kembali ke rumah masing-masing. Harga beras naik tajam di pasar induk.
`;

function site(): string {
  return made({ 'berita.md': ARTICLE });
}

describe('messages in the article’s language', () => {
  it('check: Indonesian in json, stylish, sarif, github and junit, with the fix hints', async () => {
    const dir = site();
    const json = JSON.parse((await runCli(['check', 'berita.md', '--format', 'json'], dir)).stdout) as CheckReport;
    const messages = json.files[0]?.messages ?? [];
    expect(messages.length).toBeGreaterThan(3);
    const passive = messages.filter((m) => m.ruleId === 'passive-voice' && m.severity === 'info');
    expect(passive.map((m) => m.note)).toEqual([
      'Kata kerja pasif “ditangkap”, pelakunya “polisi”: tulis “polisi menangkap …”',
      'Kata kerja pasif “diresmikan”, pelakunya “Presiden Joko Widodo”: tulis “Presiden Joko Widodo meresmikan …”',
    ]);
    expect(json.files[0]?.assessments.find((a) => a.id === 'text-length')?.message).toMatch(/^Teks terlalu pendek/u);
    for (const m of messages) expect(m.message, m.message).not.toMatch(/^(?:Unexpected|No focus)\b/u);
    for (const format of ['stylish', 'sarif', 'github', 'junit']) {
      const out = (await runCli(['check', 'berita.md', '--format', format], dir)).stdout;
      expect(out, format).toContain('Kalimat pasif');
      // JUnit lists warnings and errors only (notes are no test failures), so it has no hints.
      if (format !== 'junit') expect(out, format).toContain('polisi menangkap');
      expect(out, format).not.toContain('Unexpected passive');
    }
  });

  it('check: the note on an extracted keyphrase is Indonesian too', async () => {
    const dir = made({ 'tanpa.md': ARTICLE.replace('keyphrase: harga beras\n', '') });
    const json = JSON.parse((await runCli(['check', 'tanpa.md', '--format', 'json'], dir)).stdout) as CheckReport;
    expect(json.files[0]?.messages.find((m) => m.ruleId === 'front-matter')?.message).toMatch(/^Frasa kunci utama tidak ada di front matter \(keyphrase, focus_keyphrase, focusKeyphrase\): dinilai dengan frasa hasil ekstraksi “.+”$/u);
  });

  it('check --locale en: English', async () => {
    const dir = site();
    const out = (await runCli(['check', 'berita.md', '--locale', 'en'], dir)).stdout;
    expect(out).toContain('Unexpected passive voice in');
    expect(out).not.toContain('Kalimat pasif');
    const bad = await runCli(['check', 'berita.md', '--locale', 'fr'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--locale: expected en or id');
  });

  it('rewrite: Indonesian in the JSON report and the terminal report; --locale en gives English', async () => {
    const dir = site();
    const json = JSON.parse((await runCli(['berita.md', '--dry-run', '--format', 'json'], dir)).stdout) as Report;
    const assessments = json.files[0]?.assessments ?? [];
    expect(assessments.length).toBeGreaterThan(10);
    expect(assessments.find((a) => a.id === 'text-length')?.message).toMatch(/^Teks terlalu pendek/u);
    const english = JSON.parse((await runCli(['berita.md', '--dry-run', '--format', 'json', '--locale', 'en'], dir)).stdout) as Report;
    expect(english.files[0]?.assessments.find((a) => a.id === 'text-length')?.message).toMatch(/^Unexpected text of/u);
    const stylish = (await runCli(['berita.md', '--dry-run'], dir)).stdout;
    expect(stylish).toContain('Teks terlalu pendek');
  });
});
