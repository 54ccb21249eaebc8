import { describe, expect, it } from 'vitest';
import { datelineLength, datelineOutlets, withoutDateline } from '../../src/text/dateline.js';

describe('datelines', () => {
  it('finds the wire-service openings of Indonesian and English news', () => {
    const cases: [string, string][] = [
      ['Rimanews - Seorang pelajar mencuri sepeda motor.', 'Seorang pelajar mencuri sepeda motor.'],
      ['Jakarta (ANTARA News) - LINE Indonesia akan meluncurkan produk.', 'LINE Indonesia akan meluncurkan produk.'],
      ['JAKARTA, KOMPAS.com – Gubernur DKI menanti janji itu.', 'Gubernur DKI menanti janji itu.'],
      ['Jakarta, CNN Indonesia -- Harga emas naik.', 'Harga emas naik.'],
      ['WASHINGTON (AP) — Employers kept hiring.', 'Employers kept hiring.'],
      ['BEIJING, April 2 (Xinhua) - China\'s consumer prices rose.', 'China\'s consumer prices rose.'],
      ['(CBS/AP) VIENNA - An arrest has been made.', 'An arrest has been made.'],
      ['April 1, 2011 - "Bones" actress Emily Deschanel is expecting.', '"Bones" actress Emily Deschanel is expecting.'],
    ];
    for (const [sentence, story] of cases) expect(withoutDateline(sentence)).toBe(story);
  });

  it('leaves a sentence with a dash in it alone', () => {
    for (const sentence of [
      'Presiden Joko Widodo - yang baru tiba - langsung meninjau lokasi.',
      'Harga cabai naik tajam di pasar tradisional kota - Pedagang mengeluh.',
      'The company said on Friday that sales rose - Analysts disagreed.',
      'Pertandingan berakhir 2 - 1 untuk tuan rumah.',
    ]) expect(datelineLength(sentence)).toBe(0);
  });

  it('tells the outlet, which is no keyphrase, from the place of filing, which is a word of the article', () => {
    const outlets = (s: string): string[] => datelineOutlets(s).map(([a, b]) => s.slice(a, b).trim());
    expect(outlets('Rimanews - Seorang pelajar mencuri.')).toEqual(['Rimanews']);
    expect(outlets('Jakarta (ANTARA News) - LINE Indonesia meluncurkan.')).toEqual(['(ANTARA News)']);
    expect(outlets('JAKARTA, KOMPAS.com – Gubernur DKI menanti.')).toEqual(['KOMPAS.com']);
    expect(outlets('Jakarta, CNN Indonesia -- Harga emas naik.')).toEqual(['CNN Indonesia']);
    expect(outlets('BEIJING, April 2 (Xinhua) - Prices rose.')).toEqual(['(Xinhua)']);
    expect(outlets('PRANCIS – Tony Chapron dihukum.')).toEqual([]);
    expect(outlets('Tidak ada dateline di sini.')).toEqual([]);
  });
});
