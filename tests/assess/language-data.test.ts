import { describe, expect, it } from 'vitest';
import { findTransition } from '../../src/assess/transitions.js';
import { isPassive as isPassiveEn } from '../../src/lang/en/passive.js';
import { transitionWords as enTransitions } from '../../src/lang/en/transitions.js';
import { isDiVerb, isPassive as isPassiveId } from '../../src/lang/id/passive.js';
import { transitionWords as idTransitions } from '../../src/lang/id/transitions.js';

const words = (s: string): string[] => s.split(/\s+/u).map((w) => w.replace(/[.,]$/u, ''));

describe('Indonesian passive', () => {
  it('counts di- verb forms', () => {
    for (const w of ['dibangun', 'diumumkan', 'dilansir', 'diperkirakannya', 'ditunggu-tunggu', 'di-bully', 'dipanggil', 'didistribusikan', 'disponsori']) {
      expect(isDiVerb(w, 1, undefined), w).toBe(true);
    }
  });
  it('does not count nouns, pronouns, loanwords, names or glued prepositions', () => {
    for (const w of ['dia', 'diri', 'dirinya', 'dinas', 'digital', 'direktur', 'direkturnya', 'distribusi', 'diskusi', 'distrik', 'dimana', 'diantara', 'dinihari']) {
      expect(isDiVerb(w, 1, undefined), w).toBe(false);
    }
    expect(isPassiveId(words('Pelatih Diego Simeone memuji timnya.'))).toBe(false);
    expect(isPassiveId(words('Diego Simeone memuji timnya.'))).toBe(false);
    expect(isPassiveId(words('DIY menggelar festival.'))).toBe(false);
  });
  it('reads capitalised verbs in title-case headlines and at the start of a sentence', () => {
    expect(isPassiveId(words('Mahasiswa Unud Dipecat dari Kampus'))).toBe(true);
    expect(isPassiveId(words('Dikutip dari laman resmi, harga naik.'))).toBe(true);
  });
  it('follows Yoast in not counting a di- verb right after untuk', () => {
    expect(isPassiveId(words('Rencana itu siap untuk dibahas besok.'))).toBe(false);
    expect(isPassiveId(words('Rencana itu dibahas besok.'))).toBe(true);
  });
  it('does not count ter- forms', () => {
    expect(isPassiveId(words('Kebakaran terjadi di gedung tersebut.'))).toBe(false);
  });
});

describe('English passive', () => {
  it('counts be/get + participle, with adverbs and contractions between', () => {
    for (const s of ['The bridge was built in 1990.', 'It is widely expected to rise.', "They're classified as unemployed.", 'He got fired.', 'The loan could be repaid.', "It wasn't rewarded."]) {
      expect(isPassiveEn(words(s)), s).toBe(true);
    }
  });
  it('does not count active sentences or adjectival participles', () => {
    for (const s of ['The company built a bridge.', 'Fans are excited about the show.', 'The musical is based on cartoons.', 'She is running late.']) {
      expect(isPassiveEn(words(s)), s).toBe(false);
    }
    expect(isPassiveEn(words('Officials were delighted by the numbers.'))).toBe(true);
  });
});

describe('transition words', () => {
  it('finds single words, phrases and two-part connectives', () => {
    expect(findTransition(['namun', 'harga', 'naik'], idTransitions)).toBe('namun');
    expect(findTransition(['oleh', 'karena', 'itu', 'harga', 'naik'], idTransitions)).toBe('oleh karena itu');
    expect(findTransition(['baik', 'petani', 'maupun', 'pedagang', 'setuju'], idTransitions)).toBe('baik … maupun');
    expect(findTransition(['petani', 'menanam', 'padi'], idTransitions)).toBeUndefined();
    expect(findTransition(['prices', 'rose', 'however'], enTransitions)).toBe('however');
    expect(findTransition(['as', 'a', 'result', 'prices', 'rose'], enTransitions)).toBe('as a result');
  });
  it('keeps the lists lowercase and free of duplicates', () => {
    for (const list of [idTransitions, enTransitions]) {
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
  });
});
