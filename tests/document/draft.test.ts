import { describe, expect, it } from 'vitest';
import { draftBlocks, isHeadline } from '../../src/document/draft.js';
import { getLanguagePack } from '../../src/lang/index.js';

const id = getLanguagePack('id').pack;
const kinds = (lines: string[]) => draftBlocks(lines, id).blocks.map((b) => (b.kind === 'heading' ? `H${b.depth}` : 'p'));

describe('draftBlocks', () => {
  it('reads a short unpunctuated line between two paragraphs as the writer’s subheading', () => {
    const lines = [
      'Presiden meminta para menteri memakai mobil Maung buatan Pindad.',
      'Kesiapan Anggaran',
      'Menteri Keuangan menegaskan dana pengadaan sudah siap.',
      'Berikut rangkumannya:',
      '2. LINE Jobs',
      'LINE bekerja sama dengan pihak lain untuk menyaring lowongan.',
    ];
    expect(kinds(lines)).toEqual(['p', 'H2', 'p', 'p', 'H2', 'p']);
    expect(draftBlocks(lines, id).subheadings).toBe(2);
  });

  it('leaves a run of short lines (a results table, a list), labels, quotations and promotion lines as they are', () => {
    expect(kinds(['Hasil pertandingan Selasa malam.', 'Koeln 1-0 Eintracht Frankfurt', 'Hoffenheim 1-0 Bayern Muenchen', 'Bayern tetap memimpin.'])).toEqual(['p', 'p', 'p', 'p']);
    expect(kinds(['Susunan pemain kedua tim.', 'Pelatih: Hanafi', 'Laga berakhir imbang.'])).toEqual(['p', 'p', 'p']);
    expect(kinds(['Ia menjawab singkat.', '“Belum tahu ya', 'Wartawan terus bertanya.'])).toEqual(['p', 'p', 'p']);
    expect(kinds(['Persib resmi merekrut Cole.', 'SIMAK JUGA - Persib Pastikan Incar Cole', 'Cole tiba di Bandung.'])).toEqual(['p', 'p', 'p']);
  });

  it('never makes the first or the last line a subheading, nor a line after an unfinished paragraph', () => {
    expect(kinds(['Kesiapan Anggaran', 'Dana pengadaan sudah siap.', 'Dukungan dari Senayan'])).toEqual(['p', 'p', 'p']);
    expect(kinds(['Dana pengadaan sudah siap', 'Dukungan dari Senayan', 'MPR mendukung langkah itu.'])).toEqual(['p', 'p', 'p']);
  });
});

describe('isHeadline', () => {
  it('is a short first line without terminal punctuation, followed by a body', () => {
    expect(isHeadline('BI Turunkan Suku Bunga Acuan ke 4,75%', 3)).toBe(true);
    expect(isHeadline('Bank Indonesia menurunkan suku bunga acuan.', 3)).toBe(false);
    expect(isHeadline('BI Turunkan Suku Bunga Acuan ke 4,75%', 1)).toBe(false);
    // A short question or exclamation is one too; a lead that ends on a question is not.
    expect(isHeadline('Is It a Cold? Or an Allergy?', 3)).toBe(true);
    expect(isHeadline('Can painkillers prevent melanoma?', 3)).toBe(true);
    expect(isHeadline('Bantuan Subsidi Upah (BSU) telah diberikan pada Juni. Lantas, kapan BSU cair lagi?', 3)).toBe(false);
  });

  it('is never a dateline waiting for its lead', () => {
    expect(isHeadline('Merdeka.com -', 3)).toBe(false);
    expect(isHeadline('JAKARTA, KOMPAS.com –', 3)).toBe(false);
  });
});
