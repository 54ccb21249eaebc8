/** Configuration: discovery (data up to the project root, code only from the working folder), validation with precise errors, per-file resolution and ignore rules. */
export { CONFIG_NAME, ConfigLoader, SEARCH_PLACES, type LoadedConfig } from './load.js';
export { ConfigResolver, IGNORE_FILE, fieldsOf, stableStringify, type ResolverOptions } from './resolve.js';
export { ConfigError, validateConfig, type ValidateOptions } from './validate.js';
export type { FrontMatterConfig, ResolvedConfig, RuleSetting, SeoRewriteConfig, Severity } from './types.js';
