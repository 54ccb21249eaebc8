/**
 * Public result types: what the library returns and what `--format json` prints (other tools read these names;
 * keep them stable).
 */

export type Rating = 'good' | 'ok' | 'bad';
export type Category = 'seo' | 'readability';

export interface Scores {
  /** 0–100, computed Yoast's way over the SEO assessments. */
  seo: number;
  /** 0–100, computed Yoast's way over the readability assessments. */
  readability: number;
}

/** One assessment's outcome, as printed in the JSON report. */
export interface AssessmentReport {
  /** Stable kebab-case rule id, e.g. `keyphrase-in-title`. */
  id: string;
  category: Category;
  rating: Rating;
  /** Yoast-style score: 1–9 (≤4 bad, 5–7 ok, ≥8 good), or Yoast's negative penalties (-10, -20, -50) for bad. */
  score: number;
  message: string;
}

/** A sentence behind an assessment, for the HTML report's highlights. */
export interface Highlight {
  /** The rule id (`passive-voice`, `sentence-length`, `sentence-openings`, `transition-words`, `keyphrase-density`). */
  rule: string;
  /** The sentence as it stands in the assessed text. */
  text: string;
  /** The note the sentence got, when the result was not good. */
  message?: string;
  /** Its fix hint (the passive verb and agent, where to split, the sentences of a run). */
  note?: string;
}

/** The SEO fields and verdicts before the rewrite. */
export interface OriginalReport {
  title: string;
  description: string;
  slug: string;
  assessments: AssessmentReport[];
}

export interface KeyphraseReport {
  phrase: string;
  score: number;
}

export interface RemovedSentence {
  text: string;
  /** Why, in the report's language. */
  reason: string;
  /** Why, as a stable English code (`seo-instruction`, `cross-promotion`, `embedded-media`, `subscription-prompt`). */
  kind: string;
}

/** One file's entry in the JSON report. `error` is set (and most fields empty) when the file failed. */
export interface FileReport {
  path: string;
  /** Where the Markdown was (or would be) written; null for stdout, `check` or a failed file. */
  output: string | null;
  lang: string;
  focusKeyphrase: string;
  /** Why this focus: given by the writer, or what the focus model saw in it (`src/focus/`). */
  focusReason?: string;
  keyphrases: KeyphraseReport[];
  title: string;
  /** The title and up to two alternatives the writer may choose, best first (raw drafts only). */
  titles?: { text: string; score: number; source: 'writer' | 'lead clause' | 'lead' }[];
  description: string;
  slug: string;
  markdown: string;
  score: Scores;
  before: Scores | null;
  assessments: AssessmentReport[];
  removed: RemovedSentence[];
  /**
   * What the rewrite changed, in words (in the report's language): front-matter fields added or changed, headings added, paragraphs split,
   * sentences removed or moved; for a Markdown file, also that everything else is unchanged. Empty for `check`.
   */
  changes: string[];
  /** The sentences behind the readability and keyphrase verdicts (of the rewritten text; of the file for `check`). */
  highlights?: Highlight[];
  /** The title, description, slug and verdicts before the rewrite (not for `check`). */
  original?: OriginalReport;
  error: string | null;
}

export interface Summary {
  files: number;
  ok: number;
  failed: number;
  /** Files under `--min-score`. */
  belowMinScore: number;
  /** Files skipped as up to date (only with `--resume`). */
  skipped?: number;
  meanScore: Scores | null;
  meanBefore: Scores | null;
}

/** Version of the JSON report's shape (`schema/report.schema.json`); raised when a field changes meaning or goes. */
export const REPORT_SCHEMA_VERSION = 2;

export interface Report {
  schemaVersion: number;
  tool: { name: string; version: string };
  files: FileReport[];
  summary: Summary;
}

/** One message of `seo-rewrite check --format json`: a vfile message, flattened. */
export interface CheckMessage {
  /** The assessment or rule that raised it (`keyphrase-density`), null for a read or parse failure. */
  ruleId: string | null;
  severity: 'error' | 'warning' | 'info';
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  message: string;
  /** What was found, when the rule measures something (`0.2 %`). */
  actual: string | null;
  /** What the rule asks for (`['0.5–3 %']`), as vfile messages give it: a list of acceptable values. */
  expected: string[] | null;
  /** A fix hint for the writer: the passive verb and its agent, where to split a long sentence, the sentences of a run. */
  note?: string;
}

/** A file of the `check` JSON report: the rewrite report's fields and the file's messages, sorted by place. */
export interface CheckFileReport extends FileReport {
  messages: CheckMessage[];
  /** `check --suggest-links`: related articles of the site to link to, and the phrase of this one that would carry the link. */
  suggestedLinks?: SuggestedLink[];
}

/** A related article to link to (`check --suggest-links`). */
export interface SuggestedLink {
  /** The article to link to (its path in the report). */
  target: string;
  /** The words of this article that would carry the link, exactly as written at `line`/`column`. */
  anchor: string;
  line: number;
  column: number;
  /** How related the two articles are (for ordering; higher is closer). */
  score: number;
  /** The phrases the two share, as this article writes them, strongest first. */
  shared: string[];
}

/** The whole `check --format json` document. */
export interface CheckReport extends Omit<Report, 'files'> {
  files: CheckFileReport[];
}
