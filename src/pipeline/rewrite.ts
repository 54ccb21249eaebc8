/**
 * The per-file pipeline: normalise → detect language → segment → keyphrases → restructure → assess (before and
 * after) → Markdown. Pure: text in, result out; no I/O.
 */
import { highlightsOf } from '../assess/highlights.js';
import type { VFileMessage } from 'vfile-message';
import { assess, type AssessOptions } from '../assess/index.js';
import { defaultFrontMatterFields, type FrontMatterFields } from '../document/front-matter.js';
import { docFromMarkdown, shiftedDoc } from '../document/from-markdown.js';
import { parseMarkdown, prepare, type ParsedMarkdown, type TextForm } from '../markdown/parse.js';
import { editMarkdown, slugFromPath } from './rewrite-markdown.js';
import { restructureBody, restructureChanges } from '../markdown/restructure/index.js';
import { readDraft } from '../document/draft.js';
import { docFromBlocks } from '../document/from-text.js';
import { toMarkdown } from '../document/to-markdown.js';
import type { Block, Doc, FrontMatter } from '../document/types.js';
import { extractKeyphrases, type Keyphrase } from '../keyphrases/index.js';
import { chooseFocus, type FocusChoice } from '../focus/index.js';
import { settleFocus } from './settle-focus.js';
import { yoastFitter } from '../focus/yoast-fit.js';
import { detectLanguage } from '../lang/detect.js';
import { getLanguagePack, type LanguagePack } from '../lang/index.js';
import { firstTags, orderedKeywords } from './keywords.js';
import { layout, type Layout } from '../restructure/index.js';
import { normaliseText, type NormaliseResult } from '../text/normalise.js';
import type { AssessmentReport, FileReport, OriginalReport, Scores } from '../types.js';
import { NoArticleText } from './errors.js';
import { changeWordsFor, type Change, type ChangeWords } from './change-words.js';

export interface RewriteOptions {
  /** Language code; detected when absent. */
  lang?: string;
  /** Focus keyphrase; chosen from the article when absent. */
  keyphrase?: string;
  /** Keep sentences that look like non-article content. */
  keepAll?: boolean;
  /** `markdown` reads front matter and headings; `auto` decides by content. */
  format?: 'auto' | 'text' | 'markdown';
  /** Number of keyphrases to report. */
  maxKeyphrases?: number;
  frontMatterFields?: FrontMatterFields;
  assess?: AssessOptions;
  /** The file's path: a Markdown file's slug comes from it (no `slug` field is added, which would change its URL). */
  path?: string;
  /** Replace the title, description, slug and focus the writer set in a Markdown file's front matter. */
  overwrite?: boolean;
  /** An H1 in the body: `auto` for a raw draft and never for Markdown (the front matter holds the title). */
  h1?: 'auto' | 'always' | 'never';
  /** Markdown: also split over-long paragraphs and add subheadings to over-long sections, in place. */
  restructure?: boolean;
}

/** One rewritten article: the JSON report's fields (without path, output and error), plus what the CLI shows. */
export interface RewriteResult extends Omit<FileReport, 'path' | 'output' | 'error' | 'before'> {
  before: Scores;
  /** Warnings for the user (e.g. a language without a pack of its own). */
  warnings: string[];
  /** Diagnostics on the rewritten article. */
  messages: VFileMessage[];
  /** What was changed, in words (in the report's language). */
  changes: string[];
}

/** Markdown when it has front matter or ATX headings; raw text otherwise. */
export function looksLikeMarkdown(text: string): boolean {
  return /^\uFEFF?(?:---|\+\+\+)\r?\n/.test(text) || /^#{1,6} \S/m.test(text);
}

export interface Source {
  /** A Markdown file as parsed (edited in place by the rewrite), and the BOM and line endings to give back. */
  markdown?: { parsed: ParsedMarkdown; form: TextForm };
  doc: Doc;
  frontMatter: FrontMatter;
  /** What reading the draft changed, said in the report's language at the end. */
  changes: Change[];
  /** A raw draft's first line when it is a headline rather than a paragraph. */
  headline?: string;
}

function readSource(text: string, fields: FrontMatterFields, lang: LanguagePack, parsed?: Source['markdown']): Source {
  let markdown = parsed;
  if (!markdown) {
    const prepared = prepare(text);
    markdown = { parsed: parseMarkdown(prepared.text), form: prepared.form };
  }
  const doc = docFromMarkdown(markdown.parsed, lang, { fields });
  return { markdown, doc, frontMatter: doc.frontMatter, changes: [] };
}

