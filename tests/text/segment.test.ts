import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { countWords, splitSentences, tokenizeWords } from '../../src/text/segment.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;
const texts = (s: string, lang = id) => splitSentences(s, lang).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(texts('China maju. Tencent juga! Apa kabar? Ya.')).toEqual(['China maju.', 'Tencent juga!', 'Apa kabar?', 'Ya.']);
  });
  it('does not split after abbreviations, initials or dotted acronyms', () => {
    expect(texts('Dr. Budi tinggal di Jl. Merdeka No. 5 bersama J. Huang. Ia senang.')).toEqual([
      'Dr. Budi tinggal di Jl. Merdeka No. 5 bersama J. Huang.',
      'Ia senang.',
    ]);
    expect(texts('Mr. Smith met U.S. officials. They agreed.', en)).toEqual(['Mr. Smith met U.S. officials.', 'They agreed.']);
  });
  it('keeps numbers whole', () => {
    expect(texts('Harganya Rp 5.000 atau 3,5 persen lebih mahal. Itu mahal.')).toEqual([
      'Harganya Rp 5.000 atau 3,5 persen lebih mahal.',
      'Itu mahal.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(texts('Ia menyebutnya “kegagalan.” Kebijakan itu ditolak.')).toEqual(['Ia menyebutnya “kegagalan.”', 'Kebijakan itu ditolak.']);
  });
  it('records offsets into the text', () => {
    const text = 'Satu dua. Tiga empat.';
    for (const s of splitSentences(text, id, 10)) expect(text.slice(s.start - 10, s.end - 10)).toBe(s.text);
  });
});

describe('tokenizeWords', () => {
  it('keeps hyphenated words, decimals and acronyms whole', () => {
    expect(tokenizeWords('masing-masing 3,5 persen A.S. dan Rp 5.000').map((w) => w.text)).toEqual([
      'masing-masing', '3,5', 'persen', 'A.S.', 'dan', 'Rp', '5.000',
    ]);
  });
  it('counts words without punctuation', () => {
    expect(countWords('“Kegagalan”, kata Jensen Huang — CEO Nvidia.')).toBe(6);
  });
});
