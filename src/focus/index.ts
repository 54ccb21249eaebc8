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
import { featuresOf, isGeneric, nameFragment, type FeatureName, type Features } from './features.js';
import { focusContext } from './form.js';
import { contributions, HEADLINE, overusedCost, scoreOf, weightsOf } from './model.js';
import { placeIn, yoastFitter } from './yoast-fit.js';
import { leadHeadlines } from './lead-headlines.js';
import { hyphenSplits, textUnits } from '../assess/keyphrase.js';
import type { Sentence } from '../document/types.js';
import type { FocusWords } from '../pipeline/change-words.js';
import { grammarOf, type SentenceGrammar } from '../grammar/annotate.js';

export { densityRange } from './yoast-fit.js';
export { leadHeadlines } from './lead-headlines.js';

export interface FocusInput {
  base: Layout;
  /** The extractor's keyphrases, best first. */
  keyphrases: readonly Keyphrase[];
  /** The writer's headline, when the draft has one. */
  headline?: string;
  /** The headlines the lead's main clauses give, best first (default: `leadHeadlines` of `base`). */
  leadHeadlines?: readonly string[];
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
  /** A lone word written once: a passing detail, chosen only when nothing else remains but generic words. */
  passing: boolean;
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
  /** Why it was chosen, in the words given (`changeWordsFor(…).focus`). */
  reason: (words: FocusWords) => string;
  /** Every candidate with its score, best first (for tuning and the report's alternatives). */
  candidates: ScoredFocus[];
  /** Why another candidate would have been chosen, against the best one (for a focus the title holds). */
  reasonOf: (candidate: ScoredFocus) => (words: FocusWords) => string;
}

/** Words for the features that speak for a candidate. */
const SAYS: Partial<Record<FeatureName, (f: Features, w: FocusWords) => string>> = {
  subject: (_, w) => w.subject,
  firstSentence: (_, w) => w.firstSentence,
  intro: (_, w) => w.intro,
  centrality: (f, w) => w.rank(Math.round((1 / f.centrality - 1) * 2) + 1),
  frequency: (f, w) => w.written(Math.round(Math.expm1(f.frequency))),
  name: (_, w) => w.name,
  acronym: (_, w) => w.acronym,
  shortName: (_, w) => w.shortName,
  fits: (_, w) => w.fits,
};

/** Why `best` was chosen, in the report's words. */
function reasonFor(
  best: ScoredFocus,
  weights: ReturnType<typeof weightsOf>,
  runnerUp: ScoredFocus | undefined,
  withinRange: ScoredFocus | undefined,
): (w: FocusWords) => string {
  const speaking = Object.entries(contributions(best.features, weights))
    .filter(([name, value]) => value > 0 && SAYS[name as FeatureName])
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => SAYS[name as FeatureName]!);
  return (w) => {
    const parts = speaking.map((say) => say(best.features, w));
    // (A writer who wants Yoast's verdict green is told which phrase would keep it: `--keyphrase`.)
    if (best.overused) parts.push(w.overused(withinRange?.phrase));
    if (best.titled > 0) parts.unshift(w.headline(false));
    else if (best.features.leadHolds > 0) parts.unshift(w.headline(true));
    return w.summary(parts.length > 0 ? parts.join(', ') : w.remaining, best.score.toFixed(2), runnerUp?.phrase);
  };
}

/**
 * The lowercased words of the lead's main-clause subject and object, and of what follows them in its sentence (the
 * adjuncts): the first sentence's, or the second's when
 * the first has no clause the rules find (a dateline-only or quote-only opening).
 */
function leadRoles(sentences: readonly Sentence[], grammar: readonly (SentenceGrammar | undefined)[]): { subject?: string[]; object?: string[]; adjunct?: string[] } {
  for (let k = 0; k < Math.min(2, sentences.length); k++) {
    const clause = grammar[k]?.clause;
    if (!clause?.subject) continue;
    const words = sentences[k]!.words;
    const span = (r?: { start: number; end: number }): string[] | undefined => (r ? words.slice(r.start, r.end).map((w) => w.text.toLowerCase()) : undefined);
    // A passive clause's agent is its doer (`ditangkap polisi`): a subject as much as the patient.
    const subject = [...(span(clause.subject) ?? []), ...(clause.predicate?.passive ? (span(clause.agent) ?? []) : [])];
    // What follows the clause's core (`… dari Amerika Serikat (AS)`): its circumstances, not its participants.
    const core = Math.max(clause.subject.end, clause.predicate?.end ?? 0, clause.object?.end ?? 0);
    return { subject, object: span(clause.object), adjunct: span({ start: core, end: words.length }) };
  }
  return {};
}

const NAME_TAGS = new Set(['PROPN']);
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);

/**
 * Noun phrases of the lead's first three sentences as a searcher would type them: the run of name words of a
 * phrase (`Zulkifli Hasan`, `Kementerian Pertanian`), and its head with the words next to it on the side its
 * modifiers stand (`pengolahan karet`; `export controls`), up to three words, nouns and modifiers only.
 */
