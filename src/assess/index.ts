/**
 * The assessment engine. It runs each rule that is not `off` on shared, memoised measurements, stamps rule id,
 * source and severity on the outcome (rules never read their own severity), turns results that are not good into
 * VFileMessages placed in `doc.source`, and computes the SEO and readability scores the way Yoast aggregates them.
 *
 * How our SEO score relates to Yoast's: both are Σ scores × 100 / (9 × assessments). Ours runs over our SEO rules
 * (11 assessments); Yoast's plugin also counts images, image keyphrase, internal and outbound links (a plain news
 * text has none: usually 3 points each), competing links (8), function words in keyphrase (0, counted although it has
 * no text) and, in the plugin, previously used keyphrase (9, `--assume-new-keyphrase` in yoast-judge). So Yoast's
 * number for the same text is lower, by design; the agreement bench compares ratings per assessment, and our score
 * with Yoast's recomputed over the shared assessments.
 */
import type { VFileMessage } from 'vfile-message';
import type { Thresholds } from '../lang/types.js';
import type { AssessmentReport } from '../types.js';
import { Measures } from './measures.js';
import { noteMessage, Placer, resultMessage } from './messages.js';
import { rules } from './rules/index.js';
import { catalogueFor } from './locale.js';
import { ratingOf, readabilityScore, seoScore } from './score.js';
import { resolveThresholds, type ResolvedThresholds } from './thresholds.js';
import type { AssessInput, AssessOptions, AssessOutcome, Mark, Note, RuleResult, RuleSetting, Severity } from './types.js';

export { rules } from './rules/index.js';
export { ratingOf, readabilityScore, seoScore } from './score.js';
export { SOURCE } from './messages.js';
export type { AssessInput, AssessOptions, AssessOutcome, Mark, Note, Rule, RuleContext, RuleResult, RuleSetting, Severity, Span } from './types.js';

function settingOf(value: Severity | RuleSetting | undefined): RuleSetting {
  if (value === undefined) return {};
  return typeof value === 'string' ? { severity: value } : value;
}

/**
 * Assesses a document: one report per rule that is not `off` (in registry order), the SEO and readability scores,
 * and the messages (warnings or errors for results that are not good, info notes per passive or over-long sentence),
 * minus those that `isDisabled` silences. Deterministic; linear in the length of the text.
 */
export function assess(input: AssessInput, options: AssessOptions = {}): AssessOutcome {
  const measures = new Measures(input);
  const placer = new Placer(input.doc.source);
  const isDisabled = options.isDisabled;
  const t = catalogueFor(input.lang.code, options.locale);
  let base: ResolvedThresholds | undefined;
  const assessments: AssessmentReport[] = [];
  const messages: VFileMessage[] = [];
  const marks: Mark[] = [];
  const seo: number[] = [];
  const readability: number[] = [];

  for (const rule of rules) {
    const setting = settingOf(options.rules?.[rule.id]);
    const severity = setting.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const overrides: Partial<Thresholds> | undefined = setting.thresholds;
    const thresholds = overrides ? resolveThresholds(input.lang.thresholds, overrides) : (base ??= resolveThresholds(input.lang.thresholds));
    const result = rule.run({ input, measures, thresholds, t });
    const rating = ratingOf(result.score);
    assessments.push({ id: rule.id, category: rule.category, rating, score: result.score, message: result.message });
    (rule.category === 'seo' ? seo : readability).push(result.score);
    if (result.marks) marks.push(...marksOf(rule.id, result));
    if (rating === 'good') continue;
    const notes = (result.notes ?? []).filter((note) => !isDisabled?.(rule.id, note.start));
    if (result.notes && result.notes.length > 0) {
      // A whole-text finding with places (passive, long sentences) stays while any place is outside a disabled
      // region, and then points at the first such place.
      const first = notes[0];
      if (first) messages.push(resultMessage({ ...result, offset: first.start, end: first.end }, rule.id, severity === 'error', placer));
    } else if (!isDisabled?.(rule.id, result.offset ?? 0)) {
      messages.push(resultMessage(result, rule.id, severity === 'error', placer));
    }
    for (const note of notes) messages.push(noteMessage(note, rule.id, placer));
  }

  return {
    assessments,
    scores: { seo: seoScore(seo), readability: readabilityScore(readability, input.lang.code) },
    messages,
    marks,
  };
}

/** A rule's marks, each with the note placed on the same sentence (when there is one). */
function marksOf(ruleId: string, result: RuleResult): Mark[] {
  const notes = new Map<number, Note>();
  for (const note of result.notes ?? []) if (!notes.has(note.start)) notes.set(note.start, note);
  return (result.marks ?? []).map((span) => {
    const note = notes.get(span.start);
    return { ruleId, start: span.start, end: span.end, ...(note ? { reason: note.reason } : {}), ...(note?.note ? { note: note.note } : {}) };
  });
}
