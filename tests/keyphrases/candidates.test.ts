import { describe, expect, it } from 'vitest';
import { collectCandidates, MAX_WORDS } from '../../src/keyphrases/candidates.js';
import { formsOf } from '../../src/keyphrases/surface.js';
import { isStopword, tokenize } from '../../src/keyphrases/tokens.js';
import { doc, en, id } from './helpers.js';

/** Surface forms of every candidate of a text. */
function forms(text: string, lang = id): string[] {
  const stream = tokenize(doc(text, lang), lang);
  return [...collectCandidates(stream).values()].flatMap((c) => [...formsOf(c, stream).keys()]);
}

describe('candidate phrases', () => {
  it('never start or end with a function word', () => {
    const all = forms('Pemerintah akan membahas pembatasan ekspor dengan para eksekutif yang datang dari Jakarta.');
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) {
      const words = f.split(' ');
      expect(isStopword(words[0] ?? '', id), f).toBe(false);
      expect(isStopword(words[words.length - 1] ?? '', id), f).toBe(false);
    }
  });

  it('have one to four words', () => {
    for (const f of forms('Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh kata benda panjang sekali.')) {
      expect(f.split(' ').length).toBeLessThanOrEqual(MAX_WORDS);
    }
  });

  it('do not cross punctuation or a sentence end', () => {
    const all = forms('Tencent membeli chip, lalu Baidu membeli GPU. Semikonduktor lokal tumbuh.');
    expect(all).toContain('Tencent');
    expect(all).not.toContain('chip lalu');
    expect(all.some((f) => f.includes('GPU Semikonduktor'))).toBe(false);
  });

  it('keep the Indonesian acronym AS (Amerika Serikat), not the English stopword', () => {
    expect(forms('Ekspor chip dari AS ke China turun.')).toContain('AS');
    expect(isStopword('AS', en)).toBe(false);
    expect(isStopword('as', en)).toBe(true);
  });

  it('keep English acronyms written in capitals and drop the same letters in lowercase', () => {
    const all = forms('The US tightened rules for us and for them.', en);
    expect(all).toContain('US');
    expect(all).not.toContain('us');
  });

  it('keep content words that generic stopword lists drop (New York, world, million)', () => {
    const all = forms('New York City hosted the world chess final, a million dollar event.', en);
    expect(all).toContain('New York');
    expect(all).toContain('world chess final');
  });

  it('group inflected forms under one stem key', () => {
    const stream = tokenize(doc('Chips are scarce. The chip maker sold more chips.', en), en);
    const chip = collectCandidates(stream).get('chip');
    expect(chip?.spans.length).toBe(3);
    expect([...(chip ? formsOf(chip, stream).keys() : [])].sort()).toEqual(['Chips', 'chip', 'chips']);
  });
});
