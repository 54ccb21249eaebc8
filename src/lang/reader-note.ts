import type { LanguagePack } from './types.js';

/**
 * True when a paragraph whose first sentence is `first` is a note to the reader (a content warning, a help-line
 * notice) by the language's patterns: kept in the article, but neither its lead nor a source of its keyphrases.
 */
export function isReaderNote(first: string | undefined, lang: Pick<LanguagePack, 'readerNotes'>): boolean {
  return first !== undefined && lang.readerNotes !== undefined && lang.readerNotes.some((re) => re.test(first));
}

/** A block as the test needs it: its kind and its sentences' text. */
interface NoteBlock {
  kind: string;
  sentences: readonly { text: string }[];
}

/**
 * The paragraphs of `blocks` to set aside as notes to the reader: none when nothing else would be left to lead
 * with (a file of nothing but a note keeps it as its text).
 */
export function readerNoteBlocks<B extends NoteBlock>(blocks: readonly B[], lang: Pick<LanguagePack, 'readerNotes'>): ReadonlySet<B> {
  const notes = new Set<B>();
  let story = false;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.sentences.length === 0) continue;
    if (isReaderNote(block.sentences[0]?.text, lang)) notes.add(block);
    else story = true;
  }
  return story ? notes : new Set();
}
