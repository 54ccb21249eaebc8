/** English lines of the rewrite's "changed" list and removal reasons (the shape is `ChangeWords` in `src/pipeline/change-words.ts`). */
import type { ChangeWords } from '../../pipeline/change-words.js';

/** `1 sentence`, `2 sentences`: English adds -s for every count but one. */
const s = (n: number, word: string, plural = `${word}s`): string => `${n} ${n === 1 ? word : plural}`;

export const changeWords: ChangeWords = {
  code: 'en',
  glued: (n) => `separated ${s(n, 'glued sentence')}`,
  entities: (n) => `decoded ${s(n, 'HTML character reference')}`,
  furniture: (n) => `removed ${s(n, 'page-furniture label')} (Advertisement, Scroll down for video…) between sentences`,
  whitespace: (n) => `cleaned stray whitespace in ${s(n, 'paragraph')}`,
  headline: 'read the first line as the headline',
  writerSubheadings: (n) => `kept ${s(n, 'short line')} between paragraphs as the writer's subheading${n === 1 ? '' : 's'}`,
  removed: (n) => `removed ${s(n, 'sentence')} that ${n === 1 ? 'is' : 'are'} not article content`,
  readerNotes: (n) => `moved ${s(n, 'note')} to the reader (a content warning or help line) to the end, so the lead is the story`,
  split: (n, max) => `split ${s(n, 'paragraph')} over ${max} words at sentence boundaries`,
  sections: (n) => `grouped the body into ${s(n, 'section')} with subheadings`,
  title: 'added a title built from the lead and keyphrases',
  description: 'added a meta description from the opening sentences',
  slug: 'added a slug',
  frontMatterCreated: 'created a YAML front matter',
  frontMatterAdded: (fields) => `front matter: added ${fields}`,
  frontMatterChanged: (fields) => `front matter: changed ${fields}`,
  frontMatterKept: (fields, overwrite) => `front matter: kept ${fields} as written${overwrite ? ' (not editable in place)' : ' (--overwrite replaces them)'}`,
  h1Added: 'added the title as the H1',
  splitAt: (line, words, max, parts) => `split the paragraph at line ${line} (${words} words, over ${max}) into ${parts} between sentences`,
  subheadingAt: (text, depth, line) => `added the subheading “${text}” (H${depth}) at line ${line}`,
  leftOut: (what) => `left out the ${what === 'splits' ? 'paragraph splits' : 'subheadings'} (the file would have parsed otherwise)`,
  unchanged: 'everything else in the file is unchanged, byte for byte',
  reasons: {
    'seo-instruction': 'instruction about SEO or keywords, not article content',
    'cross-promotion': 'cross-promotion line, not article content',
    'embedded-media': 'embedded media or promotion, not article content',
    'subscription-prompt': 'subscription prompt, not article content',
  },
  focus: {
    given: 'given by the writer',
    fallback: 'the best keyphrase (no candidate fits as a focus)',
    none: 'no keyphrase found',
    remaining: 'the best remaining candidate',
    headline: (standIn) => (standIn ? "in the lead's headline" : "in the writer's headline"),
    subject: "the subject of the lead's main clause",
    firstSentence: 'in the first sentence',
    intro: 'in the first paragraph',
    rank: (n) => `keyphrase rank ${n}`,
    written: (n) => `written ${n} time${n === 1 ? '' : 's'}`,
    name: 'a name',
    acronym: 'an acronym',
    shortName: 'the short name the article uses',
    fits: "density in Yoast's range",
    summary: (reasons, score, next) => `${reasons}; score ${score}${next === undefined ? '' : `, next “${next}”`}`,
  },
};
