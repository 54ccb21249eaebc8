import { fold } from '../keyphrase.js';
import { locateField } from '../locate.js';
import type { Rule } from '../types.js';

/** Yoast's fixed rule: a keyphrase shorter than this must be in the slug whole; a longer one needs over half its words. */
const SHORT = 3;

/**
 * The keyphrase in the slug. Mirrors Yoast's `slugKeyword`: slug words are split at hyphens and underscores and
 * compared with the keyphrase's content words (hyphens split here in every language, diacritics folded, as Yoast
 * does). A keyphrase of fewer than 3 words must be complete for good (9); a longer one needs more than half its
 * words; otherwise ok (6). No slug or keyphrase is bad (3).
 */
export const keyphraseInSlug: Rule = {
  id: 'keyphrase-in-slug',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'slugKeyword',
  docs: 'The slug has the words of the focus keyphrase.',
  run({ input, measures, t }) {
    const m = t.keyphraseInSlug;
    const words = measures.keyphrase.content.flatMap((w) => w.split('-')).filter((w) => w !== '').map(fold);
    const expected = m.expected(words.length < SHORT);
    if (words.length === 0) return { score: 3, actual: m.noKeyphrase, expected, message: m.missingKeyphrase(expected) };
    const slug = input.slug.trim();
    if (slug === '') return { score: 3, actual: m.noSlug, expected, message: m.emptySlug(expected) };
    const units = new Set(fold(slug.toLowerCase()).split(/[-_\s/]+/u));
    const found = words.filter((w) => units.has(w)).length;
    const share = Math.round((found / words.length) * 100);
    const good = words.length < SHORT ? share === 100 : share > 50;
    const actual = m.actual(found, words.length);
    const place = locateField(input.doc, 'slug', slug);
    if (good) return { score: 9, actual, expected, ...place, message: m.good(slug, actual) };
    return { score: 6, actual, expected, ...place, message: m.bad(slug, actual, expected) };
  },
};