function fromNormalised(normalised: NormaliseResult, lang: LanguagePack): Source {
  const changes: Change[] = [];
  const { gluedSentences: glued, entities, furniture, whitespace } = normalised.changes;
  if (glued > 0) changes.push((t) => t.glued(glued));
  if (entities > 0) changes.push((t) => t.entities(entities));
  if (furniture > 0) changes.push((t) => t.furniture(furniture));
  if (whitespace > 0) changes.push((t) => t.whitespace(whitespace));
  const { headline, blocks, subheadings } = readDraft(normalised.paragraphs, lang);
  if (headline) changes.push((t) => t.headline);
  if (subheadings > 0) changes.push((t) => t.writerSubheadings(subheadings));
  return { doc: docFromBlocks(blocks, lang), frontMatter: {}, changes, ...(headline ? { headline } : {}) };
}

function plainText(doc: Doc): string {
  return doc.blocks.map((b) => b.text).join('\n');
}

/** Everything known about an article before its text is rewritten: language, layout, keyphrases, focus. */
export interface Analysis {
  lang: LanguagePack;
  warnings: string[];
  source: Source;
  base: Layout;
  /** The best keyphrases, the focus's candidates. */
  keyphrases: Keyphrase[];
  /** The ranking further on (`keyphrases` first): the tags are taken from it, so that they fill their list. */
  ranked: Keyphrase[];
  /** The article's blocks with the headline (a raw draft's first line) first: where a tag's uses are read. */
  written: Block[];
  focus: string;
  /** Subheadings that should carry the focus, when it was fitted. */
  slots: number | undefined;
  /** Why this focus, in words. */
  focusReason: string;
  /** The focus model's choice with every candidate scored (absent when the writer gave the focus). */
  focusChoice?: FocusChoice;
}

/**
 * Reads, detects, lays out and chooses keyphrases (the focus-dependent text is not built yet). `check` uses this to
 * score a file with the focus the rewrite would choose (passing the file as it parsed it). Throws InputError when
 * there is nothing to work on.
 */
export function analyse(text: string, options: RewriteOptions = {}, parsed?: ParsedMarkdown): Analysis {
  const format = options.format && options.format !== 'auto' ? options.format : looksLikeMarkdown(text) ? 'markdown' : 'text';
  const fields = options.frontMatterFields ?? defaultFrontMatterFields;
  const warnings: string[] = [];
  // Segmentation needs the language's abbreviations: Markdown is read once with English rules to detect the
  // language (and again only for another language); raw text is normalised first, which needs no language.
  const normalised = format === 'text' ? normaliseText(text) : undefined;
  const provisional = getLanguagePack(options.lang ?? 'en').pack;
  // `parsed`: the same text already parsed as Markdown (by `check`), not parsed again.
  const preparsed = parsed ? { parsed, form: prepare(text).form } : undefined;
  const markdown = format === 'markdown' ? readSource(text, fields, provisional, preparsed) : undefined;
  const plain = normalised ? normalised.paragraphs.join('\n') : plainText(markdown!.doc);
  if (plain.trim() === '' || (markdown && !markdown.doc.blocks.some((b) => b.kind === 'paragraph' && b.sentences.length > 0))) {
    throw new NoArticleText();
  }
  const code = options.lang ?? markdown?.frontMatter.lang?.toString() ?? detectLanguage(plain).lang;
  const choice = getLanguagePack(code === 'und' ? 'en' : code);
  const lang = choice.pack;
  // The warnings and the focus's reason are said in the report's language, as the changes are.
  const words = changeWordsFor(lang.code, options.assess?.locale);
  if (choice.generic) warnings.push(words.genericLanguage(code));
  const source = normalised ? fromNormalised(normalised, lang) : lang === provisional ? markdown! : readSource(text, fields, lang, markdown!.markdown);

  const fm = source.frontMatter;
  // Layout first (what stays, sections): keyphrases then come from the kept text only, never from removed
  // sentences or from subheadings (ours would feed back on a re-run), with the headline as a signal.
  const base = layout({ blocks: source.doc.blocks, lang, keepAll: options.keepAll ?? false });
  const headline = source.headline ?? base.h1;
  const kept = [...base.leadSection.paragraphs, ...base.sections.flatMap((x) => x.paragraphs)];
  const headlineBlocks = headline ? docFromBlocks([{ kind: 'heading', depth: 1, text: headline }], lang).blocks : [];
  const written = source.headline ? [...headlineBlocks, ...source.doc.blocks] : source.doc.blocks;
  const extractionDoc: Doc = {
    source: source.doc.source,
    frontMatter: fm,
    blocks: [
      ...headlineBlocks,
      ...kept.map((sentences) => ({
        kind: 'paragraph' as const,
        text: sentences.map((x) => x.text).join(' '),
        sentences,
        start: sentences[0]?.start ?? 0,
        end: sentences.at(-1)?.end ?? 0,
      })),
    ],
  };
  // The list is chosen greedily, so its head is the shorter list: the focus sees the same candidates as ever.
  const wanted = Math.max(options.maxKeyphrases ?? 10, 20);
  const ranked: Keyphrase[] = extractKeyphrases(extractionDoc, lang, { max: 2 * wanted });
  const keyphrases = ranked.slice(0, wanted);
  const given = options.keyphrase?.trim() || fm.keyphrase;
  const focusWords = words.focus;
  if (given) {
    const slots = yoastFitter(base, source.headline)(given).slots;
    return { lang, warnings, source, base, keyphrases, ranked, written, focus: given, slots, focusReason: focusWords.given };
  }
  // Without a writer's headline, the headline the lead's main clause gives stands in for it: a focus that the title
  // will hold is what Yoast's title check and an editor both look for.
  const picked = chooseFocus({ base, keyphrases, ...(source.headline ? { headline: source.headline } : {}) });
  const focus = picked?.phrase ?? keyphrases[0]?.phrase ?? '';
  const focusReason = picked?.reason(focusWords) ?? (focus ? focusWords.fallback : focusWords.none);
  return { lang, warnings, source, base, keyphrases, ranked, written, focus, slots: picked?.slots, focusReason, focusChoice: picked };
}

