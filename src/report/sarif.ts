/**
 * SARIF 2.1.0 output (OASIS Static Analysis Results Interchange Format), as GitHub code scanning reads it: one run,
 * the rules as `tool.driver.rules`, one result per message with its region, files that could not be read as tool
 * execution notifications. Pure: results in, JSON text out.
 */
import { ruleUrl } from '../assess/rule-url.js';
import { pathToFileURL } from 'node:url';
import { isAbsolute, sep } from 'node:path';
import type * as Sarif from 'sarif';
import type { VFileMessage } from 'vfile-message';
import { levelOf, minScoreReason, reasonWithNote, underMinScore, type CheckedFile, type Level } from './lint.js';
import { formatAll, type CheckFormatter } from './check-format.js';

/** What the reporter needs to know about a rule. */
export interface RuleMeta {
  id: string;
  docs: string;
  category: string;
  defaultSeverity: 'warn' | 'error';
}

export interface SarifOptions {
  version: string;
  /** The rules of the engine (all of them, in registry order). */
  rules: readonly RuleMeta[];
  /** Absolute working folder: paths in the report are relative to it (`%SRCROOT%`). */
  cwd: string;
  minScore?: number;
  /** Errors only. */
  quiet?: boolean;
  /** Language of the report's words (`--locale`); each file's language when absent. */
  locale?: string;
}

/** Descriptions of the ids the engine uses for its own messages. */
const ENGINE_RULES: Readonly<Record<string, string>> = {
  'front-matter': 'The front matter is valid YAML and names the focus keyphrase.',
  'inline-control': 'Inline seo-rewrite-disable/enable comments name known directives and rules.',
  'min-score': 'The SEO and readability scores reach --min-score.',
  'no-text': 'The file has article text to assess.',
  language: 'The language has a language pack of its own.',
  parse: 'The file can be parsed.',
  internal: 'The file can be assessed.',
};

const SARIF_LEVEL: Readonly<Record<Level, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/** `content/a b.md` → `content/a%20b.md` (forward slashes, each segment percent-encoded). */
function uriOf(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __: string, ch: string) => ch.toUpperCase());
}

function region(m: VFileMessage): Sarif.Region {
  const place = m.place;
  const end = place && 'end' in place ? place.end : undefined;
  const r: Sarif.Region = { startLine: m.line ?? 1, startColumn: m.column ?? 1 };
  if (end && end.line >= r.startLine!) {
    r.endLine = end.line;
    r.endColumn = end.column;
  }
  return r;
}

function location(path: string, r: Sarif.Region): Sarif.Location {
  return { physicalLocation: { artifactLocation: uriOf(path), region: r } };
}

/** A value as `JSON.stringify(…, null, 2)` prints it when nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** Where a result starts in the log (`runs[0].results[i]`, four levels deep). */
const RESULT_INDENT = `\n${'  '.repeat(4)}`;
/** The key the results are the value of: the last of the run. */
const RESULTS_KEY = '"results": []';

/**
 * The SARIF log a file at a time: deferred, as the rules the results use (`tool.driver.rules`, the engine's ids
 * added as they come) and the files that could not be read (`invocations`) come before the results.
 */
export class SarifFormatter implements CheckFormatter {
  readonly deferred = true;
  readonly #options: SarifOptions;
  readonly #descriptors: Sarif.ReportingDescriptor[];
  readonly #index: Map<string, number>;
  readonly #notifications: Sarif.Notification[] = [];
  #results = 0;

  constructor(options: SarifOptions) {
    this.#options = options;
    this.#descriptors = options.rules.map((rule) => ({
      id: rule.id,
      name: pascal(rule.id),
      shortDescription: { text: rule.docs },
      helpUri: ruleUrl(rule.id),
      defaultConfiguration: { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
      properties: { category: rule.category, tags: [rule.category] },
    }));
    this.#index = new Map(this.#descriptors.map((d, i) => [d.id, i]));
  }

  #ruleIndex(id: string): number {
    let at = this.#index.get(id);
    if (at === undefined) {
      at = this.#descriptors.length;
      this.#descriptors.push({ id, name: pascal(id), shortDescription: { text: ENGINE_RULES[id] ?? id }, properties: { category: 'engine' } });
      this.#index.set(id, at);
    }
    return at;
  }

  /** The log without its results, split where they go. */
  #around(): [string, string] {
    const options = this.#options;
    const run: Sarif.Run = {
      tool: { driver: { name: 'seo-rewrite', version: options.version, semanticVersion: options.version, rules: this.#descriptors } },
      originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}` } },
      invocations: [{ executionSuccessful: this.#notifications.length === 0, toolExecutionNotifications: this.#notifications }],
      columnKind: 'utf16CodeUnits',
      results: [],
    };
    const log: Sarif.Log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
    const text = `${JSON.stringify(log, null, 2)}\n`;
    const at = text.lastIndexOf(RESULTS_KEY) + RESULTS_KEY.length - 1;
    return [text.slice(0, at), text.slice(at)];
  }

  opening(): string {
    return this.#around()[0];
  }

  file(f: CheckedFile): string {
    const options = this.#options;
    const path = f.report.path;
    const results: Sarif.Result[] = [];
    for (const m of f.messages) {
      const level = levelOf(m);
      if (options.quiet && level !== 'error') continue;
      if (f.failure === 'io') {
        this.#notifications.push({ level: 'error', message: { text: m.reason }, locations: [{ physicalLocation: { artifactLocation: uriOf(path) } }] });
        continue;
      }
      const id = m.ruleId ?? 'internal';
      const result: Sarif.Result = { ruleId: id, ruleIndex: this.#ruleIndex(id), level: SARIF_LEVEL[level], message: { text: reasonWithNote(m) }, locations: [location(path, region(m))] };
      if (m.actual !== undefined || m.expected !== undefined) result.properties = { actual: m.actual ?? null, expected: m.expected ?? null };
      results.push(result);
    }
    if (options.minScore !== undefined && underMinScore(f, options.minScore)) {
      results.push({
        ruleId: 'min-score', ruleIndex: this.#ruleIndex('min-score'), level: 'error', message: { text: minScoreReason(f.report, options.minScore, options.locale) },
        locations: [location(path, { startLine: 1, startColumn: 1 })], properties: { score: f.report.score },
      });
    }
    let text = '';
    for (const result of results) text += `${this.#results++ === 0 ? '' : ','}${RESULT_INDENT}${nested(result, 4)}`;
    return text;
  }

  closing(): string {
    const after = this.#around()[1];
    return this.#results === 0 ? after : `\n${'  '.repeat(3)}${after}`;
  }
}

/** Pure: the SARIF text (2-space indent, trailing newline). */
export function formatSarif(files: readonly CheckedFile[], options: SarifOptions): string {
  return formatAll(new SarifFormatter(options), files, options.minScore);
}
