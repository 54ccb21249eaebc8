/** The Universal Dependencies part-of-speech tags (UPOS), in a fixed order: a model stores tags by index. */
export const UPOS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM',
  'VERB', 'X',
] as const;

/** A Universal Dependencies part-of-speech tag. */
export type Upos = (typeof UPOS)[number];

const index = new Map<string, number>(UPOS.map((tag, i) => [tag, i]));

/** The index of a tag in `UPOS`, or -1 for a string that is no UPOS tag. */
export function uposIndex(tag: string): number {
  return index.get(tag) ?? -1;
}

/** True when the string is a UPOS tag. */
export function isUpos(tag: string): tag is Upos {
  return index.has(tag);
}
