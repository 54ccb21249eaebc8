/**
 * The focus and the title agree, for the rewrite and for `check` alike (one engine): the layout is finished with
 * the chosen focus; when the title it gets does not hold the focus, a candidate that scored close to the best and
 * that the title holds takes its place (`titleFocus`), and the layout is finished again with it.
 */
import { titleFocus } from '../focus/title-focus.js';
import { namesThing } from '../keyphrases/tags.js';
import { finish, titleStage, type RestructureResult } from '../restructure/index.js';
import type { FrontMatter } from '../document/types.js';
import type { HeadingPhrase } from '../restructure/headings.js';
import type { Analysis } from './rewrite.js';
import type { FocusWords } from './change-words.js';

export interface SettledFocus {
  focus: string;
  slots: number | undefined;
  focusReason: string;
  /** The keyphrases that name things (titles, headings and tags use only these). */
  phrases: HeadingPhrase[];
  /** The layout finished with that focus. */
  result: RestructureResult;
}

/** The focus `check` scores a file with: the one the rewrite settles on, found with the title alone (cheaper). */
export function settledFocus(analysis: Analysis, words: FocusWords): { focus: string; focusReason: string } {
  const { lang, source, base } = analysis;
  const phrases = thingPhrases(analysis);
  const focusGiven = analysis.focusChoice === undefined && analysis.focus !== '';
  const { title } = titleStage(base, { lang, phrases, frontMatter: source.frontMatter, headline: source.headline, focus: analysis.focus, focusGiven });
  const agreeing = titleFocus(title, analysis.focus, analysis.focusChoice);
  return agreeing ? { focus: agreeing.phrase, focusReason: `${words.title}; ${analysis.focusChoice!.reasonOf(agreeing)(words)}` } : { focus: analysis.focus, focusReason: analysis.focusReason };
}

/** The keyphrases that name things, as headings take them. */
function thingPhrases(analysis: Analysis): HeadingPhrase[] {
  const { lang, source, keyphrases } = analysis;
  // Titles, headings and tags name things: a word the article uses as a verb (`will continue`, `sudah masuk`)
  // is none of them, though the ranking may keep it.
  return keyphrases.filter((k) => namesThing(k.phrase, source.doc.blocks, lang)).map((k) => ({ phrase: k.phrase, score: k.score }));
}

/** Finishes `analysis` with a focus its title holds; `given` is the front matter the writer's values come from. */
export function settleFocus(analysis: Analysis, given: FrontMatter, words: FocusWords): SettledFocus {
  const { lang, source, base } = analysis;
  const phrases = thingPhrases(analysis);
  // (No focus choice: the writer gave it.)
  const focusGiven = analysis.focusChoice === undefined && analysis.focus !== '';
  const input = { lang, phrases, frontMatter: given, headline: source.headline };
  const first = finish(base, { ...input, focus: analysis.focus, focusGiven }, analysis.slots);
  const agreeing = titleFocus(first.title, analysis.focus, analysis.focusChoice);
  if (!agreeing) return { focus: analysis.focus, slots: analysis.slots, focusReason: analysis.focusReason, phrases, result: first };
  const focusReason = `${words.title}; ${analysis.focusChoice!.reasonOf(agreeing)(words)}`;
  return { focus: agreeing.phrase, slots: agreeing.slots, focusReason, phrases, result: finish(base, { ...input, focus: agreeing.phrase }, agreeing.slots) };
}