/** Rewrites one article. Throws NoArticleText when there is nothing to work on (an InputError). */
export function rewrite(text: string, options: RewriteOptions = {}): RewriteResult {
  const analysis = analyse(text, options);
  const { lang, warnings, source, base, keyphrases, ranked, written } = analysis;
  // The report's lines are said in the language its assessment messages are (`--locale`, else the article's).
  const words = changeWordsFor(lang.code, options.assess?.locale);
  const fm = source.frontMatter;
  const fields = options.frontMatterFields ?? defaultFrontMatterFields;
  const markdownSource = source.markdown;
  const overwrite = options.overwrite ?? false;
  const given = markdownSource && overwrite ? {} : fm;
  // The focus and the title agree (as `check` finds them too).
  const { focus, slots, focusReason, phrases, result } = settleFocus(analysis, given, words.focus);
  if (markdownSource) {
    const slug = (!overwrite && fm.slug) || (options.path ? slugFromPath(options.path) : result.slug);
    const body = options.restructure ? restructureBody({ parsed: markdownSource.parsed, lang, fields, focus, phrases }) : undefined;
    const edit = editMarkdown({
      parsed: body?.parsed ?? markdownSource.parsed, form: markdownSource.form, fields,
      title: result.title, description: result.description, slug, focus,
      hasH1: base.h1 !== undefined, overwrite, h1: options.h1 ?? 'auto',
      ...(options.path ? { path: options.path } : {}),
    });
    const beforeInput = { doc: source.doc, lang, keyphrase: focus, title: fm.title ?? base.h1 ?? '', description: fm.description ?? '', slug: fm.slug ?? (options.path ? slugFromPath(options.path) : '') };
    const before = assess(beforeInput, options.assess);
    // Only the front matter changed unless the body was restructured or given an H1: its blocks are the source's.
    const bodyChanged = edit.h1Added || (body !== undefined && body.parsed !== markdownSource.parsed);
    const outDoc = bodyChanged ? docFromMarkdown(edit.prepared, lang, { fields }) : shiftedDoc(source.doc, edit.prepared, edit.prepared.length - markdownSource.parsed.source.length);
    const after = assess({ doc: outDoc, lang, keyphrase: focus, title: result.title, description: result.description, slug }, options.assess);
    const tags = firstTags(ranked, written, lang, options.maxKeyphrases ?? 10);
    const fmChanges = edit.frontMatter;
    const changes: Change[] = [
      ...(fmChanges.created ? [(t: ChangeWords) => t.frontMatterCreated] : []),
      ...(fmChanges.added.length > 0 ? [(t: ChangeWords) => t.frontMatterAdded(fmChanges.added.join(', '))] : []),
      ...(fmChanges.changed.length > 0 ? [(t: ChangeWords) => t.frontMatterChanged(fmChanges.changed.join(', '))] : []),
      ...(fmChanges.kept.length > 0 ? [(t: ChangeWords) => t.frontMatterKept(fmChanges.kept.join(', '), overwrite)] : []),
      ...(edit.h1Added ? [(t: ChangeWords) => t.h1Added] : []),
      ...(body ? restructureChanges(body, edit.prepared, lang.thresholds.paragraphWords.max) : []),
      (t: ChangeWords) => t.unchanged,
    ];
    return {
      lang: lang.code, warnings, focusKeyphrase: focus, focusReason,
      keyphrases: tags.slice(0, options.maxKeyphrases ?? 10).map((k) => ({ phrase: k.phrase, score: round(k.score) })),
      title: result.title, description: result.description, slug, markdown: edit.markdown,
      score: after.scores, before: before.scores, assessments: after.assessments, messages: after.messages,
      removed: [], changes: changes.map((c) => c(words)), highlights: highlightsOf(after.marks, outDoc.source), original: originalOf(beforeInput, before.assessments),
    };
  }

  const beforeInput = { doc: source.doc, lang, keyphrase: focus, title: fm.title ?? base.h1 ?? '', description: fm.description ?? '', slug: fm.slug ?? '' };
  const before = assess(beforeInput, options.assess);
  const outDoc = docFromBlocks(result.blocks, lang);
  const after = assess({ doc: outDoc, lang, keyphrase: focus, title: result.title, description: result.description, slug: result.slug }, options.assess);

  // The article's tags: what it is about, so no verb form or lone modifier (`continued`, `contributing`), which the
  // ranking keeps for recall (crowd annotators tag them) but an editor would not list (see `isTag`).
  const max = options.maxKeyphrases ?? 10;
  const tags = firstTags(ranked, written, lang, max);
  const reported = tags.slice(0, max);
  const keywords = fm.keywords && fm.keywords.length > 0 ? fm.keywords : orderedKeywords(focus, tags, lang).slice(0, max);
  const frontMatter: Record<string, unknown> = {
    ...withoutKnown(fm, fields),
    title: result.title,
    description: result.description,
    slug: result.slug,
    keyphrase: focus,
    keywords,
    lang: lang.code,
    scores: { seo: after.scores.seo, readability: after.scores.readability },
  };
  return {
    lang: lang.code,
    warnings,
    focusKeyphrase: focus,
    focusReason,
    keyphrases: reported.map((k) => ({ phrase: k.phrase, score: round(k.score) })),
    title: result.title,
    titles: result.titles,
    description: result.description,
    slug: result.slug,
    // A raw draft gets the title as its H1 unless told `never` (a theme that prints the front-matter title).
    markdown: toMarkdown(options.h1 === 'never' ? result.blocks.filter((b, i) => !(i === 0 && b.kind === 'heading' && b.depth === 1)) : result.blocks, frontMatter),
    score: after.scores,
    before: before.scores,
    assessments: after.assessments,
    messages: after.messages,
    removed: result.removed.map((r) => ({ text: r.text, reason: words.reasons[r.kind], kind: r.kind })),
    changes: [...source.changes, ...result.changes].map((c) => c(words)),
    highlights: highlightsOf(after.marks, outDoc.source),
    original: originalOf(beforeInput, before.assessments),
  };
}

/** The SEO fields and verdicts before the rewrite, for the report's before/after views. */
function originalOf(input: { title: string; description: string; slug: string }, assessments: AssessmentReport[]): OriginalReport {
  return { title: input.title, description: input.description, slug: input.slug, assessments };
}

/** Front-matter keys the writer had that we do not set ourselves, kept as they were. */
function withoutKnown(fm: FrontMatter, fields: FrontMatterFields): Record<string, unknown> {
  const known = new Set(['title', 'description', 'slug', 'keyphrase', 'keywords', 'lang', 'scores', fields.title, fields.description, fields.slug]);
  return Object.fromEntries(Object.entries(fm).filter(([k]) => !known.has(k)));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
