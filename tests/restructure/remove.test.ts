/** Removing text needs proof: an instruction left for a writing tool, by its form and its place, never the topic. */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../src/pipeline/rewrite.js';

const about = [
  'Meta description adalah ringkasan singkat sebuah halaman yang tampil di hasil pencarian Google.',
  'Penulis konten perlu memahami bahwa meta description yang baik membantu SEO artikel mereka.',
  'Panjang yang disarankan sekitar 120 sampai 156 karakter agar tidak terpotong di layar ponsel.',
  'Kata kunci utama sebaiknya muncul di awal kalimat, sehingga pembaca langsung tahu isi artikel.',
  'Tulisan yang baik tetap menjadi dasar SEO konten yang berkelanjutan.',
].join('\n');

describe('removing sentences', () => {
  it('keeps every sentence of an article about SEO, the last one included', () => {
    const result = rewrite(about, { lang: 'id' });
    expect(result.removed).toEqual([]);
    for (const sentence of about.split('\n')) expect(result.markdown).toContain(sentence);
  });

  it("removes the upstream tool's instruction at the end of the article, and lists it", () => {
    const instruction = 'Ini diartikan agar konten dihasilkan dengan lebih baik, menggunakan kata kunci yang relevan sehingga memenuhi standar SEO.';
    const result = rewrite(`${about}\n${instruction}`, { lang: 'id' });
    expect(result.removed.map((r) => r.text)).toEqual([instruction]);
    expect(result.markdown).not.toContain('Ini diartikan');
  });

  it('keeps the same instruction-shaped sentence in the middle of the article', () => {
    const lines = about.split('\n');
    const middle = 'Pastikan konten Anda memakai kata kunci yang relevan untuk SEO.';
    const result = rewrite([...lines.slice(0, 2), middle, ...lines.slice(2)].join('\n'), { lang: 'id' });
    expect(result.removed).toEqual([]);
    expect(result.markdown).toContain(middle);
  });

  it("removes the source site's page break, and says why", () => {
    const lines = about.split('\n');
    const pageBreak = 'Baca selengkapnya di halaman berikutnya....';
    const result = rewrite([...lines.slice(0, 3), pageBreak, ...lines.slice(3)].join('\n'), { lang: 'id' });
    expect(result.removed.map((r) => r.text)).toEqual([pageBreak]);
    expect(result.removed[0]?.kind).toBe('cross-promotion');
    expect(result.markdown).not.toContain('Baca selengkapnya');
  });
});
