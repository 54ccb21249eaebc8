/**
 * English words of phrase chunks and the main clause (`src/grammar/`). English noun phrases are head-last (`the new
 * export controls`), the passive is a form of `be`/`get` + participle (agent after `by`), and speech is reported before
 * (`X said (that) …`, `X told Y …`) or after the quote (`"…," X said.`, `"…," said X.`).
 */
import type { GrammarWords } from '../types.js';
import { determiners } from './determiners.js';
import { isPassive } from './passive.js';
import { reportingVerbs } from './reporting-verbs.js';
import { subordinators } from './subordinators.js';
import { verbMarkers } from './verb-markers.js';

/** As clause openers the headline subordinators lose the coordinator, the relativisers and the reporting words. */
const NOT_SUBORDINATING = new Set(['but', 'which', 'who', 'according', 'said', 'says']);

/** Words of capitals that are function words written loud (`NOT`, `ANY`), never an acronym. */
const LOUD_WORDS = new Set(['not', 'to', 'any', 'so', 'the', 'of', 'or', 'and', 'it', 'we', 'me', 'he', 'us', 'ok', 'no', 'up', 'in', 'on', 'at', 'a', 'an', 'is', 'be', 'do', 'go', 'if', 'my', 'all', 'too', 'two', 'one', 'off', 'out', 'for', 'by', 'as']);

/**
 * An acronym is a noun, whatever the tagger made of its capitals (`US TV/PART show`, `MPs/PRON criticised`, `But
 * TV/NUM viewers`): news names things by their initials, which the treebank's model reads as numerals and particles. A
 * Roman numeral, a function word in capitals and a word among others in capitals (a shouted line, a game's title)
 * keep their tag.
 */
function acronymTag(words: readonly string[], tags: readonly string[], i: number): string {
  const t = tags[i]!;
  const w = words[i] ?? '';
  if (!['NUM', 'PART', 'PRON', 'DET', 'ADP', 'VERB', 'ADV', 'X', 'SYM'].includes(t)) return t;
  if (!/^\p{Lu}{2,5}s?$/u.test(w) || /^[IVXLCDM]+$/u.test(w) || LOUD_WORDS.has(w.toLowerCase())) return t;
  const loud = (x: string | undefined): boolean => x !== undefined && /^\p{Lu}{2,}$/u.test(x);
  // (`US TV show` is two acronyms; `KNIGHTS OF THE OLD REPUBLIC` a line in capitals.)
  if ([i - 2, i - 1, i + 1, i + 2].filter((j) => loud(words[j])).length >= 2) return t;
  return /s$/u.test(w) ? 'NOUN' : 'PROPN';
}

/**
 * The first words of prepositions written as two (`thanks to`, `due to`): a preposition, whatever the tagger made of
 * it (`profit thanks/NOUN to cost-cutting`), so that the noun phrase before ends there.
 */
/**
 * Prepositions the treebank tags as subordinators before a gerund (`banned from/SCONJ playing`, `arrested for/SCONJ
 * violating`): a preposition, whose phrase goes on with its act, not a clause of its own (`after`, `before`, `since`
 * keep their tag: they open a clause of time; so do `by`, `at`, `on`, whose act may need a second complement,
 * `by putting deaf people in touch`, or make a verb of its own, `carried on rising`).
 */
const GERUND_PREPOSITIONS = new Set(['for', 'from', 'of', 'about', 'without', 'against']);

const COMPOUND_PREPOSITIONS = new Set(['thanks to', 'due to', 'owing to', 'according to', 'prior to', 'ahead of', 'instead of', 'because of']);

