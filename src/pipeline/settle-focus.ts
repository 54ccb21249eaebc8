/**
 * The focus and the title agree, for the rewrite and for `check` alike (one engine): the layout is finished with
 * the chosen focus; when the title it gets does not hold the focus, a candidate that scored close to the best and
 * that the title holds takes its place (`titleFocus`), and the layout is finished again with it.
 */
import { titleCandidates, titleFocus } from '../focus/title-focus.js';
import type { ScoredFocus } from '../focus/index.js';
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
  const unchanged = { focus: analysis.focus, focusReason: analysis.focusReason };
  // (Most files have no candidate that could take the focus's place: no title to build.)
  if (titleCandidates(analysis.focusChoice).length === 0) return unchanged;
  const { lang, source, base } = analysis;
  const input = { lang, phrases: thingPhrases(analysis), frontMatter: source.frontMatter, headline: source.headline };
  const agreeing = titleFocus(titleStage(base, { ...input, focus: analysis.focus, focusGiven: focusGiven(analysis) }).title, analysis.focus, analysis.focusChoice);
  return agreeing ? { focus: agreeing.phrase, focusReason: reasonFor(analysis, agreeing, words) } : unchanged;
}

/** No focus choice: the writer gave the focus. */
function focusGiven(analysis: Analysis): boolean {
  return analysis.focusChoice === undefined && analysis.focus !== '';
}

/** Why a candidate the title holds took the focus's place. */
function reasonFor(analysis: Analysis, agreeing: ScoredFocus, words: FocusWords): string {
  return `${words.title}; ${analysis.focusChoice!.reasonOf(agreeing)(words)}`;
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
  const input = { lang, phrases, frontMatter: given, headline: source.headline };
  const first = finish(base, { ...input, focus: analysis.focus, focusGiven: focusGiven(analysis) }, analysis.slots);
  const agreeing = titleFocus(first.title, analysis.focus, analysis.focusChoice);
  if (!agreeing) return { focus: analysis.focus, slots: analysis.slots, focusReason: analysis.focusReason, phrases, result: first };
  return { focus: agreeing.phrase, slots: agreeing.slots, focusReason: reasonFor(analysis, agreeing, words), phrases, result: finish(base, { ...input, focus: agreeing.phrase }, agreeing.slots) };
}
