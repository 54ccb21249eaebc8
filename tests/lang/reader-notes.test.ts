import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { isReaderNote } from '../../src/lang/reader-note.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

describe('isReaderNote', () => {
  it('knows the Indonesian content warning and help-line notice of a suicide story', () => {
    for (const first of [
      'Informasi dalam artikel ini tidak ditujukan untuk menginspirasi siapa pun untuk melakukan tindakan serupa.',
      'Artikel ini tidak ditujukan untuk menginspirasi siapa pun untuk melakukan tindakan serupa.',
      'Bila Anda merasakan gejala depresi dengan kecenderungan berupa pemikiran untuk bunuh diri, segera konsultasikan persoalan Anda.',
      'Peringatan konten: artikel ini memuat kekerasan.',
    ]) {
      expect(isReaderNote(first, id), first).toBe(true);
    }
  });

  it('knows the English help-line notice and content warnings', () => {
    for (const first of [
      'If you or someone you know is struggling with suicidal thoughts, call or text 988.',
      'If you are affected by any of the issues raised in this story, help is available.',
      'For confidential support call the Samaritans on 116 123.',
      'Content warning: this story describes abuse.',
    ]) {
      expect(isReaderNote(first, en), first).toBe(true);
    }
  });

  it('leaves the story itself alone, suicide stories included', () => {
    expect(isReaderNote('Polisi menyelidiki dugaan bunuh diri seorang mahasiswa di Denpasar.', id)).toBe(false);
    expect(isReaderNote('Jika Anda membeli rumah tahun ini, suku bunga KPR masih rendah.', id)).toBe(false);
    expect(isReaderNote('If you are looking for a bargain, the sales start on Friday.', en)).toBe(false);
    expect(isReaderNote('The coroner ruled the death a suicide on Monday.', en)).toBe(false);
    expect(isReaderNote(undefined, en)).toBe(false);
  });
});
