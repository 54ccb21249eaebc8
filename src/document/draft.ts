/**
 * The layout of a plain-text draft, one paragraph a line: a first line that is the headline, and short lines
 * between paragraphs that are the writer's subheadings ("Kesiapan Anggaran", "Babak pertama", "2. LINE Jobs").
 */
import type { LanguagePack } from '../lang/types.js';
import type { RawBlock } from './from-text.js';

/** Ends like a paragraph: a sentence end, a closing quote or bracket, or the colon that introduces a list. */
const PARAGRAPH_END = /[.!?…:"”’)]$/u;
/** Ends like no heading: sentence or clause punctuation, a quote, a bracket, a dash (`Merdeka.com -`). */
const NOT_HEADING_END = /[.!?…:;,"”’)\]\-–—]$/u;
/** Opens like a quotation or an aside. */
const QUOTE_OPENER = /^["“‘'(\[]/u;
/** A label and its value (`Pelatih: Hanafi`). */
const LABEL = /:\s/u;
/** Longest subheading: words, characters. */
const SUBHEADING_MAX = { words: 12, chars: 90 } as const;

/** Most words of a headline that asks or exclaims (`Can painkillers prevent melanoma?`). */
const QUESTION_HEADLINE_WORDS = 15;

/**
 * A first line that is a headline, followed by the body: short, with no terminal punctuation, or a short question
 * or exclamation with no full stop in it (`Is It a Cold? Or an Allergy?`; not a lead that ends on a question).
 */
export function isHeadline(line: string | undefined, count: number): line is string {
  if (line === undefined || count < 2) return false;
  const words = line.split(/\s+/u).length;
  if (words < 2) return false;
  if (/[?!]$/u.test(line)) return words <= QUESTION_HEADLINE_WORDS && !/[.…]\s/u.test(line);
  // (Nor a dateline waiting for its lead: `Merdeka.com -`, `JAKARTA, KOMPAS.com –`.)
  return words <= 20 && !/[.!?…:;,"”’)\-–—]$/u.test(line);
}

/** Shaped like a subheading: short, no terminal punctuation, no quotation, no `label: value`. */
function subheadingShape(line: string): boolean {
  const words = line.split(/\s+/u).length;
  return words <= SUBHEADING_MAX.words && line.length <= SUBHEADING_MAX.chars && !NOT_HEADING_END.test(line) && !QUOTE_OPENER.test(line) && !LABEL.test(line);
}

/**
 * The blocks of a draft's body lines (the headline already taken off): a line shaped like a subheading, between
 * two lines that end like paragraphs, is the writer's subheading (H2); so not a run of short lines (a results
 * table, a list), and not a line the language marks as not article content (`SIMAK JUGA - …`).
 */
export function draftBlocks(lines: readonly string[], lang: Pick<LanguagePack, 'nonArticle'>): { blocks: RawBlock[]; subheadings: number } {
  let subheadings = 0;
  const blocks = lines.map((text, i): RawBlock => {
    const before = lines[i - 1];
    const after = lines[i + 1];
    const heading =
      before !== undefined &&
      after !== undefined &&
      PARAGRAPH_END.test(before) &&
      PARAGRAPH_END.test(after) &&
      subheadingShape(text) &&
      !lang.nonArticle.some((rule) => rule.pattern.test(text));
    if (!heading) return { kind: 'paragraph', text };
    subheadings++;
    return { kind: 'heading', depth: 2, text };
  });
  return { blocks, subheadings };
}

/** A plain-text draft read: its headline (when the first line is one), its body's blocks, how many subheadings. */
export interface Draft {
  headline?: string;
  /** The lines of the body, the headline taken off. */
  body: readonly string[];
  blocks: RawBlock[];
  subheadings: number;
}

/** Reads a draft's lines (normalised paragraphs): the headline first, then the body's subheadings and paragraphs. */
export function readDraft(lines: readonly string[], lang: Pick<LanguagePack, 'nonArticle'>): Draft {
  const [first, ...rest] = lines;
  const headline = isHeadline(first, lines.length) ? first : undefined;
  const body = headline === undefined ? lines : rest;
  return { ...(headline === undefined ? {} : { headline }), body, ...draftBlocks(body, lang) };
}
