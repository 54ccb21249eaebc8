import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/detect.js';
import { getLanguagePack } from '../../src/lang/index.js';

describe('detectLanguage', () => {
  it('detects the Indonesian sample', () => {
    expect(detectLanguage(readFileSync('fixtures/china-ai-id.txt', 'utf8')).lang).toBe('id');
  });
  it('detects English', () => {
    const text = 'The government announced on Monday that the new policy would take effect next year, officials said. Critics argued that the plan was rushed and would hurt small businesses across the country.';
    expect(detectLanguage(text).lang).toBe('en');
  });
  it('does not call Indonesian news Malay', () => {
    const text = 'Polisi mengatakan pemerintah daerah akan membantu para korban banjir. Menurut kepala dinas, bantuan uang tunai sudah disalurkan setelah rapat di kantor bupati karena banyak rumah rusak.';
    expect(detectLanguage(text).lang).toBe('id');
  });
  it('tells Malay from Indonesian', () => {
    const text = 'Kerajaan negeri telah memaklumkan bahawa syarikat itu boleh memulakan operasi selepas mendapat kelulusan daripada pihak berkuasa. Beliau berkata perkara itu penting kerana ia melibatkan wang rakyat dan kenderaan awam.';
    expect(detectLanguage(text).lang).toBe('ms');
  });
});

describe('getLanguagePack', () => {
  it('has full packs for id and en', () => {
    expect(getLanguagePack('id').generic).toBe(false);
    expect(getLanguagePack('en').generic).toBe(false);
  });
  it('builds a generic pack from stopwords for other languages', () => {
    const de = getLanguagePack('de');
    expect(de.generic).toBe(true);
    expect(de.pack.stopwords.has('und')).toBe(true);
  });
  it('stems Indonesian inflections to one stem', () => {
    const { stem } = getLanguagePack('id').pack;
    expect(stem('pembatasan')).toBe(stem('membatasi').replace(/i$/, ''));
    expect(stem('pengembangan')).toBe(stem('mengembangkan'));
  });
});
