import { describe, expect, it } from 'vitest';
import { en, filler, report, run } from './helpers.js';

describe('subheading-distribution', () => {
  it('is good for a short text or short sections', () => {
    expect(report({ blocks: [filler(20)] }, 'subheading-distribution').score).toBe(9);
    expect(report({ blocks: [filler(20), '## Bagian dua', filler(20)] }, 'subheading-distribution').score).toBe(9);
  });
  it('is bad for a long text without subheadings or a long section', () => {
    expect(report({ blocks: [filler(31)] }, 'subheading-distribution')).toMatchObject({
      score: 2,
      message: 'Unexpected 310 words without subheadings, expected at most 300 words per section',
    });
    const blocks = [filler(5), '## Bagian panjang', filler(40), '## Bagian pendek', filler(5)];
    expect(report({ blocks }, 'subheading-distribution')).toMatchObject({ score: 3, message: 'Unexpected 400 words under “Bagian panjang”, expected at most 300 words per section' });
  });
});

describe('paragraph-length', () => {
  it('is good up to 150 words', () => {
    expect(report({ blocks: [filler(15), filler(15)] }, 'paragraph-length').score).toBe(9);
  });
  it('is ok up to 200 and bad beyond', () => {
    expect(report({ blocks: [filler(18)] }, 'paragraph-length')).toMatchObject({ score: 6, message: 'Unexpected paragraph of 180 words, expected at most 150 words' });
    expect(report({ blocks: [filler(21), filler(21)] }, 'paragraph-length').message).toBe(
      'Unexpected paragraph of 210 words, expected at most 150 words (2 paragraphs are too long)',
    );
  });
});

describe('sentence-length', () => {
  it('is good while few sentences are long', () => {
    expect(report({ blocks: [`${filler(1, 25)} ${filler(9)}`] }, 'sentence-length').score).toBe(9);
  });
  it('is bad when many are, with an info note per long sentence', () => {
    const outcome = run({ blocks: [`${filler(2, 25)} ${filler(3)}`] });
    expect(outcome.assessments.find((a) => a.id === 'sentence-length')).toMatchObject({ score: 3, message: 'Unexpected 40% of sentences over 20 words, expected at most 25%' });
    const notes = outcome.messages.filter((m) => m.ruleId === 'sentence-length' && m.fatal === undefined);
    expect(notes).toHaveLength(2);
    expect(notes[0]?.reason).toMatch(/^Unexpected sentence of 25 words “Kalimat0 .*”, expected at most 20$/u);
  });
});

describe('transition-words', () => {
  const plain = filler(24);
  it('is good with enough transitions (phrases and two-part ones count)', () => {
    const linked = Array.from({ length: 12 }, (_, i) => `Namun petani ${i} menanam padi di sawah hijau pagi ini bersama warga desa.`).join(' ');
    expect(report({ blocks: [linked, plain] }, 'transition-words').score).toBe(9);
    const pairs = Array.from({ length: 12 }, (_, i) => `Baik petani ${i} maupun warga desa menanam padi di sawah hijau pagi ini.`).join(' ');
    expect(report({ blocks: [pairs, plain] }, 'transition-words').score).toBe(9);
  });
  it('is bad without them, unless the text is short', () => {
    expect(report({ blocks: [plain] }, 'transition-words')).toMatchObject({ score: 3, message: 'Unexpected transition words in 0% of sentences, expected at least 30%' });
    expect(report({ blocks: [filler(5)] }, 'transition-words').score).toBe(9);
  });
});

describe('passive-voice', () => {
  it('is good with few passives and does not count di- nouns', () => {
    const text = 'Dinas pertanian membagikan benih digital kepada direktur sekolah. Dia memimpin diskusi. Petani menanam padi.';
    expect(report({ blocks: [text] }, 'passive-voice').score).toBe(9);
  });
  it('is bad with many passives, with an info note each', () => {
    const text = 'Jalan itu dibangun tahun lalu. Jembatan diperbaiki warga. Petani menanam padi. Pasar ramai sekali.';
    const outcome = run({ blocks: [text] });
    expect(outcome.assessments.find((a) => a.id === 'passive-voice')).toMatchObject({ score: 3, message: 'Unexpected passive voice in 50% of sentences, expected at most 10%' });
    const notes = outcome.messages.filter((m) => m.ruleId === 'passive-voice' && m.fatal === undefined).map(String);
    expect(notes).toEqual([
      '1:1-1:31: Unexpected passive voice in “Jalan itu dibangun tahun lalu.”, expected an active sentence',
      '1:32-1:58: Unexpected passive voice in “Jembatan diperbaiki warga.”, expected an active sentence',
    ]);
  });
  it('uses the English rules for English', () => {
    const text = 'The bridge was built last year. The road is widely expected to open. Farmers plant rice. The market is busy.';
    expect(report({ blocks: [text], lang: en }, 'passive-voice').score).toBe(3);
  });
});

describe('sentence-openings', () => {
  it('is good with varied openings', () => {
    expect(report({ blocks: [filler(6)] }, 'sentence-openings').score).toBe(9);
  });
  it('is bad with three in a row, an article opening together with the next word', () => {
    const same = 'Petani menanam padi. Petani membawa air. Petani menjual sayur.';
    expect(report({ blocks: [same] }, 'sentence-openings')).toMatchObject({ score: 3, message: 'Unexpected 3 consecutive sentences starting with “petani”, expected at most 2 in a row' });
    const articles = 'Sebuah desa ramai. Sebuah pasar sepi. Sebuah sungai jernih.';
    expect(report({ blocks: [articles] }, 'sentence-openings').score).toBe(9);
  });
});
