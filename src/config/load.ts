/**
 * Finding and loading configuration with lilconfig: `.seo-rewriterc` (JSON or YAML), `.seo-rewriterc.json`,
 * `.seo-rewriterc.yaml`/`.yml`, `seo-rewrite.config.js` (`.mjs`, `.cjs`) or a `seo-rewrite` key in package.json,
 * found by walking up from each checked file; the nearest one applies (configurations are not merged).
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { defaultLoaders, lilconfig, type Loader, type LilconfigResult } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { ConfigError, validateConfig } from './validate.js';
import type { SeoRewriteConfig } from './types.js';

/** Module name: the package.json key and the stem of the file names. */
export const CONFIG_NAME = 'seo-rewrite';

/** Where a configuration is looked for in each folder, in this order. */
export const SEARCH_PLACES: readonly string[] = [
  'package.json',
  '.seo-rewriterc',
  '.seo-rewriterc.json',
  '.seo-rewriterc.yaml',
  '.seo-rewriterc.yml',
  'seo-rewrite.config.js',
  'seo-rewrite.config.mjs',
  'seo-rewrite.config.cjs',
];

/** A configuration file, loaded and validated. */
export interface LoadedConfig {
  /** Absolute path. */
  file: string;
  config: SeoRewriteConfig;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

const yamlLoader: Loader = (_file, content) => parseYaml(content.replace(/^\uFEFF/, ''), { prettyErrors: true });
const jsonLoader: Loader = (_file, content) => JSON.parse(content.replace(/^\uFEFF/, '')) as unknown;
/** `.seo-rewriterc` is JSON or YAML; JSON first, so that a JSON file gets JSON's error messages. */
const rcLoader: Loader = (file, content) => (/^\s*[{[]/.test(content.replace(/^\uFEFF/, '')) ? jsonLoader(file, content) : yamlLoader(file, content));

type Searcher = ReturnType<typeof lilconfig>;

/** Finds, loads and validates configuration files; caches by folder and by file. */
export class ConfigLoader {
  readonly #cwd: string;
  readonly #ruleIds: readonly string[];
  readonly #searcher: Searcher;
  readonly #validated = new Map<string, LoadedConfig>();

  constructor(options: { cwd: string; ruleIds: readonly string[] }) {
    this.#cwd = options.cwd;
    this.#ruleIds = options.ruleIds;
    // Each loader's failure names its file (lilconfig does not say which file it was reading).
    const tagged =
      (loader: Loader, what: string): Loader =>
      async (file, content) => {
        try {
          return (await loader(file, content)) as unknown;
        } catch (error) {
          throw new ConfigError(this.display(file), '', `${what}: ${firstLine(error)}`);
        }
      };
    const js = defaultLoaders['.js'];
    this.#searcher = lilconfig(CONFIG_NAME, {
      searchPlaces: [...SEARCH_PLACES],
      loaders: {
        noExt: tagged(rcLoader, 'invalid JSON or YAML'),
        '.json': tagged(jsonLoader, 'invalid JSON'),
        '.yaml': tagged(yamlLoader, 'invalid YAML'),
        '.yml': tagged(yamlLoader, 'invalid YAML'),
        ...(js ? { '.js': tagged(js, 'cannot load'), '.mjs': tagged(js, 'cannot load'), '.cjs': tagged(js, 'cannot load') } : {}),
      },
      stopDir: '/',
    });
  }

  /** The path shown in messages: relative to the working folder when under it. */
  display(file: string): string {
    const rel = relative(this.#cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
  }

  #validate(result: LilconfigResult): LoadedConfig | null {
    if (!result) return null;
    const known = this.#validated.get(result.filepath);
    if (known) return known;
    const loaded = { file: result.filepath, config: validateConfig(result.isEmpty ? {} : result.config, { file: this.display(result.filepath), ruleIds: this.#ruleIds }) };
    this.#validated.set(result.filepath, loaded);
    return loaded;
  }

  /** The configuration that applies to a file (nearest up the folders), or null. Throws ConfigError. */
  async search(file: string): Promise<LoadedConfig | null> {
    try {
      return this.#validate(await this.#searcher.search(dirname(resolve(this.#cwd, file))));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(this.display(dirname(resolve(this.#cwd, file))), '', `cannot search for configuration: ${firstLine(error)}`);
    }
  }

  /** Loads a configuration file named on the command line. Throws ConfigError. */
  async load(file: string): Promise<LoadedConfig> {
    const absolute = resolve(this.#cwd, file);
    try {
      await readFile(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(this.display(absolute), '', code === 'ENOENT' ? 'no such configuration file' : `cannot read configuration: ${firstLine(error)}`);
    }
    let result: LilconfigResult;
    try {
      result = await this.#searcher.load(absolute);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(this.display(absolute), '', `invalid configuration: ${firstLine(error)}`);
    }
    const loaded = this.#validate(result ?? { filepath: absolute, config: {} });
    return loaded ?? { file: absolute, config: {} };
  }
}
