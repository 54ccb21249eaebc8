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

/** The SARIF log object (kept internal: its type comes from the dev-only @types/sarif). */
function buildSarif(files: readonly CheckedFile[], options: SarifOptions): Sarif.Log {
  const descriptors: Sarif.ReportingDescriptor[] = options.rules.map((rule) => ({
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.docs },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
    properties: { category: rule.category, tags: [rule.category] },
  }));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const ruleIndex = (id: string): number => {
    let at = index.get(id);
    if (at === undefined) {
      at = descriptors.length;
      descriptors.push({ id, name: pascal(id), shortDescription: { text: ENGINE_RULES[id] ?? id }, properties: { category: 'engine' } });
      index.set(id, at);
    }
    return at;
  };

  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const f of files) {
    const path = f.report.path;
    for (const m of f.messages) {
      const level = levelOf(m);
      if (options.quiet && level !== 'error') continue;
      if (f.failure === 'io') {
        notifications.push({ level: 'error', message: { text: m.reason }, locations: [{ physicalLocation: { artifactLocation: uriOf(path) } }] });
        continue;
      }
      const id = m.ruleId ?? 'internal';
      const result: Sarif.Result = { ruleId: id, ruleIndex: ruleIndex(id), level: SARIF_LEVEL[level], message: { text: reasonWithNote(m) }, locations: [location(path, region(m))] };
      if (m.actual !== undefined || m.expected !== undefined) result.properties = { actual: m.actual ?? null, expected: m.expected ?? null };
      results.push(result);
    }
    if (options.minScore !== undefined && underMinScore(f, options.minScore)) {
      results.push({
        ruleId: 'min-score', ruleIndex: ruleIndex('min-score'), level: 'error', message: { text: minScoreReason(f.report, options.minScore, options.locale) },
        locations: [location(path, { startLine: 1, startColumn: 1 })], properties: { score: f.report.score },
      });
    }
  }

  const run: Sarif.Run = {
    tool: { driver: { name: 'seo-rewrite', version: options.version, semanticVersion: options.version, rules: descriptors } },
    originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}` } },
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

/** Pure: the SARIF text (2-space indent, trailing newline). */
export function formatSarif(files: readonly CheckedFile[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(files, options), null, 2)}\n`;
}
