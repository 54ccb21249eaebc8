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
 * A focus candidate the title holds, when the chosen one is not in it: within TITLE_FOCUS_MARGIN of the best, not
 * generic nor too frequent, and naming something (a name or acronym, or a phrase of two words or more: a lone
 * common word says less than the focus it would replace).
 */
export function titleFocus(title: string, focus: string, choice: FocusChoice | undefined): ScoredFocus | undefined {
  if (!choice || focus === '' || containsPhrase(title, focus)) return undefined;
  const best = choice.candidates[0];
  if (!best) return undefined;
  return choice.candidates.find(
    (c) => !c.generic && !c.overused && c.score >= best.score - TITLE_FOCUS_MARGIN && (/\s/u.test(c.phrase) || /^\p{Lu}/u.test(c.phrase)) && containsPhrase(title, c.phrase),
  );
}
