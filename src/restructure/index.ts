/**
 * Restructuring: from the article's blocks to the SEO layout (H1 title, lead, H2 sections), plus the title,
 * meta description and slug. Sentences are moved, never reworded; removed ones are listed with the reason.
 */
import type { Block, FrontMatter, Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import type { Change } from '../pipeline/change-words.js';
import { buildDescription } from './description.js';
import { withoutSections } from './merge-sections.js';
import { buildHeadingsWithSources, focusHeadingCount, type HeadingPhrase } from './headings.js';
import { containsPhrase } from './match.js';
import { removeNonArticle, type Removal } from './remove.js';
import { groupSections } from './sections.js';
import { buildSlug } from './slug.js';
import { splitParagraph } from './split.js';
import { buildTitle, clauseTitles, titleAlternatives, type TitleAlternative } from './title.js';
import { articleNames, type ArticleNames } from './headline.js';
import { withoutDateline } from '../text/dateline.js';
import { readerNoteBlocks } from '../lang/reader-note.js';

export interface RestructureInput {
  blocks: readonly Block[];
  lang: LanguagePack;
  focus: string;
  /** Keyphrases, best first (the focus may be among them). */
  phrases: readonly HeadingPhrase[];
  /** Keep sentences that look like non-article content. */
  keepAll?: boolean;
  /** Metadata already set by the writer (front matter); kept when present. */
  frontMatter?: FrontMatter;
  /** The draft's headline line (raw text), a source for the title. */
  headline?: string;
  /** The writer gave the focus (`--keyphrase`, front matter): a title that holds it wins whenever one fits. */
  focusGiven?: boolean;
}

export interface OutBlock {
  kind: 'heading' | 'paragraph';
  depth?: number;
  text: string;
}

export interface RestructureResult {
  title: string;
  /** The title and up to two alternatives, best first. */
  titles: TitleAlternative[];
  description: string;
  slug: string;
  blocks: OutBlock[];
  removed: Removal[];
  /** What was changed, said in the report's language by the caller. */
  changes: Change[];
}

export interface Section {
  heading?: string;
  depth: number;
  paragraphs: Sentence[][];
}

const words = (p: readonly Sentence[]): number => p.reduce((n, s) => n + s.words.length, 0);
const paragraphText = (p: readonly Sentence[]): string => p.map((s) => s.text).join(' ');

/**
 * Paragraphs are split a little under the limit: word counts differ between tools (a lone dash or slash is a word
 * to some), and a paragraph at 149 by ours must not be 151 by the reader's.
 */
function splitLimit(max: number): number {
  return Math.floor(max * 0.95);
}

/** Splits every paragraph over the limit; reports how many were split. */
function splitAll(paragraphs: Sentence[][], max: number, changes: { split: number }): Sentence[][] {
  return paragraphs.flatMap((p) => {
    const parts = splitParagraph(p, max);
    if (parts.length > 1) changes.split++;
    return parts;
  });
}

/** The layout before any focus-dependent text: what stays, lead, sections (headed or not), and what changed. */
export interface Layout {
  lang: LanguagePack;
  h1?: string;
  pre: Sentence[][];
  lead: Sentence[][];
  leadSection: Section;
  sections: Section[];
  /** Notes to the reader (content warnings, help lines), in order: kept, but at the end and never the lead. */
  notes: Sentence[][];
  removed: Removal[];
  split: number;
}

/** Phase one: removal, partition, paragraph splits and topic sections. Independent of the focus keyphrase. */
export function layout(input: Omit<RestructureInput, 'focus' | 'phrases' | 'frontMatter' | 'headline'>): Layout {
  const { lang } = input;
  const th = lang.thresholds;
  const { blocks, removed } = input.keepAll ? { blocks: input.blocks, removed: [] } : removeNonArticle(input.blocks, lang);
  const counters = { split: 0 };

  // Partition: H1, preamble (before the first subheading), and the writer's own sections.
  let h1: string | undefined;
  const preamble: Sentence[][] = [];
  const existing: Section[] = [];
  const notes: Sentence[][] = [];
  const setAside = readerNoteBlocks(blocks, lang);
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (block.depth === 1 && h1 === undefined && existing.length === 0) h1 = block.text;
      else existing.push({ heading: block.text, depth: Math.max(2, block.depth), paragraphs: [] });
    } else if (setAside.has(block)) {
      notes.push(block.sentences);
    } else if (block.sentences.length > 0) {
      (existing.at(-1)?.paragraphs ?? preamble).push(block.sentences);
    }
  }
  const pre = splitAll(preamble, splitLimit(th.paragraphWords.max), counters);
  const lead = pre.slice(0, 1);
  const rest = pre.slice(1);
  const stemsOf = (p: Sentence[][]) =>
    p.map((para) => new Set(para.flatMap((s) => s.words.map((w) => w.text.toLowerCase())).filter((w) => !lang.stopwords.has(w)).map((w) => lang.stem(w))));
  const group = (paragraphs: Sentence[][], minSections: number): Sentence[][][] => {
    const starts = groupSections(
      { words: paragraphs.map(words), stems: stemsOf(paragraphs) },
      { maxWords: th.subheadingWords.max, targetWords: Math.round(th.subheadingWords.max * 0.6), minSections },
    );
    return starts.map((s, i) => paragraphs.slice(s, starts[i + 1] ?? paragraphs.length));
  };

  // Sections: new ones for unheaded text, the writer's kept (and divided when too long).
  const sections: Section[] = [];
  const restWords = rest.reduce((n, p) => n + words(p), 0);
  const leadSection: Section = { depth: 0, paragraphs: lead };
  // A short article reads best without subheadings (and Yoast asks for none under 300 words): sections are made
  // from half the subheading limit up, which gives a 250-word news story its three sections.
  const leadWords = lead.reduce((n, p) => n + words(p), 0);
  const enough = leadWords + restWords >= th.subheadingWords.max / 2;
  if ((existing.length === 0 && enough) || restWords > th.subheadingWords.max) {
    for (const paragraphs of group(rest, existing.length === 0 ? 3 : 1)) sections.push({ depth: 2, paragraphs });
  } else leadSection.paragraphs.push(...rest);
  for (const section of existing) {
    const paragraphs = splitAll(section.paragraphs, splitLimit(th.paragraphWords.max), counters);
    const total = paragraphs.reduce((n, p) => n + words(p), 0);
    const parts = total > th.subheadingWords.max ? group(paragraphs, 1) : [paragraphs];
    parts.forEach((part, i) => sections.push({ heading: i === 0 ? section.heading : undefined, depth: section.depth, paragraphs: part }));
  }
  return { lang, h1, pre, lead, leadSection, sections, notes, removed, split: counters.split };
}

