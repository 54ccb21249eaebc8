import { createRequire } from 'node:module';
import type { LanguagePack } from '../types.js';
import { memoStem } from '../memo-stem.js';
import { abbreviations } from './abbreviations.js';
import { detectionWords } from './detection-words.js';
import { nonArticle } from './non-article.js';
import { commonWords, genericWords, keyphraseWeights, modifiers } from './keyphrase-words.js';
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
import { bareForm, isVerbOrAdverb } from './word-forms.js';
import { stopwords } from './stopwords.js';
import { frequentNouns } from './frequent-nouns.js';
import { newsWords } from './news-words.js';
import { sourceMarkers } from './source-markers.js';
import { focusOverusedCost, focusWeights } from './focus-model.js';
import { subordinators } from './subordinators.js';
import { thresholds } from './thresholds.js';
import { tagger } from './tagger.js';
import { titleMinorWords } from './title-case.js';
import { transitionWords } from './transitions.js';

interface SnowballStemmer {
  stemWord(word: string): string;
}
// The Snowball Indonesian stemmer (MIT) shipped by @nlpjs/lang-id; loaded alone to keep start-up fast.
const require = createRequire(import.meta.url);
const Stemmer = require('@nlpjs/lang-id/src/indonesian-stemmer.js') as new () => SnowballStemmer;
const snowball = new Stemmer();
const stem = memoStem((word) => (/^[a-z]+$/u.test(word) ? snowball.stemWord(word) : word));

export const id: LanguagePack = {
  code: 'id',
  name: 'Indonesian',
  locale: 'id_ID',
  stopwords,
  detectionWords,
  genericWords,
  frequentNouns: new Set([...frequentNouns, ...newsWords]),
  sourceMarkers: new Set(sourceMarkers),
  focusWeights,
  focusOverusedCost,
  focusRecurring: true,
  commonWords,
  modifiers,
  modifierPosition: 'after',
  isVerbOrAdverb,
  bareForm: (word: string) => bareForm(word, stem),
  keyphraseWeights,
  verbMarkers: new Set(verbMarkers),
  reportingVerbs: new Set(reportingVerbs),
  readerNotes,
  stem,
  abbreviations,
  transitionWords,
  isPassive,
  nonArticle,
  titleMinorWords: new Set(titleMinorWords),
  tagger,
  grammar,
  headline,
  thresholds,
  words: { and: 'dan', subordinators, relatives: ['yang'], copulas: ['merupakan', 'adalah', 'ialah', 'menjadi'], leadIns: new Set(leadIns), connectives: new Set(connectives), clauseBreaks: new Set(clauseBreaks), headlineOmit },
};
