/**
 * The shape of a message catalogue: every sentence an assessment may say, as a function of what it measured. Each
 * language with messages implements it in `src/lang/<code>/messages.ts` (the compiler then checks that every
 * message exists in every language; a test checks the same at run time). Rule ids stay English in every language.
 */

/** Words for counts and shares, shared by the rules' messages. */
export interface Units {
  /** `3 words`. */
  words(n: number): string;
  /** `1 time`, `3 times`. */
  times(n: number): string;
  /** `120 characters`. */
  characters(n: number): string;
  /** `2 content words`. */
  contentWords(n: number): string;
  /** `12.5%` (one decimal at most; the language's decimal mark). */
  percent(n: number): string;
}

/** Messages of the SEO rules. */
export interface SeoMessages {
  keyphraseLength: {
    expected(max: number): string;
    noKeyphrase: string;
    good(actual: string): string;
    bad(actual: string, max: number): string;
    missing(expected: string): string;
  };
  keyphraseInTitle: {
    expected: string;
    noKeyphrase: string;
    noTitle: string;
    missingKeyphrase(expected: string): string;
    emptyTitle(expected: string): string;
    atStart: string;
    good(phrase: string): string;
    after(words: number): string;
    late(phrase: string, words: number): string;
    apart: string;
    wordsApart(phrase: string): string;
    missing: string;
    without(phrase: string): string;
  };
  keyphraseInIntroduction: {
    expected: string;
    noKeyphrase: string;
    noText: string;
    missingKeyphrase(expected: string): string;
    noParagraphs(expected: string): string;
    inOneSentence: string;
    good(phrase: string): string;
    spread: string;
    spreadOver(phrase: string): string;
    missing: string;
    without(phrase: string): string;
  };
  keyphraseInMetaDescription: {
    expected: string;
    noKeyphrase: string;
    noDescription: string;
    missingKeyphrase(expected: string): string;
    emptyDescription: string;
    /** `once`, `twice`, `3 times`. */
    count(n: number): string;
    good(phrase: string, count: string): string;
    without(phrase: string): string;
    tooOften(phrase: string, count: string): string;
  };
  keyphraseInSlug: {
    expected(all: boolean): string;
    noKeyphrase: string;
    noSlug: string;
    missingKeyphrase(expected: string): string;
    emptySlug(expected: string): string;
    actual(found: number, of: number): string;
    good(slug: string, actual: string): string;
    bad(slug: string, actual: string, expected: string): string;
  };
  keyphraseInSubheadings: {
    expected(minShare: number, maxShare: number): string;
    noKeyphrase: string;
    noText: string;
    unmeasurable(missingKeyphrase: boolean, expected: string): string;
    noSubheadings: string;
    shortEnough(words: number): string;
    without(words: number): string;
    actual(m: number, n: number): string;
    /** `1 of 1`, `2 of 4`, `2–3 of 4`. */
    range(low: number, high: number, n: number): string;
    tooFew(actual: string, range: string): string;
    tooMany(actual: string, high: number): string;
    good(actual: string): string;
    none(range: string): string;
  };
  keyphraseDensity: {
    unmeasurable: string;
    range(min: number, max: number): string;
    noKeyphrase(range: string): string;
    emptyText(range: string): string;
    actual(n: number, words: number): string;
    expected(low: number, high: number): string;
    good(phrase: string, n: number, density: string, words: number): string;
    tooFew(phrase: string, actual: string, low: number): string;
    tooMany(phrase: string, actual: string, high: number): string;
  };
  titleWidth: {
    expected(maxWidth: number, maxChars: number): string;
    noTitle: string;
    empty(expected: string): string;
    actual(width: number, chars: number): string;
    good(actual: string): string;
    bad(actual: string, expected: string): string;
  };
  metaDescriptionLength: {
    expected(min: number, max: number): string;
    empty(expected: string): string;
    tooShort(actual: string, min: number): string;
    tooLong(actual: string, max: number): string;
    good(actual: string): string;
  };
  textLength: {
    expected(min: number): string;
    good(actual: string): string;
    bad(actual: string, expected: string): string;
  };
  singleH1: {
    actual(n: number): string;
    expected: string;
    one: string;
    none: string;
    bad(actual: string, expected: string): string;
  };
}

/** Messages of the readability rules, with the notes and fix hints for the writer. */
export interface ReadabilityMessages {
  subheadingDistribution: {
    expected(max: number): string;
    short(words: number): string;
    withoutActual(words: number): string;
    without(words: number, expected: string): string;
    opening(actual: string, expected: string): string;
    good(actual: string): string;
    under(heading: string): string;
    beforeFirst: string;
    bad(actual: string, where: string, expected: string): string;
  };
  paragraphLength: {
    expected(max: number): string;
    good: string;
    others(n: number): string;
    bad(actual: string, expected: string, others: string): string;
  };
  sentenceLength: {
    actual(share: number, maxWords: number): string;
    expected(maxShare: number): string;
    good(share: number, maxWords: number): string;
    bad(actual: string, expected: string): string;
    note(words: number, quoted: string, maxWords: number): string;
    noteExpected(maxWords: number): string;
    /** The hint: split the sentence before `at` (a few words around the clause boundary). */
    split(at: string, first: number, second: number): string;
  };
  transitionWords: {
    actual(share: number): string;
    expected(minShare: number): string;
    tooShort(words: number): string;
    good(share: number): string;
    bad(actual: string, expected: string): string;
  };
  passiveVoice: {
    actual(share: number): string;
    expected(maxShare: number): string;
    good(share: number): string;
    bad(actual: string, expected: string): string;
    note(quoted: string): string;
    notePassive: string;
    noteActive: string;
    /**
     * The hint: the passive verb, who did it (when the sentence says) and the active form of the verb (when the
     * language knows it: `ditangkap` → `menangkap`).
     */
    hint(verb: string, agent: string | undefined, active: string | undefined): string;
    /** `expected` of a note: the agent as subject of the active verb. */
    active(verb: string, agent: string | undefined, active: string | undefined): string;
  };
  sentenceOpenings: {
    expected(max: number): string;
    actual(n: number): string;
    good: string;
    runs(n: number): string;
    bad(n: number, opening: string, expected: string, more: string): string;
    /** A note per run: its sentences. */
    note(n: number, opening: string): string;
    sentences(list: readonly string[]): string;
  };
}

/** Everything a language says in the rules' messages. */
export interface Catalogue extends SeoMessages, ReadabilityMessages {
  /** The language's code (`id`, `en`). */
  code: string;
  units: Units;
  /** `check` on a Markdown file without a focus keyphrase: which fields were looked at, and the one extracted. */
  guessedKeyphrase(fields: string, keyphrase: string): string;
  /** `check` on an article in a language without a pack of its own: generic rules were used. */
  genericLanguage(code: string): string;
}
