/**
 * Section headings cut from the section's own sentences, the way a sub-editor writes a subhead: the opening words
 * of a main clause that names what the section is about ("Program Pemutihan Pajak Kendaraan yang Digelar Pemprov
 * Jatim"). A whole main clause qualifies, or its opening words cut right before one of the language's clause breaks
 * ("Pemerintah Membangun Sekolah Unggulan" from "… sekolah unggulan di Papua"): no quotation (spoken words make
 * poor subheads), no opening pronoun, conjunction, subordinator or verb, no closing function word or verb, four to
 * nine words, naming at least one of the section's salient phrases. A section without such a clause gets a heading
 * from its phrases instead (see `headings.ts`).
 */
import type { LanguagePack } from '../lang/types.js';
import { headlineCasing } from './casing.js';
import { balanced, compressed, headlineClauses, withoutRelative } from './clauses.js';
import { countRun, lowerWords } from './match.js';
import { verbForm } from '../keyphrases/nominal.js';

/** Sentences of a section looked at, from its start. */
const SENTENCES = 4;
const MIN_WORDS = 4;
const MAX_WORDS = 9;
/** Shorter cuts read as fragments. */
const MIN_CHARS = 25;

/**
 * Quotation marks, and apostrophes used as quotes: a sentence with one reports speech. An apostrophe between two
 * letters (`Page’s`, `don't`, `Jum'at`) is part of a word.
 */
const QUOTE = /["“”«»]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/u;

export interface ClauseHeadingInput {
  /** The section's sentences, in order. */
  sentences: readonly string[];
  /** Lowercased words of the section. */
  sectionWords: readonly string[];
  /** The section's salient phrases (lowercased words each), best first: a heading names one of them. */
  salient: readonly (readonly string[])[];
  /** Lowercased words of the article's keyphrases. */
  keywords: ReadonlySet<string>;
  /** When given, the heading must contain this phrase (lowercased words). */
  require?: readonly string[];
  maxChars: number;
  lang: LanguagePack;
}

/** What a cut inside a clause costs against the whole clause, in score units (about one salient rank). */
const CUT_COST = 0.5;

/**
 * The clause whole, then the cuts that end it right before one of the language's clause breaks (`untuk`, `after`):
 * "Pemerintah menaikkan anggaran subsidi energi untuk rumah tangga miskin" gives "Pemerintah menaikkan anggaran
 * subsidi energi". The breaks are words that open an adjunct, not ones that complete what precedes (`of`, `dari`,
 * `agar`), so `Calhoun told the NCAA that Moore` is no cut and `Calhoun told the NCAA` is; nor right after a comma.
 */
function cuts(source: string, lang: LanguagePack): { text: string; whole: boolean }[] {
  const whole = source.replace(/[,;:]+$/u, '');
  const out = [{ text: whole, whole: true }];
  const tokens = whole.split(/\s+/u);
  for (let n = MIN_WORDS; n < tokens.length; n++) {
    const next = tokens[n]!;
    if (!lang.words.clauseBreaks.has(next.toLowerCase()) || /[,;:]$/u.test(tokens[n - 1]!)) continue;
    out.push({ text: tokens.slice(0, n).join(' '), whole: false });
  }
  return out;
}

/** True when a word may open a heading: not a function word, a generic word or a verb form. */
function opens(word: string, lang: LanguagePack): boolean {
  const lower = word.toLowerCase();
  if (lang.stopwords.has(lower) || lang.genericWords?.has(lower)) return false;
  return /^\p{Lu}/u.test(word) || !verbForm(lower, lang);
}

/**
 * True when a word may close a heading: a noun or a name, not a function word (the clause would go on), a verb form
 * or a generic word ("telah Berkomitmen").
 */
function closes(word: string, lang: LanguagePack): boolean {
  const lower = word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  const letters = lower.replace(/-/gu, '');
  if (letters === '' || lang.stopwords.has(letters) || lang.genericWords?.has(lower)) return false;
  return (/^\p{Lu}/u.test(word) && !/^\p{Lu}\p{Ll}/u.test(word)) || !verbForm(lower, lang);
}

/**
 * The words of a cut without those that point back, as a headline leaves them out (`RUU Ini Dapat Mendorong …` →
 * `RUU Dapat Mendorong …`); not the first or last, nor one after a time or a function word, whose phrase it ends
 * (`Sejauh ini`, `saat ini`).
 */
function withoutPointers(words: readonly string[], lang: LanguagePack): string[] {
  const pointing = (w: string): boolean => lang.headline?.pointers.has(w.toLowerCase()) === true && lang.headline.dropDeterminers?.has(w.toLowerCase()) === true;
  const timeOrFunction = (w: string): boolean => lang.stopwords.has(w.toLowerCase()) || lang.grammar?.timeWords?.has(w.toLowerCase()) === true;
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !pointing(w) || timeOrFunction(words[i - 1]!));
}

