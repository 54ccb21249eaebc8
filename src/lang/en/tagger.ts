/** The English part-of-speech model: generic features only (prefixes and suffixes of up to four letters). */
import type { TaggerSpec } from '../types.js';

export const tagger: TaggerSpec = { model: 'en', affixes: {} };