/** What the title needs and gives: the article's words and names, and the title with its alternatives. */
interface TitleStage {
  writtenWords: ReadonlySet<string>;
  names: ArticleNames;
  /** Texts without the dateline at their start (`Jakarta (ANTARA News) - `): title and description tell the story. */
  story: (texts: string[]) => string[];
  title: string;
  titles: TitleAlternative[];
}

/** The title for a focus keyphrase: the writer's when given, else a headline from the article's words. */
export function titleStage(base: Layout, input: Omit<RestructureInput, 'blocks' | 'keepAll'>): TitleStage {
  const { lang, focus } = input;
  const { h1, lead, leadSection } = base;
  const paragraphs = [...leadSection.paragraphs, ...base.sections.flatMap((x) => x.paragraphs)];
  const allSentences = paragraphs.flat();
  const writtenWords = new Set(allSentences.flatMap((x) => x.words.map((w) => w.text.toLowerCase())));
  // How the article names people on second mention (`kata Bimo`): headlines name them so.
  const names = articleNames(allSentences, lang);
  const fm = input.frontMatter ?? {};
  const story = (texts: string[]): string[] => texts.map((t, i) => (i === 0 ? withoutDateline(t) : t));
  const leadSentences = story(lead[0]?.map((s) => s.text) ?? []);
  const titleInput = { lead: leadSentences, paragraphs, attested: (w: string) => writtenWords.has(w), names, headline: input.headline, focus, phrases: input.phrases.map((p) => p.phrase), lang, ...(input.focusGiven ? { focusGiven: true } : {}) };
  const given = fm.title || h1;
  // The clause headlines are found once: the title is chosen among them and the alternatives listed from them.
  const ranked = clauseTitles(titleInput);
  const title = given || buildTitle(titleInput, ranked);
  const fromWriter = Boolean(given) || (input.headline !== undefined && title === input.headline.trim());
  return { writtenWords, names, story, title, titles: titleAlternatives(ranked, title, fromWriter) };
}

