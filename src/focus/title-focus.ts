/**
 * The focus and the title agree: when the title the rewrite chose does not hold the focus, a candidate that scored
 * close to the best and that the title holds takes its place (Yoast's title check, and the searcher's words in the
 * headline).
 */
import { containsPhrase } from '../restructure/match.js';
import type { FocusChoice, ScoredFocus } from './index.js';
/** Most a candidate may score below the best focus and still take its place for being in the title. */
const TITLE_FOCUS_MARGIN = 1.5;

/**
 * The candidates that may take the focus's place for being in the title: within TITLE_FOCUS_MARGIN of the best, not
 * generic nor too frequent, and naming something (a name or acronym, or a phrase of two words or more: a lone
 * common word says less than the focus it would replace). None: no title can change the focus (no need to build one).
 */
export function titleCandidates(choice: FocusChoice | undefined): ScoredFocus[] {
  const best = choice?.candidates[0];
  if (!choice || !best) return [];
  return choice.candidates.filter((c) => c !== best && !c.generic && !c.passing && !c.overused && c.score >= best.score - TITLE_FOCUS_MARGIN && (/\s/u.test(c.phrase) || /^\p{Lu}/u.test(c.phrase)));
}

/** A focus candidate the title holds, when the chosen one is not in it (see `titleCandidates`). */
export function titleFocus(title: string, focus: string, choice: FocusChoice | undefined): ScoredFocus | undefined {
  if (focus === '' || containsPhrase(title, focus)) return undefined;
  return titleCandidates(choice).find((c) => containsPhrase(title, c.phrase));
}
