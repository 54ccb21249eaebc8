/**
 * `--restructure`, second step: a section (the text between two headings of any depth, as the subheading
 * assessment counts it) over the language's limit gets subheadings. The section's paragraphs are grouped by topic
 * with the raw-text pipeline's `groupSections`, and each new group opens with a heading built by `buildHeadings`,
 * one level under the section's own (`##` under none or an H1, `###` under an H2). A heading is inserted only
 * before a paragraph that is a child of the root and follows a blank line: never inside a list, quote, table,
 * code, HTML or footnote, and the first paragraph of a section keeps its place under the section's heading. No
 * heading comes between a question and its answer or an introduction ending with a colon and what it introduces,
 * nor before a run of text too short to be a section (under a fifteenth of the limit: 20 words of 300).
 */
import type { Root } from 'mdast';
import type { Block } from '../../document/types.js';
import type { LanguagePack } from '../../lang/types.js';
import { headingLine } from '../../document/to-markdown.js';
import { buildHeadings, focusHeadingCount, type HeadingPhrase } from '../../restructure/headings.js';
import { containsPhrase } from '../../restructure/match.js';
import { groupSections } from '../../restructure/sections.js';
import type { Edit } from './edits.js';

/** A run of blocks that a heading may open: it starts at a paragraph of the root (except a section's first). */
interface Unit {
  /** Where a heading would go: the start of the paragraph's line. */
  at: number;
  words: string[];
  sentences: string[];
}

interface Section {
  depth: number;
  units: Unit[];
}

export interface AddedHeading {
  /** Offset in the source where the heading line goes. */
  at: number;
  depth: number;
  text: string;
  edit: Edit;
}

export interface SubheadingInput {
  source: string;
  tree: Root;
  blocks: readonly Block[];
  /** Where the body starts (after the front matter). */
  bodyStart: number;
  lang: LanguagePack;
  focus: string;
  phrases: readonly HeadingPhrase[];
}

/** The start of the line of `offset` when the line before it is blank; undefined otherwise. */
function openingLine(source: string, offset: number, bodyStart: number): number | undefined {
  const line = source.lastIndexOf('\n', offset - 1) + 1;
  if (line <= bodyStart || !/^[ \t]*$/.test(source.slice(line, offset))) return undefined;
  const previous = source.lastIndexOf('\n', line - 2) + 1;
  return /^[ \t]*\n$/.test(source.slice(previous, line)) ? line : undefined;
}

/** A paragraph that leads into what follows: a question before its answer, an introduction ending with a colon. */
const LEADS_ON = /[:?][*_"'”’)\]]*$/;

/** Sections as the subheading assessment sees them, each cut into units a heading may open. */
function sectionsOf(input: SubheadingInput): Section[] {
  const { source, tree, blocks, bodyStart } = input;
  const sections: Section[] = [{ depth: 0, units: [] }];
  let b = 0;
  let leadsOn = false;
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (start < bodyStart) continue;
    const inside: Block[] = [];
    while (b < blocks.length && blocks[b]!.start < end) {
      if (blocks[b]!.start >= start) inside.push(blocks[b]!);
      b++;
    }
    const hasText = node.type === 'paragraph' && inside.some((x) => x.kind === 'paragraph' && x.sentences.length > 0);
    const opensUnit = hasText && !leadsOn ? openingLine(source, start, bodyStart) : undefined;
    leadsOn = node.type === 'paragraph' && LEADS_ON.test(source.slice(start, end).trimEnd());
    for (const block of inside) {
      if (block.kind === 'heading') {
        sections.push({ depth: block.depth, units: [] });
        continue;
      }
      const section = sections.at(-1)!;
      let unit = section.units.at(-1);
      if (!unit || (opensUnit !== undefined && block.start === start && unit.at !== opensUnit)) {
        unit = { at: block.start === start && opensUnit !== undefined ? opensUnit : -1, words: [], sentences: [] };
        section.units.push(unit);
      }
      for (const s of block.sentences) {
        unit.sentences.push(s.text);
        for (const w of s.words) unit.words.push(w.text.toLowerCase());
      }
    }
  }
  // A heading opens content: a unit too short to be worth one (a closing `Happy developing!`) joins the one before.
  const min = Math.round(input.lang.thresholds.subheadingWords.max / 15);
  for (const section of sections) {
    section.units = section.units.reduce<Unit[]>((units, unit) => {
      const last = units.at(-1);
      if (last && unit.words.length < min) {
        last.words.push(...unit.words);
        last.sentences.push(...unit.sentences);
      } else units.push(unit);
      return units;
    }, []);
  }
  return sections;
}

/** The headings to add, with the edits that add them. */
export function subheadings(input: SubheadingInput): AddedHeading[] {
  const { lang } = input;
  const max = lang.thresholds.subheadingWords.max;
  const stemsOf = (u: Unit): Set<string> => new Set(u.words.filter((w) => !lang.stopwords.has(w)).map((w) => lang.stem(w)));
  const groups: { depth: number; at: number; units: Unit[] }[] = [];
  for (const section of sectionsOf(input)) {
    const words = section.units.reduce((n, u) => n + u.words.length, 0);
    if (words <= max || section.units.length < 2) continue;
    const starts = groupSections(
      { words: section.units.map((u) => u.words.length), stems: section.units.map(stemsOf) },
      { maxWords: max, targetWords: Math.round(max * 0.6), minSections: 1 },
    );
    const depth = section.depth <= 1 ? 2 : Math.min(6, section.depth + 1);
    starts.forEach((s, i) => {
      if (s === 0) return;
      groups.push({ depth, at: section.units[s]!.at, units: section.units.slice(s, starts[i + 1] ?? section.units.length) });
    });
  }
  if (groups.length === 0) return [];
  const existing = input.blocks.filter((x) => x.kind === 'heading' && x.depth > 1);
  const withFocus = existing.filter((x) => containsPhrase(x.text, input.focus)).length;
  const focusSlots = Math.max(0, Math.min(groups.length, focusHeadingCount(existing.length + groups.length) - withFocus));
  const texts = buildHeadings({
    sections: groups.map((g) => g.units.flatMap((u) => u.words)),
    sentences: groups.map((g) => g.units.flatMap((u) => u.sentences)),
    phrases: input.phrases,
    focus: input.focus,
    lang,
    focusSlots,
  });
  return groups.map((g, i) => {
    const text = texts[i] ?? '';
    return { at: g.at, depth: g.depth, text, edit: { at: g.at, remove: 0, insert: `${headingLine(g.depth, text)}\n\n` } };
  });
}
