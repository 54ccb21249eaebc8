/**
 * Types of the assessment engine: the public contract (`AssessInput`, `AssessOptions`, `AssessOutcome`) and the
 * shape of a rule (`Rule`, `RuleContext`, `RuleResult`). Rules are pure: they read measurements and thresholds and
 * return numbers and words; the engine decides severity, messages and places.
 */
import type { VFileMessage } from 'vfile-message';
import type { Doc } from '../document/types.js';
import type { LanguagePack, Thresholds } from '../lang/types.js';
import type { AssessmentReport, Category, Scores } from '../types.js';
import type { Measures } from './measures.js';
import type { ResolvedThresholds } from './thresholds.js';
import type { Catalogue } from './catalogue.js';

/** What is assessed: the document plus the SEO fields that live outside its text. */
export interface AssessInput {
  doc: Doc;
  lang: LanguagePack;
  /** Focus keyphrase; empty when there is none (keyphrase rules then report a bad result, as Yoast does). */
  keyphrase: string;
  /** SEO title. */
  title: string;
  /** Meta description. */
  description: string;
  /** URL slug. */
  slug: string;
}

/** How a rule's messages are reported: not at all, as warnings, or as errors (`fatal: true`). */
export type Severity = 'off' | 'warn' | 'error';

/** Per-rule configuration. */
export interface RuleSetting {
  severity?: Severity;
  /** Threshold overrides, merged over `lang.thresholds` for this rule only. */
  thresholds?: Partial<Thresholds>;
}

/** How to run the rules. */
export interface AssessOptions {
  /** Per-rule severity or setting, keyed by rule id. Unknown ids are ignored. */
  rules?: Readonly<Record<string, Severity | RuleSetting>>;
  /**
   * Inline control: true when `ruleId` is disabled at `offset` of doc.source (from <!-- seo-rewrite-disable -->
   * comments). It silences messages only (a rule's message is asked about at its place, offset 0 when it has none;
   * each info note at its sentence); assessments and scores stay as measured.
   */
  isDisabled?: (ruleId: string, offset: number) => boolean;
  /** Language of the messages (`id`, `en`); the article's language when absent or without a catalogue. */
  locale?: string;
}

/** What `assess` returns. */
export interface AssessOutcome {
  /** One per rule that is not `off`, in registry order. */
  assessments: AssessmentReport[];
  scores: Scores;
  /** Messages for results that are not good, plus info messages per passive or over-long sentence. */
  messages: VFileMessage[];
  /** The sentences behind the readability and keyphrase verdicts, in rule order (see `RuleResult.marks`). */
  marks: Mark[];
}

/** A place in `doc.source` worth pointing at, with a note for the writer (info-level message). */
export interface Note {
  start: number;
  end: number;
  reason: string;
  actual?: string;
  expected?: string;
  /** A fix hint for the writer (the passive verb and its agent, where to split): the message's `note`. */
  note?: string;
}

/** What a rule measured. */
export interface RuleResult {
  /**
   * Yoast-style score: ≤4 bad, 5–7 ok, ≥8 good. Like Yoast, some rules give penalty scores below zero
   * (keyphrase density far off, very short text, no keyphrase) so that the SEO total drops accordingly.
   */
  score: number;
  /** The measured value, as a short human-readable string (`2.4%`, `182 words`). */
  actual: string;
  /** What would be good (`0.5%–3%`, `at most 150 words`). */
  expected: string;
  /** Offset in `doc.source` of the most relevant place (start of the offending paragraph, sentence, heading). */
  offset?: number;
  /** End offset of that place, when it is a span. */
  end?: number;
  /**
   * One line for the report. For results that are not good: "Unexpected X, expected Y" with actual and expected
   * values; for good results a plain statement of what was measured.
   */
  message: string;
  /** Info-level notes, one per item the writer may want to fix (passive or over-long sentences). */
  notes?: readonly Note[];
  /**
   * The sentences behind the verdict, good or not (passive, over-long, opening a run, with a transition word, with the
   * keyphrase), for the HTML report's highlights. Offsets in `doc.source`.
   */
  marks?: readonly Span[];
}

/** A range of `doc.source`. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence behind an assessment, with the note it got (when the result was not good and it got one). */
export interface Mark extends Span {
  ruleId: string;
  /** The note's reason and fix hint. */
  reason?: string;
  note?: string;
}

/** What a rule sees: the input, the shared measurements (computed once per `assess` call) and its thresholds. */
export interface RuleContext {
  readonly input: AssessInput;
  readonly measures: Measures;
  /** `lang.thresholds` with this rule's overrides merged in, plus the derived ok-bands. */
  readonly thresholds: ResolvedThresholds;
  /** The messages, in the report's language. */
  readonly t: Catalogue;
}

/** One assessment rule. Rules never read their own severity. */
export interface Rule {
  /** Stable kebab-case id, e.g. `keyphrase-density`. */
  readonly id: string;
  readonly category: Category;
  /** Severity when the configuration does not say otherwise. */
  readonly defaultSeverity: 'warn' | 'error';
  /** Identifier of the Yoast SEO assessment this rule mirrors (yoastseo 3.6), for the agreement bench. */
  readonly yoastId?: string;
  /** One line describing what the rule checks. */
  readonly docs: string;
  run(ctx: RuleContext): RuleResult;
}
