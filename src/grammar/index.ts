/**
 * Phrase chunks and the main clause of a tagged sentence (issue 13). Language-independent; each language's words come
 * from its pack's `grammar` field, and a pack without one (the generic mode) gets no chunks and no clause.
 */
export type { Upos } from './upos.js';
export { UPOS_TAGS, isUpos } from './upos.js';
export type { TaggedSentence } from './tokens.js';
export type { Chunks, NounPhrase, Phrase, VerbGroup, WordRange } from './chunks.js';
export { chunkSentence } from './chunks.js';
export type { MainClause, Reporting } from './clause.js';
export { mainClause } from './clause.js';
