/** The treebank lemmas (`lemmas.ts`) as a set, built once for the modules that look words up in it. */
import { lemmas } from './lemmas.js';

export const LEMMAS: ReadonlySet<string> = new Set(lemmas);
