/**
 * `--restructure` on a Markdown body: over-long paragraphs of the root are split between sentences, then
 * sections over the limit get subheadings (see `split-paragraphs.ts` and `subheadings.ts`). Both are edits spliced
 * into the source, never a re-serialised body; after each step the file is parsed again and every construct
 * counted: anything but the paragraphs and headings meant to be added changing count drops that step's edits.
 * Running it on its own output changes nothing: every paragraph is then under the limit (or has no place to cut),
 * and every section too (or is one paragraph).
 */
import type { Nodes } from 'mdast';
import { docFromMarkdown } from '../../document/from-markdown.js';
import type { FrontMatterFields } from '../../document/front-matter.js';
import type { Paragraph } from '../../document/types.js';
import type { LanguagePack } from '../../lang/types.js';
import type { HeadingPhrase } from '../../restructure/headings.js';
import type { Change } from '../../pipeline/change-words.js';
import { parseMarkdown, type ParsedMarkdown } from '../parse.js';
import { applyEdits, lineFinder, shifted, type Edit } from './edits.js';
import { paragraphSplits } from './split-paragraphs.js';
import { subheadings } from './subheadings.js';

export interface BodyRestructureInput {
  parsed: ParsedMarkdown;
  lang: LanguagePack;
  fields: FrontMatterFields;
  focus: string;
  phrases: readonly HeadingPhrase[];
}

export interface BodyRestructure {
  /** The file with the body restructured (the same object when nothing changed). */
  parsed: ParsedMarkdown;
  /** Headings added: offset in the restructured source, depth, text. */
  headings: { at: number; depth: number; text: string }[];
  /** Paragraphs split: offset in the restructured source, words, parts. */
  splits: { at: number; words: number; parts: number }[];
  /** A step left out because the file parsed otherwise after it (never expected; said in the report). */
  dropped: ('splits' | 'subheadings')[];
}

/** How many nodes of each type, paragraphs, headings and text aside (the steps add those). */
function census(tree: Nodes): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: Nodes): void => {
    counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return counts;
}

/** True when `after` has exactly the nodes of `before` plus `paragraphs` paragraphs and `headings` headings. */
function sameConstructs(before: Map<string, number>, after: Map<string, number>, paragraphs: number, headings: number): boolean {
  const types = new Set([...before.keys(), ...after.keys()]);
  for (const type of types) {
    if (type === 'text') continue;
    const extra = type === 'paragraph' ? paragraphs : type === 'heading' ? headings : 0;
    if ((after.get(type) ?? 0) !== (before.get(type) ?? 0) + extra) return false;
  }
  return true;
}

function paragraphsOf(parsed: ParsedMarkdown, input: BodyRestructureInput): ReturnType<typeof docFromMarkdown> {
  return docFromMarkdown(parsed, input.lang, { fields: input.fields });
}

/** Splits the over-long paragraphs, then adds the subheadings; returns the file as it then is, and what changed. */
export function restructureBody(input: BodyRestructureInput): BodyRestructure {
  const { lang } = input;
  const th = lang.thresholds;
  const dropped: BodyRestructure['dropped'] = [];
  let parsed = input.parsed;
  const bodyStart = parsed.matter?.end ?? 0;

  // Step 1: paragraphs. Parts a little under the limit, as the raw-text pipeline makes them (word counts differ
  // between tools), so that a second run finds nothing to split.
  const doc = paragraphsOf(parsed, input);
  const paragraphs = doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  const found = paragraphSplits(parsed.source, parsed.tree, paragraphs, th.paragraphWords.max, Math.floor(th.paragraphWords.max * 0.95));
  let splitEdits: Edit[] = found.flatMap((s) => s.edits);
  let splits = found.map((s) => ({ at: s.start, words: s.words, parts: s.parts }));
  if (splitEdits.length > 0) {
    const next = parseMarkdown(applyEdits(parsed.source, splitEdits));
    if (sameConstructs(census(parsed.tree), census(next.tree), splitEdits.length, 0)) parsed = next;
    else {
      dropped.push('splits');
      splitEdits = [];
      splits = [];
    }
  }
  splits = splits.map((s) => ({ ...s, at: shifted(s.at, splitEdits) }));

  // Step 2: subheadings, on the file as split.
  const blocks = splitEdits.length > 0 ? paragraphsOf(parsed, input).blocks : doc.blocks;
  const added = subheadings({ source: parsed.source, tree: parsed.tree, blocks, bodyStart, lang, focus: input.focus, phrases: input.phrases });
  let headings: BodyRestructure['headings'] = [];
  if (added.length > 0) {
    const edits = added.map((h) => h.edit);
    const next = parseMarkdown(applyEdits(parsed.source, edits));
    if (sameConstructs(census(parsed.tree), census(next.tree), 0, added.length)) {
      splits = splits.map((s) => ({ ...s, at: shifted(s.at, edits) }));
      // A heading inserted at an offset comes before what was there: its own place is that offset, shifted by the
      // headings before it only.
      headings = added.map((h) => ({ at: shifted(h.at - 1, edits) + 1, depth: h.depth, text: h.text }));
      parsed = next;
    } else dropped.push('subheadings');
  }
  return { parsed, headings, splits, dropped };
}

/**
 * The report's lines for a restructured body, with lines of `final`: the file once its front matter is edited too
 * (which adds lines before the body only).
 */
export function restructureChanges(result: BodyRestructure, final: string, paragraphMax: number): Change[] {
  if (result.splits.length === 0 && result.headings.length === 0 && result.dropped.length === 0) return [];
  const source = result.parsed.source;
  const lineOf = lineFinder(source);
  const lineShift = lineFinder(final)(final.length) - lineOf(source.length);
  const line = (at: number): number => lineOf(at) + lineShift;
  return [
    ...result.splits.map((s): Change => (t) => t.splitAt(line(s.at), s.words, paragraphMax, s.parts)),
    ...result.headings.map((h): Change => (t) => t.subheadingAt(h.text, h.depth, line(h.at))),
    ...result.dropped.map((what): Change => (t) => t.leftOut(what)),
  ];
}
