/**
 * The site-level pass of a `check` run: the summaries of the checked files (fresh or cached) through `siteCheck`,
 * its findings added to each file's messages (in place order), its link suggestions as notes and as data for the
 * JSON report. Each file's configuration sets the level of each site rule, as it does for the other rules.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { siteCheck, type LinkSuggestion, type SiteFile, type SiteLevel, type SiteOutcome, type SiteRuleId } from '../site/index.js';
import { levelOf } from '../site/rules.js';
import { message, type CheckResult } from './cache.js';

/** How the site-level pass runs. */
export interface CheckSiteOptions {
  /** The content root (see `siteRoot`). */
  root?: string;
  permalink?: string;
  suggestions?: boolean;
  /** Each file's configuration (by path), for the level of the site rules. */
  configs: ReadonlyMap<string, ResolvedConfig>;
}

function byPlace(a: { line?: number | null; column?: number | null }, b: { line?: number | null; column?: number | null }): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * The content root of a run, from which `/posts/a/` is `ROOT/posts/a.md`: the folder given on the command line when
 * one is (Hugo's `content/`), else undefined (the folder all files share).
 */
export function siteRoot(inputs: readonly string[], cwd: string): string | undefined {
  const folders = inputs.filter((input) => statSync(resolve(cwd, input), { throwIfNoEntry: false })?.isDirectory());
  if (folders.length !== 1) return undefined;
  const rel = relative(cwd, resolve(cwd, folders[0]!));
  return rel.startsWith('..') ? resolve(cwd, folders[0]!) : rel || '.';
}

/** The site-level pass over the files' summaries (by path, in the run's order). */
export function sitePass(files: readonly SiteFile[], options: CheckSiteOptions): SiteOutcome {
  const level = (path: string, id: SiteRuleId): SiteLevel => levelOf(id, options.configs.get(path)?.rules[id]);
  return siteCheck(files, { root: options.root, permalink: options.permalink, suggestions: options.suggestions, level });
}

/** Adds the pass's messages about one file to its result (in place order); returns its link suggestions. */
export function addSiteMessagesTo(result: CheckResult, outcome: SiteOutcome): LinkSuggestion[] | undefined {
  const path = result.report.path;
  const findings = outcome.findings.get(path) ?? [];
  const suggestions = outcome.suggestions.get(path);
  if (findings.length === 0 && (suggestions ?? []).length === 0) return suggestions;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const f of findings) {
      const m = message(path, f.reason, f.ruleId, f.level === 'error' ? true : f.level === 'warn' ? false : undefined, { line: f.line, column: f.column });
      m.actual = f.actual;
      m.expected = f.expected;
      result.file.messages.push(m);
    }
    for (const s of suggestions ?? []) {
      const also = s.shared.length > 1 ? ` (also shares ${s.shared.slice(1, 4).map((x) => `“${x}”`).join(', ')})` : '';
      const m = message(path, `Related article: link “${s.anchor}” to ${s.target}${also}`, 'internal-link-suggestion', undefined, { line: s.line, column: s.column });
      m.actual = s.anchor;
      m.expected = [s.target];
      result.file.messages.push(m);
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  result.file.messages.sort(byPlace);
  return suggestions;
}

/** Adds the site-level messages to the results; returns the link suggestions by path. */
export function addSiteMessages(results: readonly CheckResult[], options: CheckSiteOptions): Map<string, LinkSuggestion[]> {
  const outcome = sitePass(results.map((r) => ({ path: r.report.path, ...(r.summary ? { summary: r.summary } : {}) })), options);
  for (const result of results) addSiteMessagesTo(result, outcome);
  return outcome.suggestions;
}
