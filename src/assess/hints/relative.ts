/**
 * Which words of a tagged sentence stand inside a relative clause (`yang …`, `which …`), as the grammar layer
 * delimits them (`src/grammar/relative.ts`): the passive notes leave those out, and the bench counts with the same.
 */
import type { Sentence } from '../../document/types.js';
import { grammarOf, type SentenceGrammar } from '../../grammar/annotate.js';
import { isRelativiser, relativeExtent } from '../../grammar/relative.js';
import { tokensOf, type Token } from '../../grammar/tokens.js';
import type { LanguagePack } from '../../lang/types.js';

/** A sentence's grammar with its tokens and a flag per word: inside a relative clause. */
export interface Parsed {
  grammar: SentenceGrammar;
  tokens: readonly Token[];
  relative: readonly boolean[];
}

/** The sentence parsed, or undefined when its language has no tagger or grammar words (the generic mode). */
export function parse(sentence: Sentence, lang: LanguagePack): Parsed | undefined {
  const grammar = grammarOf(sentence, lang);
  if (!grammar || !lang.grammar) return undefined;
  const tokens = tokensOf({ text: sentence.text, words: sentence.words, tags: grammar.tags, start: sentence.start });
  if (!tokens) return undefined;
  const relative = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    if (!isRelativiser(lang.grammar, tokens, i)) continue;
    const end = relativeExtent(lang.grammar, tokens, grammar.chunks.verbGroups, i);
    for (let k = i; k < end; k++) relative[k] = true;
  }
  return { grammar, tokens, relative };
}
