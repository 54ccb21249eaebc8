/**
 * seo-rewrite as a library: rewrite an article, extract keyphrases, assess a document. The CLI is built on these.
 */
export { rewrite, looksLikeMarkdown, type RewriteOptions, type RewriteResult } from './pipeline/rewrite.js';
export { InputError, NoArticleText } from './pipeline/errors.js';
export { check, type CheckOptions } from './api/check.js';
export { ConfigError } from './config/index.js';
export { extractKeyphrases, chooseFocusKeyphrase, type Keyphrase } from './keyphrases/index.js';
export { keyphrases, type KeyphraseData, type KeyphrasesOptions } from './keyphrases/plugin.js';
export { assess, rules, type AssessInput, type AssessOptions, type AssessOutcome } from './assess/index.js';
export { detectLanguage, type Detection } from './lang/detect.js';
export { getLanguagePack, supportedLanguages, type LanguagePack, type Thresholds } from './lang/index.js';
export { docFromMarkdown } from './document/from-markdown.js';
export { docFromParagraphs } from './document/from-text.js';
export { normaliseText } from './text/normalise.js';
export type { Doc, Block, Heading, Paragraph, Sentence, Word, FrontMatter } from './document/types.js';
export type * from './types.js';
