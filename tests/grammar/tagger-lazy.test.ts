/** Loading is lazy: importing the tagger (or the language packs) reads no model; the first tagging does. */
import { describe, expect, it } from 'vitest';

describe('tagger loading', () => {
  it('reads a model only on the first tagging of its language', async () => {
    const { isTaggerLoaded, hasTagger, tagWords } = await import('../../src/grammar/tagger/index.js');
    const { tokenizeWords } = await import('../../src/text/segment.js');
    expect(hasTagger('id')).toBe(true);
    expect(isTaggerLoaded('id')).toBe(false);
    expect(isTaggerLoaded('en')).toBe(false);
    const text = 'Harga beras naik lagi.';
    tagWords('id', text, tokenizeWords(text));
    expect(isTaggerLoaded('id')).toBe(true);
    expect(isTaggerLoaded('en')).toBe(false);
  });

  it('is not imported by the CLI entry, so --version and --help load no model', async () => {
    const { readFileSync } = await import('node:fs');
    // The CLI reaches the tagger only through the pipeline's modules, which call tagWords on demand; the model file
    // is read by `taggerModel` alone.
    const source = readFileSync(new URL('../../src/grammar/tagger/index.ts', import.meta.url), 'utf8');
    expect(source.match(/readFileSync\(/gu)?.length).toBe(1);
    expect(source).toMatch(/function taggerModel[\s\S]*readFileSync\(taggerModelPath/u);
  });
});
