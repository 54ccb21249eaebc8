/**
 * The contract of a language pack. Everything language-specific lives in `src/lang/<code>/` and is
 * reached only through this interface, so adding a language means adding a folder.
 */
import type { AffixSpec } from '../grammar/tagger/features.js';
import type { GrammarWords } from './grammar-types.js';
import type { HeadlineRegister } from './headline-types.js';

export type { HeadlineRegister, HeadlineVerbInfo } from './headline-types.js';
export type { GrammarWords } from './grammar-types.js';

/** Per-language thresholds of the assessments (Yoast's published values are the reference). */
export interface Thresholds {
  /** Keyphrase density in percent of words: good inside [min, max]. */
  keyphraseDensity: { min: number; max: number };
  /** Meta description length in characters: good inside [min, max]. */
  metaDescription: { min: number; max: number };
  /** SEO title: at most `maxChars` characters and `maxWidth` pixels (Arial 20px as Yoast measures). */
  title: { maxChars: number; maxWidth: number; minWidth: number };
  /** Slug length in characters. */
  slug: { maxChars: number };
  /** A paragraph over `max` words is too long. */
  paragraphWords: { max: number };
  /** A sentence over `maxWords` words is long; good while at most `maxShare` % of sentences are long. */
  sentenceLength: { maxWords: number; maxShare: number };
  /** Text between subheadings: at most `max` words. */
  subheadingWords: { max: number };
  /** Passive sentences: good while at most `maxShare` %. */
  passive: { maxShare: number };
  /** Sentences with a transition word: good from `minShare` %. */
  transitions: { minShare: number };
  /** Consecutive sentences starting with the same word: at most `max` in a row. */
  consecutiveOpenings: { max: number };
  /** Text length in words: good from `min`. */
  textLength: { min: number };
  /** Keyphrase length in content words: good from 1 to `max`, ok up to `acceptableMax`, bad beyond. */
  keyphraseLength: { max: number; acceptableMax: number };
  /** Share (%) of H2/H3 subheadings that should reflect the keyphrase: good inside [minShare, maxShare]. */
  subheadingKeyphrase: { minShare: number; maxShare: number };
  /** Texts shorter than `words` words are not judged on transition words. */
  transitionsFrom: { words: number };
}

/** A language's part-of-speech tagger: a model file of `data/tagger/` and the affixes its training reads. */
export interface TaggerSpec {
  /** The model's file name in `data/tagger/`, without `.bin` (the language code). */
  model: string;
  /** Language-specific affix features; training copies them into the model, which tags with its own copy. */
  affixes: AffixSpec;
}