/** The best clause heading of a section, in title case, or undefined when no cut is clean enough. */
export function clauseHeading(input: ClauseHeadingInput): string | undefined {
  const { lang } = input;
  let best: { text: string; score: number } | undefined;
  input.sentences.slice(0, SENTENCES).forEach((sentence, index) => {
    if (QUOTE.test(sentence)) return;
    // As for a title: past an adverbial lead-in (`Berdasarkan penjelasan analis, strategi China…`), brackets and
    // a relative clause between commas; never a sentence opening with a conjunction or a pronoun.
    const sources = headlineClauses(sentence, lang)
      .flatMap((clause) => [clause, withoutRelative(clause, lang)])
      .filter((s): s is string => s !== undefined)
      .flatMap((s) => [s, compressed(s, lang)])
      .filter((s): s is string => s !== undefined);
    for (const { text: written, whole } of sources.flatMap((source) => cuts(source, lang))) {
      const all = written.split(/\s+/u);
      const tokens = withoutPointers(all, lang);
      const cut = tokens.join(' ');
      if (tokens.length < MIN_WORDS || all.length > MAX_WORDS || cut.length < MIN_CHARS || cut.length > input.maxChars) continue;
      if (!balanced(cut) || !opens(tokens[0] ?? '', lang) || !closes(tokens[tokens.length - 1] ?? '', lang)) continue;
      const words = lowerWords(cut);
      // Reported speech (`said`, `kata`, `menegaskan`), vague words and subordinate clauses ("Seiring Bumi semakin
      // panas", "Hours before the attack") make poor subheads.
      const bare = tokens.map((t) => t.toLowerCase().replace(/[^\p{L}]/gu, ''));
      if (lang.words.subordinators.includes(bare[0] ?? '')) continue;
      if (bare.some((t, i) => (i === 0 || /^\p{Ll}/u.test(tokens[i] ?? '')) && lang.genericWords?.has(t) === true)) continue;
      if (input.require && countRun(words, input.require) === 0) continue;
      const named = input.salient.findIndex((phrase) => countRun(words, phrase) > 0);
      if (named < 0) continue;
      const content = words.filter((w) => !lang.stopwords.has(w));
      const coverage = content.filter((w) => input.keywords.has(w)).length / Math.max(1, content.length);
      const local = content.reduce((sum, w) => sum + Math.log(1 + countRun(input.sectionWords, [w])), 0) / Math.max(1, content.length);
      // Names a salient phrase (the first best), is made of the article's keywords and of words the section
      // repeats, comes early in the section, and is long enough to say something.
      const score = 1.5 / (1 + named) + 2 * coverage + local - 0.4 * index + cut.length / input.maxChars - (whole ? 0 : CUT_COST);
      if (!best || score > best.score + 1e-9) best = { text: cut, score };
    }
  });
  return best && headlineCasing(best.text, lang);
}
