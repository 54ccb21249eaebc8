/**
 * One file's check: decode → Markdown (or raw text) into a Doc → SEO fields from front matter (H1, file name and
 * extraction as fallbacks) → assess with the configured rules and the file's inline directives → a FileReport and
 * its messages. Nothing is rewritten. A file that cannot be read carries a fatal message; the batch goes on.
 */
import { catalogueFor } from '../assess/locale.js';
import { changeWordsFor } from '../pipeline/change-words.js';
import { settledFocus } from '../pipeline/settle-focus.js';
import { highlightsOf } from '../assess/highlights.js';
import { extname } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { assess, seoScore, type AssessOptions, type RuleSetting, type Severity } from '../assess/index.js';
import { defaultFrontMatterFields, FrontMatterError, type FrontMatterFields } from '../document/front-matter.js';
import { docFromMarkdown } from '../document/from-markdown.js';
import { MarkdownLimitError } from '../markdown/limits.js';
import { parseMarkdown, type ParsedMarkdown } from '../markdown/parse.js';
import { docFromBlocks } from '../document/from-text.js';
import type { Doc, FrontMatter } from '../document/types.js';
import { chooseFocusKeyphrase, extractKeyphrases } from '../keyphrases/index.js';
import { detectLanguage } from '../lang/detect.js';
import { getLanguagePack } from '../lang/index.js';
import type { LanguagePack } from '../lang/types.js';
import { analyse, looksLikeMarkdown } from '../pipeline/rewrite.js';
import { slugFromPath } from '../pipeline/rewrite-markdown.js';

export { slugFromPath } from '../pipeline/rewrite-markdown.js';
import { readDraft } from '../document/draft.js';
import { normaliseText } from '../text/normalise.js';
import type { FileReport, KeyphraseReport } from '../types.js';
import { inlineControl } from './inline-control.js';
import { failedCheck, message, toPlainCheck, type CheckResult, type PlainCheckResult } from './cache.js';
import { decode, reasonOf } from './read.js';
import { problem } from '../lang/problem.js';
import { emptyReport } from './result.js';
import { summarise } from '../site/summary.js';
import { offLines, SITE_RULE_IDS } from '../site/index.js';
import { lineColumn, remapTextMessages } from './remap.js';

export { remapTextMessages } from './remap.js';

export { failedCheck, fromPlainCheck, toPlainCheck, type CheckResult, type PlainCheckResult } from './cache.js';

/** What a file is checked with (from its resolved configuration and the command line). */
export interface CheckSettings {
  /** Language forced on the command line: over the front matter's `lang`. */
  forceLanguage?: string;
  /** Language of the configuration: when the front matter has no `lang`. Detected when neither says. */
  language?: string;
  rules?: Readonly<Record<string, Severity | RuleSetting>>;
  fields?: FrontMatterFields;
  /** Rule ids known to the engine (unknown ids in inline directives are reported). */
  ruleIds?: readonly string[];
  /** False: no site summary (`check --no-site`). */
  site?: boolean;
  /** Put the top keyphrases in the file's site summary (for internal-link suggestions; costs an extraction). */
  siteKeyphrases?: boolean;
  /** Language of the messages (`--locale`); the article's language when absent. */
  locale?: string;
}

/** Invalid front matter: a fatal message at the line of the file where the problem is, when known. */
function frontMatterFailure(path: string, error: FrontMatterError): CheckResult {
  // The place says where; the reason need not.
  const result = failedCheck(path, error.detail, 'content', 'front-matter');
  const clean = result.report.error ?? '';
  if (error.line !== undefined && result.file.messages[0]) {
    result.file.messages[0] = message(path, clean, 'front-matter', true, { line: error.line, column: error.column ?? 1 });
  }
  return result;
}

/** Markdown past the parser's limits: the file is not processed (exit 2), with the line where it went over. */
function limitFailure(path: string, error: MarkdownLimitError): CheckResult {
  // The place says where; the reason need not.
  const result = failedCheck(path, problem('notProcessed', error.detail), 'io', 'markdown-limit');
  const reason = result.report.error ?? '';
  result.file.messages[0] = message(path, reason, 'markdown-limit', true, { line: error.line, column: 1 });
  return result;
}

/** True for files read as Markdown: `.md`/`.markdown`, or other text with front matter or `#` headings. */
export function isMarkdown(path: string, text: string): boolean {
  return /^\.(md|markdown|mdx)$/i.test(extname(path)) || looksLikeMarkdown(text);
}

/** The SEO fields of a document: front matter first, then the first H1 for the title and the file name for the slug. */
export function seoFields(doc: Doc, frontMatter: FrontMatter, path: string | null): { title: string; description: string; slug: string } {
  const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.depth === 1);
  return {
    title: frontMatter.title ?? h1?.text ?? '',
    description: frontMatter.description ?? '',
    slug: frontMatter.slug ?? (path ? slugFromPath(path) : ''),
  };
}

