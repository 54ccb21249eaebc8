/**
 * Finding and loading configuration: `.seo-rewriterc` (JSON or YAML), `.seo-rewriterc.json`,
 * `.seo-rewriterc.yaml`/`.yml`, `seo-rewrite.config.js` (`.mjs`, `.cjs`) or a `seo-rewrite` key in package.json;
 * the nearest one applies (configurations are not merged). Which folders are searched, and where code may be
 * loaded from, is `search.ts`'s job. Files are read as regular files only, up to a size limit (`read.ts`).
 */
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { FileError, readBytes } from '../engine/read.js';
import { problem } from '../lang/problem.js';
import { isCode, SEARCH_PLACES, searchedFolders } from './search.js';
import { ConfigError, validateConfig } from './validate.js';
import type { SeoRewriteConfig } from './types.js';
import type { ConfigSyntax } from '../lang/diagnostic-words.js';

export { SEARCH_PLACES } from './search.js';

/** Module name: the package.json key and the stem of the file names. */
export const CONFIG_NAME = 'seo-rewrite';

/** Largest configuration file read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A configuration file, loaded and validated. */
export interface LoadedConfig {
  /** Absolute path. */
  file: string;
  config: SeoRewriteConfig;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

type Parser = (content: string) => unknown;
const yamlParser: Parser = (content) => parseYaml(content, { prettyErrors: true });
const jsonParser: Parser = (content) => JSON.parse(content) as unknown;
/** `.seo-rewriterc` is JSON or YAML; JSON first, so that a JSON file gets JSON's error messages. */
const rcParser: Parser = (content) => (/^\s*[{[]/.test(content) ? jsonParser(content) : yamlParser(content));

function parserOf(file: string): { parse: Parser; syntax: ConfigSyntax } {
  if (file.endsWith('.json')) return { parse: jsonParser, syntax: 'json' };
  if (/\.ya?ml$/.test(file)) return { parse: yamlParser, syntax: 'yaml' };
  return { parse: rcParser, syntax: 'jsonOrYaml' };
}

function isPackageJson(file: string): boolean {
  return /(^|[\\/])package\.json$/.test(file);
}

/** Finds, loads and validates configuration files; caches by folder and by file. */
export class ConfigLoader {
  readonly #cwd: string;
  readonly #ruleIds: readonly string[];
  readonly #validated = new Map<string, LoadedConfig>();
  /** The configuration found in each folder searched (not above it). */
  readonly #byFolder = new Map<string, Promise<LoadedConfig | null>>();
  /** JavaScript configurations found outside the working folder, and not loaded. */
  readonly #notLoaded = new Set<string>();

  constructor(options: { cwd: string; ruleIds: readonly string[] }) {
    this.#cwd = options.cwd;
    this.#ruleIds = options.ruleIds;
  }

  /** The path shown in messages: relative to the working folder when under it. */
  display(file: string): string {
    const rel = relative(this.#cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
  }

  /** JavaScript configurations met outside the working folder and not loaded (shown paths, sorted). */
  get notLoaded(): string[] {
    return [...this.#notLoaded].map((file) => this.display(file)).sort();
  }

  #validate(file: string, config: unknown): LoadedConfig {
    const known = this.#validated.get(file);
    if (known) return known;
    const loaded = { file, config: validateConfig(config ?? {}, { file: this.display(file), ruleIds: this.#ruleIds }) };
    this.#validated.set(file, loaded);
    return loaded;
  }

  /** Reads and parses one configuration file; null for a package.json without the key. Throws ConfigError. */
  async #read(file: string): Promise<LoadedConfig | null> {
    if (isCode(file)) {
      try {
        const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
        return this.#validate(file, module.default);
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        throw new ConfigError(this.display(file), '', problem('cannotLoad', firstLine(error)));
      }
    }
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(readBytes(file, MAX_CONFIG_BYTES)).replace(/^\uFEFF/, '');
    } catch (error) {
      throw new ConfigError(this.display(file), '', problem('cannotReadConfig', error instanceof FileError ? error.reason : firstLine(error)));
    }
    const { parse, syntax } = parserOf(file);
    let value: unknown;
    try {
      value = content.trim() === '' ? {} : parse(content);
    } catch (error) {
      throw new ConfigError(this.display(file), '', problem('unparsable', syntax, firstLine(error)));
    }
    if (!isPackageJson(file)) return this.#validate(file, value);
    const key = value !== null && typeof value === 'object' && Object.hasOwn(value, CONFIG_NAME) ? (value as Record<string, unknown>)[CONFIG_NAME] : undefined;
    return key === undefined ? null : this.#validate(file, key);
  }

  /** The configuration of one folder (its own files only). */
  async #inFolder(dir: string): Promise<LoadedConfig | null> {
    for (const place of SEARCH_PLACES) {
      const file = join(dir, place);
      if (!statSync(file, { throwIfNoEntry: false })) continue;
      if (isCode(place) && dir !== resolve(this.#cwd)) {
        this.#notLoaded.add(file);
        continue;
      }
      const loaded = await this.#read(file);
      if (loaded) return loaded;
    }
    return null;
  }

  /** The configuration that applies to a file (nearest up to the project root), or null. Throws ConfigError. */
  async search(file: string): Promise<LoadedConfig | null> {
    const start = dirname(resolve(this.#cwd, file));
    for (const dir of searchedFolders(start, resolve(this.#cwd))) {
      let found = this.#byFolder.get(dir);
      if (!found) {
        found = this.#inFolder(dir);
        this.#byFolder.set(dir, found);
      }
      const loaded = await found;
      if (loaded) return loaded;
    }
    return null;
  }

  /** Loads a configuration file named on the command line (code allowed: the user asked for it). Throws ConfigError. */
  async load(file: string): Promise<LoadedConfig> {
    const absolute = resolve(this.#cwd, file);
    if (!statSync(absolute, { throwIfNoEntry: false })) throw new ConfigError(this.display(absolute), '', problem('noSuchConfig'));
    return (await this.#read(absolute)) ?? this.#validate(absolute, {});
  }
}
