import { stemmer } from 'stemmer';
import type { LanguagePack } from '../types.js';
import { memoStem } from '../memo-stem.js';
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
import { reportingVerbs } from './reporting-verbs.js';
import { readerNotes } from './reader-notes.js';
import { isPassive } from './passive.js';
import { grammar } from './grammar.js';
import { headline } from './headline.js';
import { isVerbOrAdverb } from './word-forms.js';
import { stopwords } from './stopwords.js';
import { frequentNouns } from './frequent-nouns.js';
import { newsWords } from './news-words.js';
import { sourceMarkers } from './source-markers.js';
import { focusOverusedCost, focusWeights } from './focus-model.js';
import { titleWeights } from './title-model.js';
import { subordinators } from './subordinators.js';
import { thresholds } from './thresholds.js';
import { tagger } from './tagger.js';
import { titleMinorWords } from './title-case.js';
import { transitionWords } from './transitions.js';

// Porter stems, remembered (stemming was 5 % of a rewrite before).
const stem = memoStem((word) => stemmer(word));

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  locale: 'en_US',
  stopwords,
  detectionWords,
  genericWords,
  frequentNouns: new Set([...frequentNouns, ...newsWords]),
  sourceMarkers: new Set(sourceMarkers),
  focusWeights,
  focusOverusedCost,
  titleWeights,
  commonWords,
  modifiers,
  determiners: new Set(determiners),
  verbMarkers: new Set(verbMarkers),
  reportingVerbs: new Set(reportingVerbs),
  readerNotes,
  modifierPosition: 'before',
  isVerbOrAdverb,
  verbLike: /^[a-z][a-z-]{2,}(?:ing|ed)$/u,
  stem,
  abbreviations,
  transitionWords,
  isPassive,
  nonArticle,
  titleMinorWords: new Set(titleMinorWords),
  tagger,
  grammar,
  headline,
  headlineCase: 'sentence',
  thresholds,
  words: { and: 'and', subordinators, relatives: ['which', 'who', 'that'], copulas: ['is', 'was', 'are', 'were', 'has', 'have', 'will'], leadIns: new Set(leadIns), connectives: new Set(connectives), clauseBreaks: new Set(clauseBreaks), headlineOmit },
};
