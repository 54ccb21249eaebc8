import { describe, expect, it } from 'vitest';
import { isTag, verbOrModifierByTag } from '../../src/keyphrases/tags.js';
import { doc, en, id } from './helpers.js';

describe('tags by the tagger', () => {
  const idDoc = doc('Harga beras naik lagi di pasar tradisional.\nPemerintah menyebut harga beras naik karena panen gagal.', id);
  const enDoc = doc('Officials said the strike would continue on Monday.\nThe digital strike may continue, and digital services were hit.', en);

  it('reads a word the article uses as a verb as no tag', () => {
    expect(verbOrModifierByTag('naik', idDoc.blocks, id)).toBe(true);
    expect(isTag('naik', idDoc.blocks, id)).toBe(false);
    expect(verbOrModifierByTag('continue', enDoc.blocks, en)).toBe(true);
    expect(isTag('continue', enDoc.blocks, en)).toBe(false);
  });

  it('reads a lone modifier as no tag, but keeps the phrase it opens or closes', () => {
    expect(isTag('tradisional', idDoc.blocks, id)).toBe(false);
    expect(isTag('pasar tradisional', idDoc.blocks, id)).toBe(true);
    expect(isTag('digital', enDoc.blocks, en)).toBe(false);
    expect(isTag('digital services', enDoc.blocks, en)).toBe(true);
  });

  it('keeps nouns and leaves a phrase the article never writes unjudged', () => {
    expect(isTag('harga beras', idDoc.blocks, id)).toBe(true);
    expect(isTag('strike', enDoc.blocks, en)).toBe(true);
    expect(verbOrModifierByTag('bank sentral', idDoc.blocks, id)).toBe(false);
  });

  it('takes a noun that modifies another for a noun, as the tagger does', () => {
    const fuel = doc('Fuel prices rose again in March.\nDrivers said fuel costs were hurting their business.', en);
    expect(isTag('fuel', fuel.blocks, en)).toBe(true);
    expect(isTag('prices', fuel.blocks, en)).toBe(true);
    expect(isTag('rose', fuel.blocks, en)).toBe(false);
  });
});
