import { describe, expect, it } from 'vitest';
import { chunkSentence } from '../../src/grammar/chunks.js';
import { mainClause } from '../../src/grammar/clause.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { tagged } from './support.js';

describe('grammar in the generic mode', () => {
  const sentence = tagged('Le gouvernement a annoncé une réforme.', 'DET NOUN AUX VERB DET NOUN');

  it('finds no chunks and no main clause in a language without grammar words', () => {
    const fr = getLanguagePack('fr');
    expect(fr.generic).toBe(true);
    expect(fr.pack.grammar).toBeUndefined();
    expect(chunkSentence(fr.pack, sentence)).toEqual({ nounPhrases: [], verbGroups: [] });
    expect(mainClause(fr.pack, sentence)).toBeUndefined();
  });

  it('finds nothing when tags do not match the words one to one', () => {
    const en = getLanguagePack('en').pack;
    const broken = { ...sentence, tags: sentence.tags.slice(1) };
    expect(chunkSentence(en, broken)).toEqual({ nounPhrases: [], verbGroups: [] });
    expect(mainClause(en, broken)).toBeUndefined();
  });

  it('reads words by their offsets in the document, not in the sentence', () => {
    const id = getLanguagePack('id').pack;
    const at = tagged('"Harga naik," kata Budi.', 'NOUN VERB VERB PROPN', 120);
    expect(mainClause(id, at)?.reporting?.speaker).toMatchObject({ start: 3, end: 4, head: 3 });
  });
});
