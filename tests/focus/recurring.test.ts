import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/rewrite.js';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { nameFragment } from '../../src/focus/features.js';
import { focusContext } from '../../src/focus/form.js';
import { getLanguagePack } from '../../src/lang/index.js';

/** Written for the test: a one-year review whose lead opens with a time (`genap satu tahun`), as Detik's do. */
const REVIEW = [
  'Hari ini, genap satu tahun pemerintahan Presiden Prabowo Subianto dan Wapres Gibran Rakabuming Raka. Banyak pertanyaan, kira-kira apa saja yang menjadi capaian kinerja sekaligus catatan penting sebagai bekal melakukan perbaikan di kemudian hari.',
  'Ada lima hal yang sangat layak dikupas terkait capaian kinerja pemerintah. Yakni, terkait bidang ekonomi, politik, hukum, sosial, dan pertahanan.',
  'Di bidang ekonomi, pertumbuhan tetap terjaga di kisaran lima persen. Di bidang politik, konsolidasi berjalan baik di bawah kepemimpinan Prabowo Subianto.',
  'Di bidang hukum, pemberantasan korupsi masih menjadi sorotan publik. Sementara itu di bidang sosial, program bantuan terus disalurkan.',
].join('\n');

describe('the focus is what the story comes back to', () => {
  it('puts a lone word the Indonesian article writes once after the phrases it writes again', () => {
    const a = analyse(REVIEW, { lang: 'id', format: 'text' });
    expect(a.focus).toBe('Prabowo Subianto');
    const genap = a.focusChoice?.candidates.find((c) => c.phrase === 'genap');
    expect(genap?.passing).toBe(true);
    // (It still scores high on its own: first sentence, first paragraph. Only its tier moved.)
    expect(genap!.score).toBeGreaterThan(a.focusChoice!.candidates[0]!.score);
  });
});

describe('a piece of a longer name is no focus', () => {
  const ctxOf = (paragraphs: string[]) => {
    const lang = getLanguagePack('id').pack;
    return focusContext(docFromParagraphs(paragraphs, lang).blocks.flatMap((b) => b.sentences), lang);
  };

  it('finds a common word written only inside a name, and never an acronym or a name of its own', () => {
    const ctx = ctxOf([
      'Menteri Keuangan Purbaya Yudhi Sadewa membongkar praktik kongkalikong pegawai pajak. Purbaya menyebut laporan pajak perusahaan itu janggal.',
      'Badan Pusat Statistik (BPS) menunda rilis data statistik ekspor. Warga Kota Medan mengeluhkan banjir.',
    ]);
    expect(nameFragment('Keuangan', ctx)).toBe(true);
    expect(nameFragment('Pusat Statistik', ctx)).toBe(true);
    // (Written alone too, or an acronym, or a place: a name in its own right.)
    expect(nameFragment('Purbaya', ctx)).toBe(false);
    expect(nameFragment('BPS', ctx)).toBe(false);
    expect(nameFragment('Medan', ctx)).toBe(false);
  });
});
