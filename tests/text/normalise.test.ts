import { describe, expect, it } from 'vitest';
import { normaliseText, removeFurniture, repairGluedSentences } from '../../src/text/normalise.js';

describe('repairGluedSentences', () => {
  it('separates a sentence glued to the next one', () => {
    expect(repairGluedSentences('daripada China.Ini diartikan').text).toBe('daripada China. Ini diartikan');
  });
  it('separates after a closing quote', () => {
    expect(repairGluedSentences('disebut “kegagalan.”Ia pergi').text).toBe('disebut “kegagalan.” Ia pergi');
  });
  it.each([
    ['Dr. Budi datang', 'title with a space is untouched'],
    ['harga Rp 5.000 per kilo', 'thousands separator'],
    ['naik 3,5 persen', 'decimal comma'],
    ['A.S. dan Eropa', 'dotted acronym'],
    ['kunjungi www.Detik.com sekarang', 'domain'],
    ['memakai Node.js di server', 'lowercase continuation'],
  ])('leaves %s alone (%s)', (text) => {
    const repaired = repairGluedSentences(text);
    expect(repaired.text).toBe(text);
    expect(repaired.count).toBe(0);
  });
});

describe('normaliseText', () => {
  it('treats each line as a paragraph and drops blank ones', () => {
    expect(normaliseText('Satu.\n\nDua.\nTiga.').paragraphs).toEqual(['Satu.', 'Dua.', 'Tiga.']);
  });
  it('handles CRLF, CR, a BOM and stray whitespace', () => {
    const r = normaliseText('\uFEFFSatu  dua .\r\nTiga\u00A0empat.\rLima.');
    expect(r.paragraphs).toEqual(['Satu dua.', 'Tiga empat.', 'Lima.']);
    expect(r.changes.whitespace).toBe(2);
  });
  it('joins hard-wrapped lines of blank-line separated paragraphs', () => {
    const text = 'The first paragraph is wrapped\nover two lines.\n\nThe second one is\nwrapped too.\n';
    expect(normaliseText(text).paragraphs).toEqual(['The first paragraph is wrapped over two lines.', 'The second one is wrapped too.']);
  });
  it('keeps curly quotes as they are', () => {
    expect(normaliseText('Disebut ‘Google’ China dan “kegagalan”.').paragraphs[0]).toBe('Disebut ‘Google’ China dan “kegagalan”.');
  });
  it('decodes HTML character references copied from a CMS', () => {
    const r = normaliseText('&#039;Bones&#039; star &quot;Emily&quot; &amp; co &#x2014; &unknown; fine.');
    expect(r.paragraphs[0]).toBe("'Bones' star \"Emily\" & co — &unknown; fine.");
    expect(r.changes.entities).toBe(6);
  });
  it('counts glued sentences it repaired', () => {
    expect(normaliseText('bisnis AS daripada China.Ini diartikan begitu.').changes.gluedSentences).toBe(1);
  });
});

describe('removeFurniture', () => {
  it('removes an ad label or a scroll prompt between sentences or on a line of its own, and counts it', () => {
    const r = normaliseText('Both rose 5%. Advertisement The action was intense.\nADVERTISEMENT\nScroll down for video Saturn’s rings rippled.');
    expect(r.paragraphs).toEqual(['Both rose 5%. The action was intense.', 'Saturn’s rings rippled.']);
    expect(r.changes.furniture).toBe(3);
  });

  it('leaves the word alone inside a sentence', () => {
    expect(removeFurniture('The Advertisement Standards Authority ruled on the advertisement.')).toEqual({
      text: 'The Advertisement Standards Authority ruled on the advertisement.',
      count: 0,
    });
  });
});
