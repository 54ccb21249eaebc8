import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkSentence } from '../../src/grammar/chunks.js';
import { mainClause } from '../../src/grammar/clause.js';
import type { TaggedSentence } from '../../src/grammar/tokens.js';
import { UPOS_TAGS } from '../../src/grammar/upos.js';
import { getLanguagePack } from '../../src/lang/index.js';

/** Words of both languages' grammar lists and plain words, with any tags and any punctuation between them. */
const WORDS = ['yang', 'kata', 'ujarnya', 'menurut', 'bahwa', 'maka', 'akan', 'di', 'Budi', 'harga', 'the', 'said', 'that', 'who', 'according', 'to', 'by', 'there', 'is', 'police', 'Senin', '2024', 'dua'];
const GAPS = [' ', ' ', ' ', ', ', '," ', ' (', ') ', ': ', ' - ', '-'];

const sentence = fc
  .array(fc.record({ word: fc.constantFrom(...WORDS), tag: fc.constantFrom(...UPOS_TAGS), gap: fc.constantFrom(...GAPS) }), { minLength: 1, maxLength: 25 })
  .map((items): TaggedSentence => {
    let text = '';
    const words = items.map(({ word, gap }, i) => {
      if (i > 0) text += gap;
      const start = text.length;
      text += word;
      return { text: word, start, end: start + word.length };
    });
    return { text, words, tags: items.map((item) => item.tag) };
  });

describe('chunks and main clause on any tagged sentence', () => {
  for (const code of ['id', 'en']) {
    it(`${code}: spans stay inside the sentence, phrases do not overlap, heads lie inside their phrase`, () => {
      const pack = getLanguagePack(code).pack;
      fc.assert(
        fc.property(sentence, (s) => {
          const n = s.words.length;
          const chunks = chunkSentence(pack, s);
          for (const list of [chunks.nounPhrases, chunks.verbGroups]) {
            let end = 0;
            for (const p of list) {
              expect(p.start).toBeGreaterThanOrEqual(end);
              expect(p.end).toBeGreaterThan(p.start);
              expect(p.end).toBeLessThanOrEqual(n);
              expect(p.head).toBeGreaterThanOrEqual(p.start);
              expect(p.head).toBeLessThan(p.end);
              end = p.end;
            }
          }
          const clause = mainClause(pack, s, chunks);
          expect(clause).toBeDefined();
          for (const span of [clause?.subject, clause?.predicate, clause?.object, clause?.agent, clause?.reporting?.verb, clause?.reporting?.speaker]) {
            if (span) expect(span.end).toBeLessThanOrEqual(n);
          }
        }),
        { numRuns: 500 },
      );
    });
  }
});
