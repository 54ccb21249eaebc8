/** The shape of a configuration file, and of the configuration one file is checked with. */
import type { RuleSetting, Severity } from '../assess/types.js';
import type { FrontMatterFields } from '../document/front-matter.js';

export type { RuleSetting, Severity } from '../assess/types.js';

/** What a `.seo-rewriterc`, `seo-rewrite.config.js` or package.json `seo-rewrite` key may hold. */
export interface SeoRewriteConfig {
  /** ISO 639-1 code of the articles (`id`, `en`); detected per file when absent. */
  language?: string;
  /** Per-rule severity (`off`, `warn`, `error`) or `{ severity, thresholds }`, keyed by rule id. */
  rules?: Record<string, Severity | RuleSetting>;
  /** Names of the front-matter fields that hold the SEO fields (defaults fit Hugo, Jekyll and Astro). */
  frontMatter?: FrontMatterConfig;
  /** Gitignore-style patterns, relative to the configuration file's folder, of files not to check. */
  ignore?: string[];
}

/** Front-matter field names as written in a configuration file. */
export interface FrontMatterConfig {
  title?: string;
  description?: string;
  slug?: string;
  /** One name or several, tried in order (a list value gives its first item). */
  keyphrase?: string | string[];
}

/** The configuration one file is checked with: its configuration file (if any) and the command line merged. */
export interface ResolvedConfig {
  /** Absolute path of the configuration file, or null when none applies. */
  file: string | null;
  /** Folder that `ignore` patterns are relative to (the configuration file's, or the working folder). */
  dir: string;
  /** Language forced on the command line (`--lang`): over everything else. */
  forceLanguage: string | undefined;
  /** Language of the configuration: used when a file's front matter has no `lang`; detected when neither says. */
  language: string | undefined;
  rules: Readonly<Record<string, Severity | RuleSetting>>;
  fields: FrontMatterFields;
  ignore: readonly string[];
  /** Hash of everything above that changes a file's result (not `ignore`), for the cache key. */
  hash: string;
}
