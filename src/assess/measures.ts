/**
 * Measurements shared by the rules, computed at most once per `assess` call and only when a rule asks for them.
 * Everything is linear in the length of the text.
 */
import type { Block, Heading, Paragraph, Sentence } from '../document/types.js';
import { type Keyphrase, hyphenSplits, matchUnits, matchesIn, parseKeyphrase } from './keyphrase.js';
import type { AssessInput } from './types.js';

/** A sentence with what the rules need to know about it. */
export interface SentenceInfo {
  readonly sentence: Sentence;
  /** The block it belongs to (headings are sentences too, as in Yoast). */
  readonly block: Block;
  /** Its words as written. */
  readonly words: readonly string[];
  /** Its words lowercased (hyphenated words kept whole). */
  readonly lower: readonly string[];
  /** Matching units for keyphrase rules (see `keyphrase.ts`). */
  readonly units: readonly string[];
}

/** A stretch of text under one heading (or before the first heading). */
export interface Section {
  /** The heading that opens it; undefined for text before the first heading. */
  readonly heading: Heading | undefined;
  /** Words in the section's paragraphs (the heading's own words excluded). */
  readonly words: number;
  /** Offset where the section's text starts. */
  readonly start: number;
}

function wordCount(block: Block): number {
  let n = 0;
  for (const s of block.sentences) n += s.words.length;
  return n;
}

/** Lazily computed, memoised measurements of one input. */
export class Measures {
  readonly #input: AssessInput;
  #sentences?: readonly SentenceInfo[];
  #paragraphs?: readonly Paragraph[];
  #headings?: readonly Heading[];
  #totalWords?: number;
  #keyphrase?: Keyphrase;
  #matches?: readonly number[];
  #sections?: readonly Section[];

  constructor(input: AssessInput) {
    this.#input = input;
  }

  /** True when hyphens separate words when matching in this language. */
  get splitHyphens(): boolean {
    return hyphenSplits(this.#input.lang);
  }

  /** Every sentence of the document, headings included, in order. */
  get sentences(): readonly SentenceInfo[] {
    if (!this.#sentences) {
      const split = this.splitHyphens;
      const out: SentenceInfo[] = [];
      for (const block of this.#input.doc.blocks) {
        for (const sentence of block.sentences) {
          if (sentence.words.length === 0) continue;
          const words = sentence.words.map((w) => w.text);
          const lower = words.map((w) => w.toLowerCase());
          // Units differ from the lowercased words only for apostrophes, acronym periods and split hyphens.
          const plain = lower.every((w) => !/[’‘`]|\.$/u.test(w) && !(split && w.includes('-')));
          out.push({ sentence, block, words, lower, units: plain ? lower : matchUnits(words, split) });
        }
      }
      this.#sentences = out;
    }
    return this.#sentences;
  }

  /** The paragraphs (not headings). */
  get paragraphs(): readonly Paragraph[] {
    this.#paragraphs ??= this.#input.doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
    return this.#paragraphs;
  }

  /** The headings, every depth. */
  get headings(): readonly Heading[] {
    this.#headings ??= this.#input.doc.blocks.filter((b): b is Heading => b.kind === 'heading');
    return this.#headings;
  }

  /** Words in the whole text, headings included (what Yoast counts for text length). */
  get totalWords(): number {
    if (this.#totalWords === undefined) {
      let n = 0;
      for (const block of this.#input.doc.blocks) n += wordCount(block);
      this.#totalWords = n;
    }
    return this.#totalWords;
  }

  /** Words of one block. */
  wordsIn(block: Block): number {
    return wordCount(block);
  }

  /** The parsed focus keyphrase. */
  get keyphrase(): Keyphrase {
    this.#keyphrase ??= parseKeyphrase(this.#input.keyphrase, this.#input.lang);
    return this.#keyphrase;
  }

  /** Full keyphrase matches per sentence (parallel to `sentences`). */
  get matches(): readonly number[] {
    if (!this.#matches) {
      const content = this.keyphrase.content;
      this.#matches = this.sentences.map((s) => matchesIn(s.units, content));
    }
    return this.#matches;
  }

  /** Sections of text between headings (any depth), with the text before the first heading first when there is any. */
  get sections(): readonly Section[] {
    if (!this.#sections) {
      const out: { heading: Heading | undefined; words: number; start: number }[] = [];
      let current: { heading: Heading | undefined; words: number; start: number } | undefined;
      for (const block of this.#input.doc.blocks) {
        if (block.kind === 'heading') {
          current = { heading: block, words: 0, start: block.end };
          out.push(current);
        } else {
          if (!current) {
            current = { heading: undefined, words: 0, start: block.start };
            out.push(current);
          }
          current.words += wordCount(block);
        }
      }
      this.#sections = out.filter((s) => s.heading !== undefined || s.words > 0);
    }
    return this.#sections;
  }
}