/** Phase two: headings, title, description and slug for a focus keyphrase. */
export function finish(base: Layout, input: Omit<RestructureInput, 'blocks' | 'keepAll'>, focusSlotsWanted?: number): RestructureResult {
  const { lang, focus } = input;
  const th = lang.thresholds;
  const { h1, pre, leadSection, removed } = base;
  const sections = base.sections.map((s) => ({ ...s }));
  const counters = { split: base.split };
  // Headings for the sections that have none.
  const unheaded = sections.filter((s) => s.heading === undefined);
  const headedWithFocus = sections.filter((s) => s.heading !== undefined && containsPhrase(s.heading, focus)).length;
  const totalHeadings = sections.length;
  const focusSlots = Math.max(0, Math.min(unheaded.length, (focusSlotsWanted ?? focusHeadingCount(totalHeadings)) - headedWithFocus));
  const { writtenWords, names, story, title, titles } = titleStage(base, input);
  const fm = input.frontMatter ?? {};
  const headings = buildHeadingsWithSources({
    paragraphs: unheaded.map((s) => s.paragraphs),
    attested: (w) => writtenWords.has(w),
    names,
    sections: unheaded.map((s) => s.paragraphs.flatMap((p) => p.flatMap((x) => x.words.map((w) => w.text.toLowerCase())))),
    sentences: unheaded.map((s) => s.paragraphs.flatMap((p) => p.map((x) => x.text))),
    phrases: input.phrases,
    focus,
    lang,
    focusSlots,
    avoid: [title],
  });
  unheaded.forEach((s, i) => (s.heading = headings[i]?.text));
  // A section whose heading would say nothing of it (two of its phrases joined, `Play and game`, or the focus alone)
  // is no section of its own: an editor leaves that subheading out. Its paragraphs go on the section before, or on
  // the lead. So does one whose heading only names a thing of it (`Lingkungan Hidup`: blind judges rated every such
  // heading 1 of 5), where the section before stays within the longest text under one subheading.
  const weak = new Set(unheaded.filter((_, i) => headings[i]?.source === 'list' || headings[i]?.source === 'focus'));
  const named = new Set(unheaded.filter((_, i) => headings[i]?.source === 'phrase'));
  const { lead: leadParagraphs, sections: kept, left } = withoutSections(leadSection.paragraphs, sections, weak, { sections: named, maxWords: th.subheadingWords.max });
  // (Only generated headings are left out.)
  const added = unheaded.length - left.length;

  const opening = story([...pre, ...base.sections.flatMap((s) => s.paragraphs)].flat().slice(0, 8).map((s) => s.text));
  const description = fm.description || buildDescription({ sentences: opening, focus, lang });
  const slug = fm.slug || buildSlug(focus, [title, ...input.phrases.map((p) => p.phrase)], lang, th.slug.maxChars);

  const out: OutBlock[] = [{ kind: 'heading', depth: 1, text: title }];
  for (const p of leadParagraphs) out.push({ kind: 'paragraph', text: paragraphText(p) });
  for (const s of kept) {
    out.push({ kind: 'heading', depth: s.depth, text: s.heading ?? '' });
    for (const p of s.paragraphs) out.push({ kind: 'paragraph', text: paragraphText(p) });
  }
  for (const p of base.notes) out.push({ kind: 'paragraph', text: paragraphText(p) });

  const changes: Change[] = [];
  if (removed.length > 0) changes.push((t) => t.removed(removed.length));
  const notes = base.notes.length;
  if (notes > 0) changes.push((t) => t.readerNotes(notes));
  if (counters.split > 0) changes.push((t) => t.split(counters.split, th.paragraphWords.max));
  if (added > 0) changes.push((t) => t.sections(added));
  if (!fm.title && !h1) changes.push((t) => t.title);
  if (!fm.description) changes.push((t) => t.description);
  if (!fm.slug) changes.push((t) => t.slug);
  return { title, titles, description, slug, blocks: out, removed, changes };
}

/** Both phases with a given focus keyphrase. */
export function restructure(input: RestructureInput): RestructureResult {
  return finish(layout(input), input);
}
