/**
 * The configuration each file is checked with: the nearest configuration file (or the one given with `--config`),
 * the command line over it, and whether the file is ignored (`ignore` in the configuration, `.seo-rewriteignore` in
 * the working folder, gitignore syntax).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { defaultFrontMatterFields, type FrontMatterFields } from '../document/front-matter.js';
import { FileError, readBytes } from '../engine/read.js';
import { problem } from '../lang/problem.js';
import { ConfigLoader, type LoadedConfig } from './load.js';
import type { FrontMatterConfig, ResolvedConfig } from './types.js';
import { ConfigError } from './validate.js';

/** Name of the ignore file read from the working folder. */
export const IGNORE_FILE = '.seo-rewriteignore';
/** Largest ignore file read. */
const MAX_IGNORE_BYTES = 1024 * 1024;

export interface ResolverOptions {
  cwd: string;
  /** Ids of the assessment rules (for validation). */
  ruleIds: readonly string[];
  /** A configuration file that applies to every file instead of discovery (`--config`). */
  configFile?: string;
  /** Language forced on the command line (`--lang`), over the configuration's. */
  language?: string;
}

/** JSON with object keys sorted, so equal configurations hash equally whatever their key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Front-matter field names from a configuration, over the defaults. */
export function fieldsOf(config: FrontMatterConfig | undefined): FrontMatterFields {
  if (!config) return defaultFrontMatterFields;
  const keyphrase = config.keyphrase === undefined ? defaultFrontMatterFields.keyphrase : typeof config.keyphrase === 'string' ? [config.keyphrase] : config.keyphrase;
  return {
    title: config.title ?? defaultFrontMatterFields.title,
    description: config.description ?? defaultFrontMatterFields.description,
    slug: config.slug ?? defaultFrontMatterFields.slug,
    keyphrase,
  };
}

function toResolved(loaded: LoadedConfig | null, cwd: string, language: string | undefined): ResolvedConfig {
  const config = loaded?.config ?? {};
  const resolved = {
    file: loaded?.file ?? null,
    dir: loaded ? resolve(loaded.file, '..') : cwd,
    forceLanguage: language,
    language: config.language,
    rules: config.rules ?? {},
    fields: fieldsOf(config.frontMatter),
    ignore: config.ignore ?? [],
  };
  const hash = createHash('sha256')
    .update(stableStringify({ forceLanguage: resolved.forceLanguage, language: resolved.language, rules: resolved.rules, fields: resolved.fields }))
    .digest('hex');
  return { ...resolved, hash };
}

/** Resolves configuration per file; create one per run (it caches by folder). */
export class ConfigResolver {
  readonly #options: ResolverOptions;
  readonly #loader: ConfigLoader;
  readonly #byFile = new Map<string | null, ResolvedConfig>();
  readonly #matchers = new Map<string, Ignore>();
  #fixed: Promise<LoadedConfig> | undefined;
  #ignoreFile: Promise<Ignore | null> | undefined;

  constructor(options: ResolverOptions) {
    this.#options = options;
    this.#loader = new ConfigLoader({ cwd: options.cwd, ruleIds: options.ruleIds });
  }

  /** The configuration for a file (path relative to cwd or absolute). Throws ConfigError. */
  async forFile(file: string): Promise<ResolvedConfig> {
    const loaded = this.#options.configFile
      ? await (this.#fixed ??= this.#loader.load(this.#options.configFile))
      : await this.#loader.search(resolve(this.#options.cwd, file));
    const key = loaded?.file ?? null;
    let resolved = this.#byFile.get(key);
    if (!resolved) {
      resolved = toResolved(loaded, this.#options.cwd, this.#options.language);
      this.#byFile.set(key, resolved);
    }
    return resolved;
  }

  /** JavaScript configurations found outside the working folder and not loaded (shown paths). */
  get notLoaded(): string[] {
    return this.#loader.notLoaded;
  }

  /** True when the file matches `.seo-rewriteignore` or its configuration's `ignore` patterns. */
  async isIgnored(file: string, config: ResolvedConfig): Promise<boolean> {
    const absolute = resolve(this.#options.cwd, file);
    const fromIgnoreFile = await (this.#ignoreFile ??= this.#readIgnoreFile());
    if (fromIgnoreFile && matches(fromIgnoreFile, this.#options.cwd, absolute)) return true;
    if (config.ignore.length === 0) return false;
    let matcher = this.#matchers.get(config.dir);
    if (!matcher) {
      matcher = ignore().add([...config.ignore]);
      this.#matchers.set(config.dir, matcher);
    }
    return matches(matcher, config.dir, absolute);
  }

  async #readIgnoreFile(): Promise<Ignore | null> {
    const path = join(this.#options.cwd, IGNORE_FILE);
    if (!existsSync(path)) return null;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readBytes(path, MAX_IGNORE_BYTES));
    } catch (error) {
      throw new ConfigError(IGNORE_FILE, '', problem('cannotReadIgnore', error instanceof FileError ? error.reason : (error as Error).message));
    }
    return ignore().add(text.replace(/^\uFEFF/, ''));
  }
}

function matches(matcher: Ignore, base: string, absolute: string): boolean {
  const rel = relative(base, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return matcher.ignores(rel.split('\\').join('/'));
}
