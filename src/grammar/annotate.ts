/**
 * The grammar of a sentence of the document model, computed once and shared: its words' part-of-speech tags, its
 * phrase chunks and its main clause. Keyphrases, the focus, restructuring and the assessments read the same
 * sentence objects, so the first reader pays and every later one gets the cached result (a WeakMap keyed by the
 * sentence: nothing outlives the document). A language without a tagger or grammar words gets undefined (the
 * generic mode), and callers keep their rules that need no grammar.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { chunkSentence, type Chunks } from './chunks.js';
import { mainClause, type MainClause } from './clause.js';
import { withDefinedNames } from './defined-names.js';
import { tagWords, type Upos } from './tagger/index.js';

export interface SentenceGrammar {
  /** One UPOS tag per word of the sentence. */
  tags: readonly Upos[];
  chunks: Chunks;
  /** The main clause, when the sentence has one the rules find. */
  clause: MainClause | undefined;
}

const cache = new WeakMap<Sentence, SentenceGrammar | null>();

/** The sentence's grammar (computed on first use), or undefined in the generic mode. */
export function grammarOf(sentence: Sentence, lang: LanguagePack): SentenceGrammar | undefined {
  const hit = cache.get(sentence);
  if (hit !== undefined) return hit ?? undefined;
  let result: SentenceGrammar | null = null;
  if (lang.tagger && lang.grammar) {
    const raw = tagWords(lang.code, sentence.text, sentence.words, sentence.start);
    const retag = lang.grammar.retag;
    const retagged = raw && retag ? (retag(sentence.words.map((w) => w.text), raw) as Upos[]) : raw;
    const tags = retagged && withDefinedNames(sentence, retagged);
    if (tags && tags.length === sentence.words.length) {
      const tagged = { text: sentence.text, words: sentence.words, tags, start: sentence.start };
      const chunks = chunkSentence(lang, tagged);
      result = { tags, chunks, clause: mainClause(lang, tagged, chunks) };
    }
  }
  cache.set(sentence, result);
  return result ?? undefined;
}

/** The tags of a sentence's words, or undefined in the generic mode. */
export function tagsOf(sentence: Sentence, lang: LanguagePack): readonly Upos[] | undefined {
  return grammarOf(sentence, lang)?.tags;
}
