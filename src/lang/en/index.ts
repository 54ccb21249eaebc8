import { stemmer } from 'stemmer';
import type { LanguagePack } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { detectionWords } from './detection-words.js';
import { determiners } from './determiners.js';
import { nonArticle } from './non-article.js';
import { commonWords, genericWords, modifiers } from './keyphrase-words.js';
import { clauseBreaks } from './clause-breaks.js';
import { headlineOmit } from './headline-omit.js';
import { connectives } from './connectives.js';
import { leadIns } from './lead-ins.js';
import { verbMarkers } from './verb-markers.js';
import { isPassive } from './passive.js';
import { isVerbOrAdverb } from './word-forms.js';
import { stopwords } from './stopwords.js';
import { subordinators } from './subordinators.js';
import { thresholds } from './thresholds.js';
import { titleMinorWords } from './title-case.js';
import { transitionWords } from './transitions.js';

/**
 * Porter stems, remembered: news repeats its words, and the stemmer is among the costliest steps per word (5 % of a
 * rewrite before this cache). Bounded, like the Indonesian one.
 */
const cache = new Map<string, string>();

function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  locale: 'en_US',
  stopwords,
  detectionWords,
  genericWords,
  commonWords,
  modifiers,
  determiners: new Set(determiners),
  verbMarkers: new Set(verbMarkers),
  modifierPosition: 'before',
  isVerbOrAdverb,
  verbLike: /^[a-z][a-z-]{2,}(?:ing|ed)$/u,
  stem,
  abbreviations,
  transitionWords,
  isPassive,
  nonArticle,
  titleMinorWords: new Set(titleMinorWords),
  thresholds,
  words: { and: 'and', subordinators, relatives: ['which', 'who', 'that'], copulas: ['is', 'was', 'are', 'were', 'has', 'have', 'will'], leadIns: new Set(leadIns), connectives: new Set(connectives), clauseBreaks: new Set(clauseBreaks), headlineOmit },
};
