/**
 * Highlights of sentences with inline Markdown land on them in the HTML report: in a Markdown file they are found as
 * written; in a raw draft the rewrite escapes the writer's `**`, `_`, `[` and backquotes, and they are found as read.
 */
import { describe, expect, it } from 'vitest';
import { articleSection } from '../../src/report/html/article.js';
import { words } from '../../src/lang/id/report-words.js';
import { rewrite } from '../../src/pipeline/rewrite.js';
import type { Highlight } from '../../src/types.js';
import { byClass, elements, textOf } from './html-helpers.js';

const BODY = [
  'Harga beras naik tajam di **pasar induk** Jakarta pada pekan ini. Pencuri itu _ditangkap_ polisi di [Jakarta](https://example.com/jkt) pada Senin malam.',
  'Gedung baru itu diresmikan oleh Presiden Joko Widodo pada pagi hari di `Jakarta` pusat. Namun harga beras tetap tinggi di banyak pasar tradisional di seluruh kota Jakarta dan sekitarnya menurut data dari badan pusat statistik yang dirilis pekan lalu oleh pemerintah.',
  '**Jakarta** - Harga beras ditetapkan oleh pemerintah pada **pekan lalu.** Pedagang di pasar itu mengeluh karena __pembeli__ berkurang dan *harga* terus naik.',
].join('\n\n');

const MARKDOWN = `---\ntitle: Harga Beras Naik di Pasar Induk Jakarta\nkeyphrase: harga beras\n---\n\n${BODY}\n`;

/** The distinct sentences highlighted (the page merges the highlights of one sentence). */
function sentences(highlights: readonly Highlight[]): string[] {
  return [...new Set(highlights.map((h) => h.text.trim().replace(/\s+/gu, ' ')))];
}

/** The highlighted spans of the article section, as text. */
function spans(markdown: string, highlights: readonly Highlight[]): { placed: number; texts: string[] } {
  const { section, placed } = articleSection(markdown, false, highlights, words);
  return { placed, texts: byClass(elements(`<!DOCTYPE html><html><body>${section.value}</body></html>`), 'hl').map(textOf) };
}

describe('highlights on sentences with inline Markdown', () => {
  it('land on every sentence of a raw draft, whose Markdown escapes the writer’s characters', () => {
    const result = rewrite(BODY, { lang: 'id' });
    expect(result.markdown).toContain('\\*\\*pasar induk\\*\\*');
    const highlights = result.highlights ?? [];
    const wanted = sentences(highlights);
    expect(wanted.some((s) => s.includes('[Jakarta](https://example.com/jkt)'))).toBe(true);
    const { placed, texts } = spans(result.markdown, highlights);
    expect(placed).toBe(wanted.length);
    // The span shows the Markdown as it stands, escapes and all.
    expect(texts).toContain('Pencuri itu \\_ditangkap\\_ polisi di \\[Jakarta]\\(https://example.com/jkt) pada Senin malam.');
  });

  it('land on every sentence of a Markdown file, bold, emphasis, links and code spans as written', () => {
    const result = rewrite(MARKDOWN, { format: 'markdown', path: 'harga.md' });
    const highlights = result.highlights ?? [];
    const wanted = sentences(highlights);
    expect(wanted.length).toBeGreaterThan(3);
    const { placed, texts } = spans(result.markdown, highlights);
    expect(placed).toBe(wanted.length);
    expect(texts).toContain('Gedung baru itu diresmikan oleh Presiden Joko Widodo pada pagi hari di `Jakarta` pusat.');
  });

  it('are found with or without escapes, and a sentence not in the text is not placed', () => {
    const text = 'Harga \\*\\*naik\\*\\* lagi. Warga \\_mengeluh\\_ keras.';
    const highlights: Highlight[] = [
      { rule: 'passive-voice', text: 'Harga **naik** lagi.' },
      { rule: 'sentence-length', text: 'Warga \\_mengeluh\\_ keras.' },
      { rule: 'transition-words', text: 'Tidak ada di teks.' },
    ];
    const { placed, texts } = spans(text, highlights);
    expect(placed).toBe(2);
    expect(texts).toEqual(['Harga \\*\\*naik\\*\\* lagi.', 'Warga \\_mengeluh\\_ keras.']);
  });
});
