/** Builds tagged sentences for the grammar tests and shows their spans as words. */
import { chunkSentence, type Chunks, type WordRange } from '../../src/grammar/chunks.js';
import { mainClause, type MainClause } from '../../src/grammar/clause.js';
import type { TaggedSentence } from '../../src/grammar/tokens.js';
import { isUpos, type Upos } from '../../src/grammar/upos.js';
import type { LanguagePack } from '../../src/lang/types.js';
import { tokenizeWords } from '../../src/text/segment.js';

/** The sentence's words as the pipeline segments them, each with the tag given in `tags` (space-separated). */
export function tagged(text: string, tags: string, offset = 0): TaggedSentence {
  const words = tokenizeWords(text, offset);
  const list = tags.trim().split(/\s+/u);
  if (list.length !== words.length) {
    throw new Error(`${words.length} words (${words.map((w) => w.text).join(' ')}) but ${list.length} tags`);
  }
  const upos: Upos[] = list.map((t) => {
    if (!isUpos(t)) throw new Error(`not a UPOS tag: ${t}`);
    return t;
  });
  return { text, words, tags: upos, start: offset };
}

export interface Shown {
  nounPhrases: string[];
  heads: string[];
  verbGroups: string[];
  relatives: string[];
}

export function words(sentence: TaggedSentence, range: WordRange | undefined): string | undefined {
  return range ? sentence.words.slice(range.start, range.end).map((w) => w.text).join(' ') : undefined;
}

export function word(sentence: TaggedSentence, index: number | undefined): string | undefined {
  return index === undefined ? undefined : sentence.words[index]?.text;
}

export function showChunks(sentence: TaggedSentence, chunks: Chunks): Shown {
  return {
    nounPhrases: chunks.nounPhrases.map((np) => words(sentence, np) ?? ''),
    heads: chunks.nounPhrases.map((np) => word(sentence, np.head) ?? ''),
    verbGroups: chunks.verbGroups.map((vg) => words(sentence, vg) ?? ''),
    relatives: chunks.nounPhrases.flatMap((np) => (np.relative ? [words(sentence, np.relative) ?? ''] : [])),
  };
}

export interface ShownClause {
  subject?: string;
  subjectHead?: string;
  predicate?: string;
  passive?: boolean;
  object?: string;
  objectHead?: string;
  agent?: string;
  reporting?: { verb: string; speaker?: string; position: 'before' | 'after' };
}

export function showClause(sentence: TaggedSentence, clause: MainClause | undefined): ShownClause | undefined {
  if (!clause) return undefined;
  const shown: ShownClause = {};
  if (clause.subject) {
    shown.subject = words(sentence, clause.subject);
    shown.subjectHead = word(sentence, clause.subject.head);
  }
  if (clause.predicate) {
    shown.predicate = words(sentence, clause.predicate);
    shown.passive = clause.predicate.passive;
  }
  if (clause.object) {
    shown.object = words(sentence, clause.object);
    shown.objectHead = word(sentence, clause.object.head);
  }
  if (clause.agent) shown.agent = words(sentence, clause.agent);
  if (clause.reporting) {
    const r = clause.reporting;
    shown.reporting = { verb: words(sentence, r.verb) ?? '', position: r.position };
    if (r.speaker) shown.reporting.speaker = words(sentence, r.speaker);
  }
  return shown;
}

/** Chunks and main clause of `text` tagged with `tags`, shown as words. */
export function analyse(pack: Pick<LanguagePack, 'grammar'>, text: string, tags: string, offset = 0): { chunks: Shown; clause: ShownClause | undefined } {
  const sentence = tagged(text, tags, offset);
  const chunks = chunkSentence(pack, sentence);
  return { chunks: showChunks(sentence, chunks), clause: showClause(sentence, mainClause(pack, sentence, chunks)) };
}
