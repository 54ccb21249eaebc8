import { describe, expect, it } from 'vitest';
import { countPhrase } from '../../src/keyphrases/index.js';
import { en, id } from './helpers.js';

const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

describe('countPhrase', () => {
  it('matches stems word by word', () => {
    expect(countPhrase(words('chips and chip makers sell chips'), 'chip', en)).toBe(3);
    expect(countPhrase(words('export controls and exported chips under control'), 'export control', en)).toBe(1);
  });

  it('matches Indonesian inflected forms', () => {
    expect(countPhrase(words('kebijakan baru dan kebijakannya diubah'), 'kebijakan', id)).toBe(2);
  });

  it('reads an acronym in the phrase as an acronym only', () => {
    expect(countPhrase(words('AS menekan China as usual'), 'AS', id)).toBe(1);
    expect(countPhrase(words('the US told us'), 'US', en)).toBe(1);
  });

  it('counts non-overlapping occurrences of multi-word phrases', () => {
    expect(countPhrase(words('suku bunga naik suku bunga turun suku'), 'suku bunga', id)).toBe(2);
  });

  it('is zero for an empty phrase or no words', () => {
    expect(countPhrase(words('apa saja'), '', id)).toBe(0);
    expect(countPhrase([], 'chip', en)).toBe(0);
  });
});
