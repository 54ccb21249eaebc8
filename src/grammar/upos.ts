/**
 * The 17 Universal Dependencies part-of-speech tags (UPOS, https://universaldependencies.org/u/pos/). The chunker and
 * the main-clause finder take one per word; the tagger produces them. One definition, the tagger's (its order is the
 * order a model stores tags in).
 */
import { UPOS, isUpos, type Upos } from './tagger/upos.js';

export type { Upos };
export { isUpos };

/** All UPOS tags, in the order of the UD documentation. */
export const UPOS_TAGS: readonly Upos[] = UPOS;
