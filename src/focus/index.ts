/**
 * The focus keyphrase: what a searcher would type for this story, chosen in one place by one model. Candidates
 * come from the keyphrases (`candidates.ts`), each is described by features (`features.ts`) and scored by the
 * language's fitted weights (`model.ts`); the best one wins, and the report says why (`reason`). A lone generic
 * word (`uang`, `money`) is never chosen while any other candidate remains. Yoast's checks (introduction,
 * density, subheading share) are features, not the criterion.
 */
import type { Keyphrase } from '../keyphrases/index.js';
import type { Layout } from '../restructure/index.js';
import { focusCandidates } from './candidates.js';
import { featuresOf, isGeneric, type FeatureName, type Features } from './features.js';
import { focusContext } from './form.js';
import { contributions, HEADLINE, scoreOf, weightsOf } from './model.js';
import { yoastFitter } from './yoast-fit.js';

export { densityRange } from './yoast-fit.js';

export interface FocusInput {
  base: Layout;
  /** The extractor's keyphrases, best first. */
  keyphrases: readonly Keyphrase[];
  /** The writer's headline, when the draft has one. */
  headline?: string;
  /** Lowercased words of the lead's main-clause subject (grammar layer), when known. */
  subject?: readonly string[];
}

export interface ScoredFocus {
  phrase: string;
  /** Position among the candidates as generated (keyphrase order). */
  index: number;
  score: number;
  features: Features;
  generic: boolean;
  /** Over Yoast's density maximum whatever the headings do: a "bad" verdict. */
  overused: boolean;
  /** In the writer's headline: 0 no, 1 yes, 2 at its start. */
  titled: number;
  slots: number;
}

export interface FocusChoice {
  phrase: string;
  /** How many subheadings should carry it so that its density lands in range. */
  slots: number;
  /** Why it was chosen, in words. */
  reason: string;
  /** Every candidate with its score, best first (for tuning and the report's alternatives). */
  candidates: ScoredFocus[];
}

/** Words for the features that speak for a candidate. */
const SAYS: Partial<Record<FeatureName, (f: Features) => string>> = {
  subject: () => "the subject of the lead's main clause",
  firstSentence: () => 'in the first sentence',
  intro: () => 'in the first paragraph',
  centrality: (f) => `keyphrase rank ${Math.round((1 / f.centrality - 1) * 2) + 1}`,
  frequency: (f) => { const n = Math.round(Math.expm1(f.frequency)); return `written ${n} time${n === 1 ? "" : "s"}`; },
  name: () => 'a name',
  acronym: () => 'an acronym',
  shortName: () => 'the short name the article uses',
  fits: () => "density in Yoast's range",
};

function reasonFor(best: ScoredFocus, weights: ReturnType<typeof weightsOf>, runnerUp?: ScoredFocus): string {
  const parts = Object.entries(contributions(best.features, weights))
    .filter(([name, value]) => value > 0 && SAYS[name as FeatureName])
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => SAYS[name as FeatureName]!(best.features));
  if (best.titled > 0) parts.unshift("in the writer's headline");
  const against = runnerUp ? `; next: “${runnerUp.phrase}”` : '';
  return `${parts.join(', ') || 'the best remaining candidate'} (score ${best.score.toFixed(2)}${against})`;
}

/** The focus keyphrase, or undefined when no keyphrase can be one. */
export function chooseFocus(input: FocusInput): FocusChoice | undefined {
  const { base } = input;
  const { lang } = base;
  const sentences = [...base.leadSection.paragraphs, ...base.sections.flatMap((s) => s.paragraphs)].flat();
  const ctx = focusContext(sentences, lang);
  const fitOf = yoastFitter(base, input.headline);
  const weights = weightsOf(lang);
  const scored: ScoredFocus[] = [];
  for (const c of focusCandidates(input.keyphrases, sentences, ctx, lang)) {
    const fit = fitOf(c.phrase);
    // A phrase the body never writes in this form (only inflected, or only in a heading) fails exact-form checks.
    if (fit.content.length === 0 || fit.body === 0) continue;
    const features = featuresOf(c, fit, { ctx, lang, subject: input.subject });
    const bonus = fit.titled === 0 ? 0 : HEADLINE.holds + (fit.titled === 2 ? HEADLINE.opens : 0);
    scored.push({ phrase: c.phrase, index: scored.length, score: scoreOf(features, weights) + bonus, features, generic: isGeneric(c.phrase, ctx), overused: fit.overused, titled: fit.titled, slots: fit.slots });
  }
  // Best first; a generic word after everything else, then a phrase too frequent for Yoast's density check (the
  // check's "bad" verdict costs more than a focus an editor would rank second); ties keep the candidates' order.
  const tier = (c: ScoredFocus): number => (c.generic ? 2 : 0);
  scored.sort((a, b) => tier(a) - tier(b) || b.score - a.score);
  const best = scored[0];
  if (!best) return undefined;
  return { phrase: best.phrase, slots: best.slots, reason: reasonFor(best, weights, scored[1]), candidates: scored };
}
