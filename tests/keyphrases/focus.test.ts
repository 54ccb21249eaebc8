import { describe, expect, it } from 'vitest';
import { chooseFocusKeyphrase, extractKeyphrases, type Keyphrase } from '../../src/keyphrases/index.js';
import { doc, id } from './helpers.js';

const TEXT = [
  'Inflasi Indonesia tetap terkendali meskipun harga pangan naik, kata Bank Indonesia.',
  'Bank Indonesia mencatat inflasi tahunan 2,1 persen. Inflasi inti juga stabil.',
  'Destry Damayanti menilai inflasi pangan perlu diawasi. Pemerintah daerah diminta menjaga pasokan.',
  'Menurut Destry, inflasi akan tetap di kisaran sasaran tahun ini.',
].join('\n');

describe('chooseFocusKeyphrase', () => {
  it('picks a short phrase of the first sentence, never the lone everyday word `inflasi`', () => {
    const d = doc(TEXT, id);
    const focus = chooseFocusKeyphrase(d, extractKeyphrases(d, id), id);
    // `inflasi` is central but among the everyday words of Indonesian news: a searcher's query needs more.
    expect(focus?.phrase).not.toBe('inflasi');
    expect(['Indonesia', 'Bank Indonesia', 'Inflasi Indonesia', 'inflasi pangan']).toContain(focus?.phrase);
    expect(focus?.phrase.split(' ').length).toBeLessThanOrEqual(3);
  });

  it('prefers a phrase of the lead over a slightly better one that is not in it', () => {
    const d = doc('Harga beras naik.\nPetani senang. Petani menanam lagi. Beras dijual.', id);
    const ks: Keyphrase[] = [
      { phrase: 'petani', score: 1, stem: 'tani', count: 2 },
      { phrase: 'beras', score: 0.9, stem: 'beras', count: 2 },
    ];
    expect(chooseFocusKeyphrase(d, ks, id)?.phrase).toBe('beras');
  });

  it('never picks a phrase of more than three words', () => {
    const d = doc('Komisi Pemberantasan Korupsi Republik Indonesia bekerja.', id);
    const ks: Keyphrase[] = [{ phrase: 'Komisi Pemberantasan Korupsi Republik', score: 1, stem: 'x', count: 1 }];
    expect(chooseFocusKeyphrase(d, ks, id)).toBeUndefined();
  });

  it('is undefined without keyphrases', () => {
    expect(chooseFocusKeyphrase(doc('Apa saja.', id), [], id)).toBeUndefined();
  });
});