export const grammar: GrammarWords = {
  // A capitalised modifier right after a name that no noun follows is part of the name (`Dundee United/ADJ eased`,
  // `Leeds United/ADJ have`): an English modifier comes before its noun, never last in the phrase.
  // (And `aged` before a number says how old, no verb: `who died in 1994 aged 72` is no `Nogar ages 72`.)
  retag: (words, tags) => tags.map((t, i) => (t === 'ADJ' && i > 0 && tags[i - 1] === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(words[i] ?? '') &&
    !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tags[i + 1] ?? '') ? 'PROPN'
    : words[i]?.toLowerCase() === 'aged' && /^\d/u.test(words[i + 1] ?? '') ? 'ADJ'
    : COMPOUND_PREPOSITIONS.has(`${words[i]?.toLowerCase()} ${words[i + 1]?.toLowerCase()}`) ? 'ADP'
    : t === 'SCONJ' && GERUND_PREPOSITIONS.has(words[i]!.toLowerCase()) && tags[i + 1] === 'VERB' && /\p{L}{2,}ing$/u.test(words[i + 1] ?? '') ? 'ADP' : acronymTag(words, tags, i))),
  headPosition: 'last',
  verbGroupWords: new Set([
    ...verbMarkers,
    'not', "n't", 'never', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re",
    "'ve", "'d", "'ll", 'do', "hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "don't",
  ]),
  infinitiveMarkers: new Set(['to']),
  // (And the past participles that are never a past tense: `Keanu Reeves, best known for …, has been awarded`.)
  nonFinite: /^(?:[a-z]+ing|known|shown|drawn|grown|thrown|flown|blown|sworn|torn|worn|born|given|taken|written|driven|chosen|spoken|broken|stolen|frozen|beaten|forgotten|hidden|ridden|risen|fallen|shaken|eaten|seen|done|gone|been)$/u,
  participle: /^[a-z-]+(?:ed|ing|en|wn)$/u,
  irregularParticiples: new Set(['sent', 'made', 'built', 'found', 'held', 'paid', 'sold', 'told', 'brought', 'bought', 'caught', 'taught', 'left', 'kept', 'lost', 'set', 'put', 'cut', 'hit', 'led', 'won', 'spent', 'meant', 'heard', 'run', 'struck', 'shut', 'sought', 'thought', 'fought']),
  isPassive,
  expletives: new Set(['there']),
  auxInversion: true,
  agentMarkers: new Set(['by']),
  bareAgent: false,
  timeClauses: new Set(['after', 'before', 'since', 'until']),
  subordinators: new Set([
    ...subordinators.filter((w) => !NOT_SUBORDINATING.has(w)),
    'if', 'as', 'once', 'whether', 'whenever', 'wherever', 'so', 'lest', 'than',
  ]),
  // (`what` opens a clause that stands for a noun: `spy on what people do with their PCs` holds no main clause.)
  relativisers: new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'what']),
  ambiguousRelativisers: new Set(['that', 'where']),
  complementisers: new Set(['that']),
  determiners: new Set([...determiners, 'both', 'all', 'several', 'many', 'few', 'another', 'other', 'such', 'whose']),
  titles: new Set([
    'president', 'vice', 'prime', 'minister', 'secretary', 'governor', 'mayor', 'senator', 'sen', 'rep',
    'representative', 'gen', 'general', 'lt', 'col', 'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral',
    'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'dr', 'mr', 'mrs', 'ms', 'miss',
    'sir', 'lord', 'lady', 'dame', 'prof', 'professor', 'chief', 'coach', 'manager', 'officer', 'detective', 'inspector',
    'sheriff', 'speaker', 'ambassador', 'commissioner', 'chairman', 'chairwoman', 'ceo', 'st', 'saint', 'father',
    'sister', 'brother', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'reverend', 'rev', 'defendant',
    // Roles news writes before a name (`Chelsea striker Didier Drogba`).
    'director', 'spokesman', 'spokeswoman', 'boss', 'chair', 'executive', 'analyst', 'economist', 'striker',
    'midfielder', 'defender', 'goalkeeper', 'winger', 'actor', 'actress', 'singer', 'star', 'leader', 'founder',
  ]),
  institutions: new Set([
    'ministry', 'department', 'office', 'committee', 'council', 'commission', 'agency', 'authority', 'party', 'university',
    'college', 'school', 'court', 'bank', 'board', 'bureau', 'institute', 'foundation', 'association', 'federation',
    'union', 'corporation', 'company', 'group', 'government', 'parliament', 'assembly', 'police', 'service',
  ]),
  classifiers: new Set(['percent', 'per', 'cent', 'pounds', 'dollars', 'euros', 'hectares', 'acres', 'tonnes', 'tons']),
  reportingVerbs: new Set(reportingVerbs),
  complementVerbs: new Set([
    'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'expect', 'expects', 'expected', 'hope', 'hopes',
    'hoped', 'feel', 'feels', 'felt', 'know', 'knows', 'knew', 'suggest', 'suggests', 'suggested', 'show', 'shows',
    'showed', 'mean', 'means', 'meant', 'fear', 'fears', 'feared', 'guess', 'suppose', 'doubt', 'doubts', 'wish',
    'assume', 'assumed', 'realize', 'realized', 'predict', 'predicted', 'estimate', 'estimated', 'ensure', 'ensured',
  ]),
  invertedReporting: new Set(['said', 'says', 'added', 'explained', 'noted', 'wrote', 'warned', 'insisted', 'asked', 'continued']),
  fusedReporting: new Set(),
  timeWords: new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night']),
  speakerPronouns: new Set(['he', 'she']),
  intentPronouns: {
    pronouns: new Set(['it', 'they']),
    modals: new Set(['will']),
    verbs: new Set(['expects', 'expect', 'plans', 'plan', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'wants', 'want', 'planned', 'intended', 'expected', 'wanted', 'hoped', 'aimed', 'considering', 'planning']),
  },
  attribution: [['according', 'to']],
};
