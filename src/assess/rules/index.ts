/**
 * The rule registry: one entry per rule module, SEO first, then readability. Order is the order of the report.
 */
import type { Rule } from '../types.js';
import { keyphraseDensity } from './keyphrase-density.js';
import { keyphraseInIntroduction } from './keyphrase-in-introduction.js';
import { keyphraseInMetaDescription } from './keyphrase-in-meta-description.js';
import { keyphraseInSlug } from './keyphrase-in-slug.js';
import { keyphraseInSubheadings } from './keyphrase-in-subheadings.js';
import { keyphraseInTitle } from './keyphrase-in-title.js';
import { keyphraseLength } from './keyphrase-length.js';
import { metaDescriptionLength } from './meta-description-length.js';
import { paragraphLength } from './paragraph-length.js';
import { passiveVoice } from './passive-voice.js';
import { sentenceLength } from './sentence-length.js';
import { sentenceOpenings } from './sentence-openings.js';
import { singleH1 } from './single-h1.js';
import { subheadingDistribution } from './subheading-distribution.js';
import { textLength } from './text-length.js';
import { titleWidth } from './title-width.js';
import { transitionWords } from './transition-words.js';

/** Every rule, in report order. */
export const rules: readonly Rule[] = [
  keyphraseLength,
  keyphraseInTitle,
  keyphraseInIntroduction,
  keyphraseInMetaDescription,
  keyphraseInSlug,
  keyphraseInSubheadings,
  keyphraseDensity,
  titleWidth,
  metaDescriptionLength,
  textLength,
  singleH1,
  subheadingDistribution,
  paragraphLength,
  sentenceLength,
  transitionWords,
  passiveVoice,
  sentenceOpenings,
];