interface Parsed {
  doc: Doc;
  comments: { text: string; start: number; end: number }[];
  /** The Markdown file as parsed (parsed once, read again for another language), or false for raw text. */
  markdown: ParsedMarkdown | false;
  /** Normalised paragraphs of raw text in the doc, to map positions back to the file. */
  paragraphs: string[] | null;
  /** A raw draft's first line when it is a headline (kept out of the doc, as the rewrite does). */
  headline: string | undefined;
  /** The text language detection reads. */
  plain: string;
}

/** `markdown`: true to parse the text as Markdown, or the text already parsed (read again with another language). */
function parse(text: string, markdown: boolean | ParsedMarkdown, lang: Pick<LanguagePack, 'abbreviations' | 'nonArticle'>, fields: FrontMatterFields): Parsed {
  if (markdown) {
    const tree = typeof markdown === 'object' ? markdown : parseMarkdown(text);
    const doc = docFromMarkdown(tree, lang, { fields });
    return { doc, comments: doc.comments, markdown: tree, paragraphs: null, headline: undefined, plain: doc.blocks.map((b) => b.text).join('\n') };
  }
  const { paragraphs } = normaliseText(text);
  // Read as the rewrite reads it: the headline off, short lines between paragraphs as the writer's subheadings.
  const { headline, body, blocks } = readDraft(paragraphs, lang);
  return { doc: docFromBlocks(blocks, lang), comments: [], markdown: false, paragraphs: [...body], headline, plain: paragraphs.join('\n') };
}

/**
 * The focus keyphrase of a file whose front matter names none: the one the rewrite would choose (the pipeline's
 * analysis: layout, keyphrases, fit), so that check and rewrite score the file alike. If the analysis fails, the
 * keyphrases are extracted here.
 */
function focusOf(text: string, markdown: boolean, parsed: Parsed, lang: LanguagePack, fields: FrontMatterFields, locale: string | undefined): { keyphrase: string; keyphrases: KeyphraseReport[]; reason?: string } {
  try {
    const analysis = analyse(text, { format: markdown ? 'markdown' : 'text', lang: lang.code, frontMatterFields: fields }, parsed.markdown || undefined);
    const keyphrases = analysis.keyphrases.slice(0, 10).map((k) => ({ phrase: k.phrase, score: Math.round(k.score * 1000) / 1000 }));
    // The focus the rewrite settles on: the one its title holds (one engine).
    const settled = settledFocus(analysis, changeWordsFor(lang.code, locale).focus);
    return { keyphrase: settled.focus, keyphrases, reason: settled.focusReason };
  } catch {
    const { doc } = parsed;
    const headline = parsed.headline ?? doc.blocks.find((b) => b.kind === 'heading' && b.depth === 1)?.text;
    const head = headline ? docFromBlocks([{ kind: 'heading', depth: 1, text: headline }], lang).blocks : [];
    const source: Doc = { ...doc, blocks: [...head, ...doc.blocks.filter((b) => b.kind === 'paragraph')] };
    const found = extractKeyphrases(source, lang, { max: 20 });
    const keyphrase = chooseFocusKeyphrase(source, found, lang)?.phrase ?? found[0]?.phrase ?? '';
    return { keyphrase, keyphrases: found.slice(0, 10).map((k) => ({ phrase: k.phrase, score: Math.round(k.score * 1000) / 1000 })) };
  }
}