export interface LanguagePack {
  /** ISO 639-1 code, e.g. `id`. */
  code: string;
  /** English name, e.g. `Indonesian`. */
  name: string;
  /** Yoast locale used when comparing with the reference, e.g. `id_ID`. */
  locale: string;
  /**
   * Function words and stopwords, lowercased. No keyphrase starts or ends with one; a slug drops them.
   * Keep content words out (beware of generic lists: `new`, `world`, `year` are content words in news).
   */
  stopwords: ReadonlySet<string>;
  /**
   * Content words too generic to begin or end a keyphrase, lowercased: reporting verbs (`said`, `mengatakan`),
   * vague nouns and adverbs, weekdays and months. Unlike stopwords they may stay in a slug. Optional: a generic
   * language pack has none.
   */
  genericWords?: ReadonlySet<string>;
  /**
   * The language's most frequent common nouns and everyday news words, lowercased (from its UD treebank and from
   * news articles): a lone one is too generic to be a focus keyphrase (`uang`, `tersangka`, `money`); a noun
   * phrase holding one is fine (`uang palsu`). Optional.
   */
  frequentNouns?: ReadonlySet<string>;
  /**
   * Words that attribute a statement to a source standing right before or after them (`kata`, `ujar`, `menurut`;
   * `according`), lowercased; the reporting verbs count too. A name the article mostly writes beside one is a
   * quoted source, rarely what the story is about. Optional.
   */
  sourceMarkers?: ReadonlySet<string>;
  /**
   * Weights of the focus keyphrase model by feature name (see `src/focus/features.ts`), fitted to editors'
   * headlines by `npm run train:focus`. Optional: without them the model's prior applies.
   */
  focusWeights?: Readonly<Record<string, number>>;
  /**
   * What a focus candidate written more often than Yoast's density limit pays in the focus model's score, chosen by
   * `npm run train:focus` from the editors' headlines. Without it such a phrase comes after every other one.
   */
  focusOverusedCost?: number;
  /**
   * The story's subject comes back: a lone word the article writes once is a passing detail (`genap`, `sentuhan`)
   * and comes after every candidate but generic words. True for Indonesian news, whose editors' headlines name such
   * a word in 2 of 12 articles where the first candidate written twice is named in 7 (Detik dev set); not for
   * English (BBC), whose short articles often name the headline's word once (`Algeria`, `Oscars`).
   */
  focusRecurring?: boolean;
  /**
   * Weights of the title model by feature name (see `src/restructure/title-model.ts`), fitted to editors' headlines
   * by `npm run train:title`. Optional: without them the model's prior applies.
   */
  titleWeights?: Readonly<Record<string, number>>;
  /**
   * Frequent everyday words, lowercased (a broad list such as stopwords-iso's): a keyphrase may begin or end with
   * one (`New York`), but it ranks lower. Optional.
   */
  commonWords?: ReadonlySet<string>;
  /**
   * Lowercase words that qualify a noun (`digital`, `global`, `nasional`): a fine part of a keyphrase (`penipuan
   * digital`), a poor keyphrase alone, so a lone one ranks lower. Optional.
   */
  modifiers?: ReadonlySet<string>;
  /**
   * Where a modifier stands next to its noun: `before` (English `presidential run`, so a phrase may not end with
   * one) or `after` (Indonesian `penipuan digital`, so a phrase may not begin with one).
   */
  modifierPosition?: 'before' | 'after';
  /**
   * Determiners, lowercased: a word the article writes right after one is a noun whatever its form (`the
   * kidnapping`, `a warning`), so it may be a tag. Optional.
   */
  determiners?: ReadonlySet<string>;
  /**
   * Modal and aspect words, lowercased: a lowercase word the article writes right after one is a verb (`will
   * continue`, `sudah masuk`), so it is no tag and no heading term unless a determiner also makes it a noun.
   * Optional.
   */
  verbMarkers?: ReadonlySet<string>;
  /**
   * Verbs that report speech, lowercased (`said`, `mengatakan`): a title cut right after one has lost what was said.
   * Optional.
   */
  reportingVerbs?: ReadonlySet<string>;
  /**
   * True when a lowercase word is, by its form, an inflected verb or an adverb (`meningkatkan`, `reportedly`),
   * given its stem: keyphrases are rarely either, so they rank lower. Optional.
   */
  isVerbOrAdverb?(word: string, stem: string): boolean;
  /**
   * The word as a tag shows it, without a clitic the phrase does not need (Indonesian `suaminya` → `suami`,
   * `Twitternya` → `Twitter`); the word itself when there is none. Applied to the last word of a keyphrase.
   * Optional.
   */
  bareForm?(word: string): string;
  /**
   * Lowercase word shapes that are verb forms for naming purposes (English `-ing`, `-ed`): fine inside keyphrases,
   * but a heading or a focus keyphrase should not begin or end with one. Optional.
   */
  verbLike?: RegExp;
  /**
   * The language's most frequent function words (lowercased): a text where they make up a large share of the words
   * is in this language. Used for fast detection before the trigram detector.
   */
  detectionWords: readonly string[];
  /**
   * Weights of the keyphrase ranking that differ in this language, by name (see `RankingWeights` in
   * `src/keyphrases/ranking.ts`), e.g. `{ length: 0 }` where word length says little about rarity. Optional.
   */
  keyphraseWeights?: Readonly<Record<string, number>>;
  /** Reduce an inflected word (lowercased) to its stem, so that inflected forms group together. */
  stem(word: string): string;
  /**
   * Abbreviations that end in a period but do not end a sentence (`Dr`, `No`, `Jl`), without the period,
   * in their usual case. Matching is case-sensitive for all-caps entries and case-insensitive otherwise.
   */
  abbreviations: ReadonlySet<string>;
  /** Transition words and phrases, lowercased (single and multi-word). */
  transitionWords: readonly string[];
  /** True when the sentence is in the passive voice by this language's rules. */
  isPassive(words: readonly string[]): boolean;
  /**
   * Patterns of sentences that are not article content (instructions left by upstream tools, promo lines).
   * Each has a kind, by which the report says why it was removed.
   */
  nonArticle: readonly NonArticleRule[];
  /**
   * Patterns of the first sentence of a note to the reader (a content warning, a help-line notice): such a
   * paragraph is kept word for word but moved to the end of the article, so that it is never the lead. Optional.
   */
  readerNotes?: readonly RegExp[];
  /**
   * Words a headline keeps in lowercase unless they open it (articles, conjunctions, prepositions), lowercased.
   * Without it, title case keeps the stopwords in lowercase.
   */
  titleMinorWords?: ReadonlySet<string>;
  /**
   * The part-of-speech tagger of this language (see `src/grammar/tagger/`). Optional: without one, `tagWords`
   * returns undefined and callers keep their generic rules.
   */
  tagger?: TaggerSpec;
  /**
   * Words and rules of phrase chunks and the main clause (`src/grammar/`): without them (a generic pack) the grammar
   * functions find nothing. Optional.
   */
  grammar?: GrammarWords;
  /**
   * How the language's newsrooms case a headline: `title` (Indonesian: `Prabowo Teken Perpres`) or `sentence`
   * (English news: `Soldier acquitted over 1977 murder`). Default `title`.
   */
  headlineCase?: 'title' | 'sentence';
  /** The headline register's transforms (see `HeadlineRegister`). Optional: without it clauses stay as written. */
  headline?: HeadlineRegister;
  /** Assessment thresholds. */
  thresholds: Thresholds;
  /** Words used when building text from the article's own words (e.g. joining two heading terms). */
  words: {
    /** Coordinating "and", e.g. `dan`. */
    and: string;
    /**
     * Words that open a subordinate clause after a comma (`meskipun`, `yang`, `although`): a sentence cut before
     * one of them still has its main clause whole.
     */
    subordinators: readonly string[];
    /** Words that close a fronted adverbial and open the main clause (`Jika …, maka …`). Optional. */
  resultMarkers?: ReadonlySet<string>;
  /** Words that open a relative clause after a noun (`yang`, `which`), which a headline may leave out. */
    relatives: readonly string[];
    /** Copulas and main verbs that end such a relative clause (`merupakan`, `adalah`, `is`). */
    copulas: readonly string[];
    /**
     * Words a headline never opens with, lowercased: conjunctions and transitions (`namun`, `but`), prepositions
     * that open an adverbial lead-in (`di`, `on`), words pointing back (`ia`, `it`).
     */
    leadIns: ReadonlySet<string>;
    /**
     * Words, lowercased, that tie a sentence to the one before or point back at it (`namun`, `ia`, `but`, `this`):
     * a meta description avoids opening with one. Optional.
     */
    connectives?: ReadonlySet<string>;
    /**
     * Words before which a headline may end when it is cut from a longer clause (`untuk`, `after`): prepositions and
     * conjunctions opening an adjunct or a complement. Empty: headlines are whole clauses only.
     */
    clauseBreaks: ReadonlySet<string>;
    /**
     * What a headline may leave out of a clause (lowercase words; a pattern for time expressions, global, each
     * match starting with the white space before it): leading articles, adverbs, when it happened. Optional.
     */
    headlineOmit?: { leading: readonly string[]; words: readonly string[]; time: RegExp };
  };
}

/** Kinds of sentence that are not article content (stable codes: the JSON report's `removed[].kind`). */
export type NonArticleKind = 'seo-instruction' | 'cross-promotion' | 'embedded-media' | 'subscription-prompt';

/**
 * A kind of sentence that is not article content. `pattern` tests one sentence. A rule with `edge` applies only to
 * the article's first or last sentence, where an upstream tool leaves its instructions, and with `form` only to a
 * sentence shaped like an instruction: what an article is about (a post on SEO) never removes its sentences.
 */
export interface NonArticleRule {
  pattern: RegExp;
  /** What kind of sentence it is: the report says why it was removed by kind, in the report's language. */
  kind: NonArticleKind;
  edge?: boolean;
  form?: RegExp;
}
