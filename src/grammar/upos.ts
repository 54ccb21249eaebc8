/**
 * The 17 Universal Dependencies part-of-speech tags (UPOS, https://universaldependencies.org/u/pos/). The chunker and
 * the main-clause finder take one per word; the tagger produces them.
 */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT'
  | 'SCONJ' | 'SYM' | 'VERB' | 'X';

/** All UPOS tags, in the order of the UD documentation. */
export const UPOS_TAGS: readonly Upos[] = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM',
  'VERB', 'X',
];

const TAG_SET: ReadonlySet<string> = new Set(UPOS_TAGS);

/** True when `tag` is one of the 17 UPOS tags. */
export function isUpos(tag: string): tag is Upos {
  return TAG_SET.has(tag);
}
