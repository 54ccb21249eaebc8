import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/rewrite.js';

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
