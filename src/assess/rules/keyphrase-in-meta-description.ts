import { splitSentences } from '../../text/segment.js';
import { matchesIn, textUnits } from '../keyphrase.js';
import { locateField } from '../locate.js';
import type { Rule } from '../types.js';

/** Yoast's fixed range: the keyphrase once or twice in the description. */
const MOST = 2;

/**
 * The keyphrase in the meta description. Mirrors Yoast's `metaDescriptionKeyword`: per sentence of the description,
 * the number of full matches (each content word present, counted by the rarest), summed; once or twice is good (9),
 * none or more than twice bad (3), as is a missing description or keyphrase.
 */
export const keyphraseInMetaDescription: Rule = {
  id: 'keyphrase-in-meta-description',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'metaDescriptionKeyword',
  docs: 'The meta description has the focus keyphrase once or twice.',
  run({ input, measures }) {
    const phrase = measures.keyphrase;
    const expected = 'the keyphrase once or twice';
    if (phrase.content.length === 0) {
      return { score: 3, actual: 'no keyphrase', expected, message: `Unexpected missing focus keyphrase, expected ${expected} in the meta description` };
    }
    if (input.description.trim() === '') {
      return { score: 3, actual: 'no description', expected, message: `Unexpected empty meta description, expected one with the keyphrase` };
    }
    let n = 0;
    for (const sentence of splitSentences(input.description, input.lang)) {
      n += matchesIn(textUnits(sentence.text, measures.splitHyphens), phrase.content);
    }
    const place = locateField(input.doc, 'description', input.description);
    const quoted = `“${phrase.text}”`;
    const actual = n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
    if (n >= 1 && n <= MOST) return { score: 9, actual, expected, ...place, message: `Meta description has the keyphrase ${quoted} ${actual}` };
    if (n === 0) {
      return { score: 3, actual, expected, ...place, message: `Unexpected meta description without the keyphrase ${quoted}, expected it once or twice` };
    }
    return { score: 3, actual, expected, ...place, message: `Unexpected keyphrase ${quoted} ${actual} in the meta description, expected once or twice` };
  },
};
