/**
 * One article's line in a golden file: its editorial decisions as text (sets whose licence allows copying) or as a
 * short hash per decision plus metrics that reveal no text (the others). Pure: no I/O.
 *
 * Key order is fixed by construction, so `JSON.stringify` gives the same line for the same decisions.
 */
import { createHash } from 'node:crypto';
import { rouge1 } from '../editorial/metrics.mjs';

/** A title alternative as the rewrite reports it (`titles: [{text, score, source}]`, the chosen one first). */
export interface TitleAlternative {
  text: string;
  score: number;
  source: string;
}

/** Every decision the rewrite makes on one article, not its text. */
export interface Decisions {
  lang: string;
  focus: string;
  title: string;
  titles: TitleAlternative[];
  /** The subheadings the rewrite wrote (for Markdown, only those it added). */
  headings: string[];
  description: string;
  slug: string;
  tags: string[];
  scores: { seo: number; readability: number };
}

/** How a set's decisions may be stored. */
export type Storage = 'text' | 'hash';

/** The decisions whose text is hashed, in the order they are written. */
export const DECIDED = ['focus', 'title', 'titles', 'headings', 'description', 'slug', 'tags'] as const;
export type Decided = (typeof DECIDED)[number];

/** Stored decisions of a set whose licence allows the text. */
export interface TextRecord extends Decisions {
  id: string;
}

/** Metrics of one decision that reveal none of its text. */
export type Metrics = Record<string, number | string[] | number[]>;

/** Stored decisions of a set whose text may not be copied. */
export interface HashRecord {
  id: string;
  lang: string;
  /** A short sha256 of each decision's text, so a diff says which one changed. */
  hash: Record<Decided, string>;
  metrics: Partial<Record<Decided, Metrics>>;
  scores: Decisions['scores'];
}

/** An article the rewrite refused (no article text…): the error's name only, which holds no text. */
export interface ErrorRecord {
  id: string;
  error: string;
}

export type GoldenRecord = TextRecord | HashRecord | ErrorRecord;

/** The first 12 hex digits of the sha256 of a text (48 bits: collisions are out of reach for a few thousand lines). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** One decision's text, as hashed: list decisions one item a line. */
function decidedText(d: Decisions, key: Decided): string {
  switch (key) {
    case 'titles':
      return d.titles.map((t) => t.text).join('\n');
    case 'headings':
    case 'tags':
      return d[key].join('\n');
    default:
      return d[key];
  }
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** The decisions in full. */
export function textRecord(id: string, d: Decisions): TextRecord {
  return {
    id, lang: d.lang, focus: d.focus, title: d.title,
    titles: d.titles.map((t) => ({ text: t.text, score: round(t.score), source: t.source })),
    headings: d.headings, description: d.description, slug: d.slug, tags: d.tags, scores: d.scores,
  };
}

/**
 * A hash of each decision and metrics without text: lengths, counts, the alternatives' scores and sources, and
 * ROUGE-1 of the title against the editor's headline when the set has one (`editor`).
 */
export function hashRecord(id: string, d: Decisions, editor?: string): HashRecord {
  const hash = Object.fromEntries(DECIDED.map((k) => [k, shortHash(decidedText(d, k))])) as Record<Decided, string>;
  return {
    id, lang: d.lang, hash,
    metrics: {
      focus: { words: wordCount(d.focus) },
      title: { chars: [...d.title].length, words: wordCount(d.title), ...(editor ? { rouge1: round(rouge1(d.title, editor)) } : {}) },
      titles: { count: d.titles.length, scores: d.titles.map((t) => round(t.score)), sources: d.titles.map((t) => t.source) },
      headings: { count: d.headings.length },
      description: { chars: [...d.description].length, ellipsis: d.description.endsWith('…') ? 1 : 0 },
      slug: { chars: d.slug.length },
      tags: { count: d.tags.length },
    },
    scores: d.scores,
  };
}

/** The record of a set's storage. */
export function recordOf(id: string, d: Decisions, storage: Storage, editor?: string): TextRecord | HashRecord {
  return storage === 'text' ? textRecord(id, d) : hashRecord(id, d, editor);
}

/** A golden file: one line per record, sorted by id (code-unit order, the same on every machine). */
export function goldenFile(records: readonly GoldenRecord[]): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((r) => `${JSON.stringify(r)}\n`).join('');
}
