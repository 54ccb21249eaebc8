/** Whether a phrase names a thing (a subject for a heading or a focus keyphrase) rather than an action. */
import type { Sentence, Word } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { tokenizeWords } from '../text/segment.js';

/** True when the lowercase word is a verb or adverb form by the language's rules (`dianggap`, `expecting`). */
export function verbForm(lower: string, lang: LanguagePack): boolean {
  return (lang.isVerbOrAdverb?.(lower, lang.stem(lower)) ?? false) || (lang.verbLike?.test(lower) ?? false);
}

/**
 * True when neither edge of the phrase (as the article writes it) is a verb, an adverb or a generic word: "dianggap",
 * "terjaga", "expecting", "reportedly" do not name what a section or an article is about. Capitalised words (names:
 * "Beijing", "Reading") are never taken for verbs. A lone modifier (`presidential`) names nothing either.
 */
export function nominal(phrase: string, lang: LanguagePack): boolean {
  const words = tokenizeWords(phrase).map((w) => w.text);
  if (words.length === 0) return false;
  // A lone adjective (`presidential`, `digital`) qualifies a thing without naming it, and so does a phrase that
  // ends (English) or begins (Indonesian) with one: `pretend presidential`.
  const modifier = (w: string): boolean => w === w.toLowerCase() && lang.modifiers?.has(w) === true;
  // Alone, even a capitalised one is a name's part (`International` of a science fair), not a name.
  if (words.length === 1 && lang.modifiers?.has(words[0]!.toLowerCase()) === true) return false;
  const open = lang.modifierPosition === 'before' ? words[words.length - 1]! : words[0]!;
  if (lang.modifierPosition && modifier(open)) return false;
  const edges = [words[0]!, words[words.length - 1]!];
  return edges.every((w) => {
    const lower = w.toLowerCase();
    if (lang.genericWords?.has(lower)) return false;
    if (w !== lower) return true;
    return !verbForm(lower, lang);
  });
}

type Blocks = readonly { sentences: readonly Sentence[] }[];

/** Each place where a word the test accepts is written: its sentence's words, its index there, and the sentence. */
function* uses(blocks: Blocks, test: (text: string) => boolean): Generator<readonly [readonly Word[], number, Sentence]> {
  for (const { sentences } of blocks) {
    for (const sentence of sentences) {
      const { words } = sentence;
      for (let i = 0; i < words.length; i++) if (test(words[i]!.text)) yield [words, i, sentence];
    }
  }
}

/**
 * True when the one-word phrase heads a noun phrase somewhere in the blocks' sentences: right after a determiner and before
 * a function word or the sentence end (`the kidnapping of`, `a warning that`), a noun that `nominal` would take
 * for a verb form. `the contaminated water` does not count.
 */
export function nounByUse(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  const determiners = lang.determiners;
  const word = phrase.toLowerCase();
  if (!determiners || word.includes(' ')) return false;
  const lower = (w: Word | undefined): string | undefined => w?.text.toLowerCase();
  for (const [words, i] of uses(blocks, (text) => text.toLowerCase() === word)) {
    if (i === 0 || !determiners.has(lower(words[i - 1])!)) continue;
    const next = lower(words[i + 1]);
    if (next === undefined || lang.stopwords.has(next)) return true;
  }
  return false;
}

/**
 * True when the one-word lowercase phrase is a verb by its use in the blocks' sentences: written right after a modal
 * or aspect word (`will continue`, `sudah masuk`) in half its uses at least, and never right after a
 * determiner (`the play`). `nominal` cannot tell `continue` or `masuk` from a noun by their form. (Half: a
 * question puts the modal before its subject, `Why will people…`.)
 */
export function verbByUse(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  const markers = lang.verbMarkers;
  if (!markers || phrase !== phrase.toLowerCase() || phrase.includes(' ')) return false;
  let count = 0;
  let verbal = 0;
  for (const [words, i] of uses(blocks, (text) => text === phrase)) {
    count++;
    const before = words[i - 1]?.text;
    if (before === undefined) continue;
    if (lang.determiners?.has(before.toLowerCase())) return false;
    // As written: `May` the month is no modal.
    if (markers.has(before)) verbal++;
  }
  return verbal > 0 && verbal * 2 >= count;
}

/**
 * True when the one-word lowercase phrase is only ever a modifier in a language that puts modifiers before their noun:
 * every use stands right before another lowercase content word that is no verb form, with nothing but a space
 * between (`strong evidence`, `consecutive games`). Alone it names nothing (`Strong and Evidence`); the phrase it
 * opens may. A use right after a copula, ending its clause, is a predicate's (`are exempt from`): no thing either. A
 * plural is never one.
 */
export function attributiveOnly(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  if (lang.modifierPosition !== 'before' || phrase !== phrase.toLowerCase() || phrase.includes(' ')) return false;
  // A plural is a noun (`economists continued`): modifiers take no plural ending.
  if (/[^su]s$/u.test(phrase)) return false;
  let count = 0;
  for (const [words, i, s] of uses(blocks, (text) => text === phrase)) {
    const next = words[i + 1];
    const gap = next ? s.text.slice(words[i]!.end - s.start, next.start - s.start) : '';
    // The next word a noun: lowercase content, and no verb form but a gerund (`strong hiring`, not `jobs fell`).
    const noun =
      next !== undefined &&
      /^\s+$/u.test(gap) &&
      next.text === next.text.toLowerCase() &&
      !lang.stopwords.has(next.text) &&
      !lang.genericWords?.has(next.text) &&
      (next.text.endsWith('ing') || !verbForm(next.text, lang));
    // Or a predicate: right after a copula, ending its clause (`are exempt from`, `is nonexistent.`).
    const before = words[i - 1]?.text.toLowerCase();
    const predicate = before !== undefined && lang.words.copulas.includes(before) && (next === undefined || !/^\s+$/u.test(gap) || lang.stopwords.has(next.text));
    if (!noun && !predicate) return false;
    count++;
  }
  return count > 0;
}
