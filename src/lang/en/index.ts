import { stemmer } from 'stemmer';
import type { LanguagePack } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { nonArticle } from './non-article.js';
import { commonWords, genericWords } from './keyphrase-words.js';
import { isPassive } from './passive.js';
import { stopwords } from './stopwords.js';
import { subordinators } from './subordinators.js';
import { thresholds } from './thresholds.js';
import { transitionWords } from './transitions.js';

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  locale: 'en_US',
  stopwords,
  genericWords,
  commonWords,
  stem: (word) => stemmer(word),
  abbreviations,
  transitionWords,
  isPassive,
  nonArticle,
  thresholds,
  words: { and: 'and', subordinators },
};