/** The `lang` of the front matter, read without parsing the document (so that it is parsed once, with the right rules). */
function peekLanguage(text: string): string | undefined {
  const block = /^---\n([\s\S]*?)\n(?:---|\.\.\.)(?:\n|$)/.exec(text)?.[1];
  return block ? /^lang:[ \t]*["']?([a-z]{2,3})["']?[ \t]*$/m.exec(block)?.[1] : undefined;
}

function languageOf(parsed: Parsed, settings: CheckSettings): string {
  const fromFrontMatter = parsed.doc.frontMatter.lang;
  const code = settings.forceLanguage ?? (typeof fromFrontMatter === 'string' && fromFrontMatter ? fromFrontMatter : undefined) ?? settings.language;
  if (code) return code;
  const detected = detectLanguage(parsed.plain).lang;
  return detected === 'und' ? 'en' : detected;
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Checks decoded text. Never throws: invalid front matter becomes a fatal message, a file without article text is
 * marked skipped.
 */
export function checkText(path: string, raw: string, settings: CheckSettings = {}): CheckResult {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fields = settings.fields ?? defaultFrontMatterFields;
  const markdown = isMarkdown(path, text);
  try {
    const guess = settings.forceLanguage ?? (markdown ? peekLanguage(text) : undefined) ?? settings.language ?? 'en';
    const provisional = getLanguagePack(guess).pack;
    let parsed = parse(text, markdown, provisional, fields);
    const file = new VFile({ path });
    if (!parsed.doc.blocks.some((b) => b.kind === 'paragraph' && b.sentences.length > 0)) {
      file.messages.push(message(path, 'No article text to assess (empty, or only front matter, headings or shortcodes): skipped', 'no-text', undefined));
      return { file, report: emptyReport(path, null, null), failure: null, skipped: true };
    }
    const choice = getLanguagePack(languageOf(parsed, settings));
    if (choice.pack !== provisional) parsed = parse(text, parsed.markdown || markdown, choice.pack, fields);
    const lang = choice.pack;
    const { doc } = parsed;
    const fm = doc.frontMatter;

    let keyphrase = fm.keyphrase ?? '';
    let keyphrases: KeyphraseReport[] = [];
    let focusReason = keyphrase ? changeWordsFor(lang.code, settings.locale).focus.given : undefined;
    if (!keyphrase) {
      ({ keyphrase, keyphrases, reason: focusReason } = focusOf(text, markdown, parsed, lang, fields, settings.locale));
      if (markdown && keyphrase) {
        file.messages.push(message(path, catalogueFor(lang.code, settings.locale).guessedKeyphrase(fields.keyphrase.join(', '), keyphrase), 'front-matter', undefined, { line: 1, column: 1 }));
      }
    }
    const { title, description, slug } = seoFields(doc, fm, markdown ? path : null);

    const control = inlineControl(parsed.comments, { blocks: doc.blocks, ruleIds: settings.ruleIds, source: doc.source });
    const options: AssessOptions = { rules: settings.rules ?? {}, isDisabled: control.isDisabled, ...(settings.locale ? { locale: settings.locale } : {}) };
    const outcome = assess({ doc, lang, keyphrase, title, description, slug }, options);
    const messages = parsed.paragraphs ? remapTextMessages(outcome.messages, text, parsed.paragraphs) : outcome.messages;
    // A focus the writer did not set is our guess: as Yoast, which asks for a focus before judging one, verdicts on
    // it are notes, and the SEO score (what --min-score reads) leaves them out.
    const guessed = markdown && !fm.keyphrase;
    if (guessed) for (const m of messages) if (m.ruleId?.startsWith('keyphrase-')) m.fatal = undefined;
    const scores = guessed
      ? { ...outcome.scores, seo: seoScore(outcome.assessments.filter((a) => a.category === 'seo' && !a.id.startsWith('keyphrase-')).map((a) => a.score)) }
      : outcome.scores;
    for (const m of messages) m.file = path;
    file.messages.push(...messages);
    for (const problem of control.problems) {
      const at = lineColumn(text, problem.start);
      file.messages.push(message(path, problem.reason, 'inline-control', false, at));
    }
    if (choice.generic) file.messages.push(message(path, catalogueFor(lang.code, settings.locale).genericLanguage(lang.code), 'language', undefined, { line: 1, column: 1 }));
    file.messages.sort(byPlace);
    const report: FileReport = {
      path, output: null, lang: lang.code, focusKeyphrase: keyphrase, ...(focusReason ? { focusReason } : {}), keyphrases, title, description, slug, markdown: '',
      score: scores, before: null, assessments: outcome.assessments, removed: [], changes: [], highlights: highlightsOf(outcome.marks, doc.source), error: null,
    };
    const summarised = settings.site === false ? undefined : summarise({ doc, markdown: parsed.markdown, lang, fields, title, description, slug, focus: fm.keyphrase ?? '', keyphrases: settings.siteKeyphrases ?? false });
    // The site rules the file's comments turn off, and where (the site pass sees the summary only).
    const off = summarised && parsed.comments.length > 0 ? offLines(doc.source, SITE_RULE_IDS, control.isDisabled) : undefined;
    const summary = summarised && off ? { ...summarised, off } : summarised;
    return { file, report, failure: null, skipped: false, ...(summary ? { summary } : {}) };
  } catch (error) {
    if (error instanceof FrontMatterError) return frontMatterFailure(path, error);
    if (error instanceof MarkdownLimitError) return limitFailure(path, error);
    return failedCheck(path, problem('internal', error instanceof Error ? error.message : String(error)), 'content', 'internal');
  }
}

/** Checks bytes read from a file (decoding them first). Never throws. */
export function checkBytes(path: string, bytes: Uint8Array, settings: CheckSettings = {}): CheckResult {
  let text: string;
  try {
    text = decode(bytes);
  } catch (error) {
    return failedCheck(path, reasonOf(error), 'io');
  }
  return checkText(path, text, settings);
}

/** One file for a worker thread: its bytes (already read for the cache key) and its settings. */
export interface CheckTask {
  path: string;
  bytes: Uint8Array;
  settings: CheckSettings;
}

/** Worker-thread entry (`dist/engine/check.js` is loaded by the pool of `check --jobs`): one file in, plain data out. */
export default function checkTask(task: CheckTask): PlainCheckResult {
  // Messages are Errors: capturing a stack for each of thousands of notes is a tenth of the run, and none is shown.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return toPlainCheck(checkBytes(task.path, task.bytes, task.settings));
  } finally {
    Error.stackTraceLimit = limit;
  }
}
