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
  run({ input, measures, t }) {
    const m = t.keyphraseInMetaDescription;
    const phrase = measures.keyphrase;
    const expected = m.expected;
    if (phrase.content.length === 0) {
      return { score: 3, actual: m.noKeyphrase, expected, message: m.missingKeyphrase(expected) };
    }
    if (input.description.trim() === '') {
      return { score: 3, actual: m.noDescription, expected, message: m.emptyDescription };
    }
    let n = 0;
    for (const sentence of splitSentences(input.description, input.lang)) {
      n += matchesIn(textUnits(sentence.text, measures.splitHyphens), phrase.content);
    }
    const place = locateField(input.doc, 'description', input.description);
    const quoted = `“${phrase.text}”`;
    const actual = m.count(n);
    if (n >= 1 && n <= MOST) return { score: 9, actual, expected, ...place, message: m.good(quoted, actual) };
    if (n === 0) {
      return { score: 3, actual, expected, ...place, message: m.without(quoted) };
    }
    return { score: 3, actual, expected, ...place, message: m.tooOften(quoted, actual) };
  },
};
