/**
 * The part-of-speech tagger: UPOS tags for the words of a sentence, for languages whose pack names a model
 * (`LanguagePack.tagger`). Models load lazily, on a language's first tagging, and stay loaded.
 *
 *   tagWords('id', sentence.text, sentence.words, sentence.start) → ['PROPN', 'VERB', …] (one per word)
 */
import { readFileSync } from 'node:fs';
import type { Word } from '../../document/types.js';
import { getLanguagePack } from '../../lang/index.js';
import { taggerModelPath } from '../model-files.js';
import { tagTexts } from './decode.js';
import { decodeModel, type TaggerModel } from './model.js';
import { tagTokens } from './tokens.js';
import { isUpos, type Upos } from './upos.js';

export type { Upos } from './upos.js';
export { UPOS } from './upos.js';

const loaded = new Map<string, TaggerModel>();

/** The model of a language's pack, or undefined for a language without one (generic packs have none). */
function modelName(lang: string): string | undefined {
  const { pack, generic } = getLanguagePack(lang);
  return generic ? undefined : pack.tagger?.model;
}

/** True when the language has a part-of-speech tagger (does not load the model). */
export function hasTagger(lang: string): boolean {
  return modelName(lang) !== undefined;
}

/** The loaded model of a language (loading it on first use), or undefined without one. */
export function taggerModel(lang: string): TaggerModel | undefined {
  const name = modelName(lang);
  if (name === undefined) return undefined;
  let model = loaded.get(name);
  if (!model) {
    model = decodeModel(readFileSync(taggerModelPath(name)));
    loaded.set(name, model);
  }
  return model;
}

/** True when a language's model has been loaded (for tests of lazy loading). */
export function isTaggerLoaded(lang: string): boolean {
  const name = modelName(lang);
  return name !== undefined && loaded.has(name);
}

/**
 * UPOS tags of a sentence's words, one per word in order; undefined for a language without a tagger (generic mode:
 * keep the rules that need no tags).
 *
 * `words` are the sentence's words as `tokenizeWords` gives them; their offsets are `sentenceStart`-based (a
 * `Sentence` of the document model: pass `sentence.start`; words of `tokenizeWords(text)` alone: leave it 0). The
 * punctuation between words is read from `sentenceText` as context.
 */
export function tagWords(lang: string, sentenceText: string, words: readonly Word[], sentenceStart = 0): Upos[] | undefined {
  const model = taggerModel(lang);
  if (!model) return undefined;
  if (words.length === 0) return [];
  const tokens = tagTokens(sentenceText, words, sentenceStart);
  const tags = tagTexts(tokens.map((t) => t.text), model, model.header.affixes, model.header.reverse);
  const out: Upos[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.word) continue;
    const tag = model.header.tags[tags[i] ?? 0] ?? 'X';
    out.push(isUpos(tag) ? tag : 'X');
  }
  return out;
}