function leadPhrases(sentences: readonly Sentence[], grammar: readonly (SentenceGrammar | undefined)[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < Math.min(3, sentences.length); k++) {
    const g = grammar[k];
    if (!g) continue;
    const words = sentences[k]!.words;
    for (const np of g.chunks.nounPhrases) {
      // Name runs inside the phrase.
      for (let i = np.start; i < np.end; ) {
        if (!NAME_TAGS.has(g.tags[i]!)) {
          i++;
          continue;
        }
        let j = i;
        while (j < np.end && NAME_TAGS.has(g.tags[j]!)) j++;
        if (j - i <= 3) out.push(words.slice(i, j).map((w) => w.text).join(' '));
        i = j;
      }
      // The head and its nearest modifiers.
      const head = np.head;
      if (g.tags[head] !== 'NOUN') continue;
      let a = head;
      let b = head + 1;
      while (b < np.end && b - a < 3 && PHRASE_TAGS.has(g.tags[b]!)) b++;
      while (a > np.start && b - a < 3 && PHRASE_TAGS.has(g.tags[a - 1]!)) a--;
      if (b - a >= 2) out.push(words.slice(a, b).map((w) => w.text).join(' '));
    }
  }
  return out;
}

/** The focus keyphrase, or undefined when no keyphrase can be one. */
export function chooseFocus(input: FocusInput): FocusChoice | undefined {
  const { base } = input;
  const { lang } = base;
  const sentences = [...base.leadSection.paragraphs, ...base.sections.flatMap((s) => s.paragraphs)].flat();
  const ctx = focusContext(sentences, lang);
  const fitOf = yoastFitter(base, input.headline);
  const weights = weightsOf(lang);
  const price = overusedCost(lang);
  const grammar = sentences.map((s) => grammarOf(s, lang));
  const { subject, object, adjunct } = leadRoles(sentences, grammar);
  const tags = grammar.some((g) => g !== undefined) ? grammar.map((g) => g?.tags) : undefined;
  const split = hyphenSplits(lang);
  const [first = [], ...later] = (input.leadHeadlines ?? leadHeadlines(base)).map((h) => textUnits(h, split));
  const scored: ScoredFocus[] = [];
  for (const c of focusCandidates(input.keyphrases, sentences, ctx, lang, leadPhrases(sentences, grammar))) {
    const fit = fitOf(c.phrase);
    // A phrase the body never writes in this form (only inflected, or only in a heading) fails exact-form checks.
    if (fit.content.length === 0 || fit.body === 0) continue;
    const place = placeIn(first, fit.content);
    const led = { holds: place > 0, opens: place === 2, later: later.some((u) => placeIn(u, fit.content) > 0) };
    const features = featuresOf(c, fit, { ctx, lang, subject: input.subject ?? subject, object, adjunct, tags }, led);
    // A phrase the article uses as a verb or a lone modifier names nothing (`terkendali`, `played`).
    const thing = features.nominalUse >= 0.5;
    const bonus = fit.titled === 0 ? 0 : HEADLINE.holds + (fit.titled === 2 ? HEADLINE.opens : 0);
    const cost = fit.overused ? (price ?? 0) : 0;
    // A lone word the article writes once is a passing detail (`genap satu tahun`, `sentuhan`), not what the story is
    // about: the story's subject comes back. (Unless the writer's headline holds it.)
    // (Where the language's news says so: `focusRecurring`.)
    // (Nor is a piece of a longer name, written only inside it: `Keuangan` of `Menteri Keuangan Purbaya`.)
    const passing = fit.titled === 0 && ((lang.focusRecurring === true && !c.phrase.includes(' ') && Math.round(Math.expm1(features.frequency)) <= 1) || nameFragment(c.phrase, ctx));
    scored.push({ phrase: c.phrase, index: scored.length, score: scoreOf(features, weights) + bonus - cost, features, generic: !thing || isGeneric(c.phrase, ctx), passing, overused: fit.overused, titled: fit.titled, slots: fit.slots });
  }
  // Best first; a generic word after everything else, then a passing one, then, in a language with no price for it
  // (`overusedCost`), a phrase too frequent for Yoast's density check; ties keep the candidates' order.
  const tier = (c: ScoredFocus): number => (c.generic ? 3 : c.passing ? 2 : c.overused && price === undefined ? 1 : 0);
  scored.sort((a, b) => tier(a) - tier(b) || b.score - a.score);
  const best = scored[0];
  if (!best) return undefined;
  const safe = scored.find((c) => !c.overused && !c.generic);
  return {
    phrase: best.phrase, slots: best.slots, reason: reasonFor(best, weights, scored[1], safe), candidates: scored,
    reasonOf: (c) => reasonFor(c, weights, best, safe),
  };
}
