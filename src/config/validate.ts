/**
 * Validation of a configuration object, with errors that name the file and the key (`rules.passive-voice: expected
 * off, warn or error, got "of"`). Hand-written rather than schema-driven: the messages are the feature.
 */
import { thresholds as knownThresholds } from '../lang/en/thresholds.js';
import type { Thresholds } from '../lang/types.js';
import type { FrontMatterConfig, RuleSetting, SeoRewriteConfig, Severity } from './types.js';
import { englishReason, problem, type Reason } from '../lang/problem.js';
import type { ConfigName } from '../lang/diagnostic-words.js';

/** A configuration problem: the file, the key path inside it and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** Path of the configuration file as shown to the user. */
  readonly file: string;
  /** Dotted key path (`rules.passive-voice`), empty for the file as a whole. */
  readonly key: string;
  /** What is wrong, as data (said in `--locale` by the CLI; the message is its English). */
  readonly reason: Reason;

  constructor(file: string, key: string, reason: Reason) {
    const said = englishReason(reason);
    super(key ? `${file}: ${key}: ${said}` : `${file}: ${said}`);
    this.file = file;
    this.key = key;
    this.reason = reason;
  }
}

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];
const TOP_LEVEL = ['$schema', 'language', 'rules', 'frontMatter', 'ignore'] as const;
const FIELD_KEYS = ['title', 'description', 'slug', 'keyphrase'] as const;

function describe(value: unknown): Reason {
  if (value === null) return 'null';
  if (Array.isArray(value)) return problem('aList');
  if (typeof value === 'object') return problem('anObject');
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** `unknown X (expected one of …)` or `unknown X (did you mean y?)`. */
function unknownName(what: ConfigName, name: string, known: readonly string[]): Reason {
  const best = [...known].sort((x, y) => distance(name, x) - distance(name, y))[0];
  if (best !== undefined && distance(name, best) <= Math.max(2, Math.floor(best.length / 4))) return problem('unknownMeant', what, best);
  return problem('unknownOf', what, known.join(', '));
}

/** What the validator needs to know about the engine. */
export interface ValidateOptions {
  /** File name shown in errors. */
  file: string;
  /** Ids of the assessment rules; unknown ids are an error. */
  ruleIds: readonly string[];
}

class Validator {
  constructor(private readonly options: ValidateOptions) {}

  fail(key: string, reason: Reason): never {
    throw new ConfigError(this.options.file, key, reason);
  }

  severity(key: string, value: unknown): Severity {
    if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
    return this.fail(key, problem('expectedSeverity', describe(value)));
  }

  thresholds(key: string, value: unknown): Partial<Thresholds> {
    if (!isRecord(value)) return this.fail(key, problem('expectedThresholds', describe(value)));
    const known = knownThresholds as unknown as Record<string, Record<string, number>>;
    const out: Record<string, Record<string, number>> = {};
    for (const [name, group] of Object.entries(value)) {
      const defaults = known[name];
      if (!defaults) this.fail(`${key}.${name}`, unknownName('threshold', name, Object.keys(known)));
      if (!isRecord(group)) this.fail(`${key}.${name}`, problem('expectedLike', JSON.stringify(defaults), describe(group)));
      const values: Record<string, number> = {};
      for (const [field, n] of Object.entries(group)) {
        if (!(field in defaults)) this.fail(`${key}.${name}.${field}`, unknownName('threshold', field, Object.keys(defaults)));
        if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) this.fail(`${key}.${name}.${field}`, problem('expectedNumber', describe(n)));
        values[field] = n;
      }
      out[name] = values;
    }
    return out as Partial<Thresholds>;
  }

  rule(key: string, value: unknown): Severity | RuleSetting {
    if (!isRecord(value)) return this.severity(key, value);
    const setting: RuleSetting = {};
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'severity') setting.severity = this.severity(`${key}.severity`, inner);
      else if (name === 'thresholds') setting.thresholds = this.thresholds(`${key}.thresholds`, inner);
      else this.fail(`${key}.${name}`, unknownName('ruleOption', name, ['severity', 'thresholds']));
    }
    return setting;
  }

  rules(value: unknown): Record<string, Severity | RuleSetting> {
    if (!isRecord(value)) return this.fail('rules', problem('expectedRuleIds', describe(value)));
    const out: Record<string, Severity | RuleSetting> = {};
    for (const [id, setting] of Object.entries(value)) {
      if (!this.options.ruleIds.includes(id)) this.fail(`rules.${id}`, unknownName('rule', id, this.options.ruleIds));
      out[id] = this.rule(`rules.${id}`, setting);
    }
    return out;
  }

  frontMatter(value: unknown): FrontMatterConfig {
    if (!isRecord(value)) return this.fail('frontMatter', problem('expectedFieldNames', describe(value)));
    const out: FrontMatterConfig = {};
    for (const [name, field] of Object.entries(value)) {
      const key = `frontMatter.${name}`;
      if (!(FIELD_KEYS as readonly string[]).includes(name)) this.fail(key, unknownName('field', name, FIELD_KEYS));
      if (name === 'keyphrase' && Array.isArray(field)) {
        if (field.length === 0) this.fail(key, problem('atLeastOneField'));
        out.keyphrase = field.map((f, i) => (typeof f === 'string' && f !== '' ? f : this.fail(`${key}.${i}`, problem('expectedFieldName', describe(f), false))));
      } else if (typeof field === 'string' && field !== '') {
        out[name as (typeof FIELD_KEYS)[number]] = field;
      } else {
        this.fail(key, problem('expectedFieldName', describe(field), name === 'keyphrase'));
      }
    }
    return out;
  }

  language(value: unknown): string {
    if (typeof value === 'string' && /^[a-z]{2,3}$/.test(value)) return value;
    return this.fail('language', problem('expectedLanguage', describe(value)));
  }

  ignore(value: unknown): string[] {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list)) return this.fail('ignore', problem('expectedPatterns', describe(value)));
    return list.map((p, i) => (typeof p === 'string' && p.trim() !== '' ? p : this.fail(`ignore.${i}`, problem('expectedPattern', describe(p)))));
  }

  config(data: unknown): SeoRewriteConfig {
    if (data === undefined || data === null) return {};
    if (!isRecord(data)) return this.fail('', problem('expectedOptions', describe(data)));
    const out: SeoRewriteConfig = {};
    for (const [key, value] of Object.entries(data)) {
      if (key === '$schema') continue;
      if (key === 'language') out.language = this.language(value);
      else if (key === 'rules') out.rules = this.rules(value);
      else if (key === 'frontMatter') out.frontMatter = this.frontMatter(value);
      else if (key === 'ignore') out.ignore = this.ignore(value);
      else this.fail(key, unknownName('option', key, TOP_LEVEL.slice(1)));
    }
    return out;
  }
}

/** Checks a loaded configuration and returns it typed; throws ConfigError naming the file and key. */
export function validateConfig(data: unknown, options: ValidateOptions): SeoRewriteConfig {
  return new Validator(options).config(data);
}
