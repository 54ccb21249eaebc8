import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractKeyphrases } from '../../src/keyphrases/index.js';
import { isStopword } from '../../src/keyphrases/tokens.js';
import { doc, en, id } from './helpers.js';

/** Words mixing content words, stopwords, names, acronyms, numbers and punctuation. */
const VOCAB = [
  'chip', 'chips', 'AI', 'AS', 'as', 'China', 'Tencent', 'Baidu', 'ekspor', 'pembatasan', 'semikonduktor', 'yang',
  'dan', 'di', 'the', 'of', 'US', 'us', 'New', 'York', 'model', 'pengembangan', 'teknologi', '2025', 'Rp', 'kata',
  'mengatakan', 'Jensen', 'Huang', 'GPU', 'lokal', 'industri', 'ke', 'dari',
];
const PUNCT = ['', '', '', ',', '.', ';', ' (', ')'];

const text = fc
  .array(
    fc.array(fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 25 }),
    { minLength: 1, maxLength: 5 },
  )
  .map((paragraphs) =>
    paragraphs.map((words) => `${words.map(([w, p]) => `${w}${p}`).join(' ')}.`).join('\n'),
  );

describe('extractKeyphrases properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(id, en), (t, lang) => {
        const a = extractKeyphrases(doc(t, lang), lang, { max: 15 });
        const b = extractKeyphrases(doc(t, lang), lang, { max: 15 });
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('never puts a function word at a phrase edge, keeps 1–4 words and scores in 0..1', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(id, en), (t, lang) => {
        const ks = extractKeyphrases(doc(t, lang), lang, { max: 15 });
        const stems = new Set<string>();
        for (const k of ks) {
          const words = k.phrase.split(' ');
          expect(words.length).toBeGreaterThanOrEqual(1);
          expect(words.length).toBeLessThanOrEqual(4);
          expect(isStopword(words[0] ?? '', lang)).toBe(false);
          expect(isStopword(words[words.length - 1] ?? '', lang)).toBe(false);
          expect(k.score).toBeGreaterThan(0);
          expect(k.score).toBeLessThanOrEqual(1);
          expect(k.count).toBeGreaterThanOrEqual(1);
          expect(stems.has(k.stem)).toBe(false);
          stems.add(k.stem);
        }
      }),
      { numRuns: 150 },
    );
  });
});
