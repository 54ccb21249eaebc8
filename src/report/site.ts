/**
 * The report of `seo-rewrite site` (the site-level checks over `--jsonl` records of sharded runs): per record id its
 * findings, as `line:col  level  message  rule-id` lines or as JSON. Pure: the pass's outcome in, text out.
 */
import type { LinkSuggestion, SiteOutcome } from '../site/index.js';
import { escapeControl } from './escape.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'info' } as const;

/** The findings as lines per id (ids in the order given), then a count. */
export function formatSiteStylish(ids: readonly string[], outcome: SiteOutcome): string {
  const out: string[] = [];
  let problems = 0;
  for (const id of ids) {
    const findings = outcome.findings.get(id) ?? [];
    if (findings.length === 0) continue;
    out.push(escapeControl(id));
    for (const f of findings) {
      if (f.level !== 'info') problems++;
      out.push(`  ${f.line}:${f.column}  ${LEVEL[f.level].padEnd(7)}  ${escapeControl(f.reason)}  ${f.ruleId}`);
    }
    out.push('');
  }
  out.push(`${problems === 0 ? '✔ no site-level problems' : `⚠ ${problems} site-level problem${problems === 1 ? '' : 's'}`} · ${ids.length} record${ids.length === 1 ? '' : 's'} compared`);
  return `${out.join('\n')}\n`;
}

/** The findings as JSON: `{ files: [{ path, messages, suggestedLinks? }] }`, records in the order given. */
export function formatSiteJson(ids: readonly string[], outcome: SiteOutcome): string {
  return `${JSON.stringify(siteReport(ids, outcome), null, 2)}\n`;
}

/** The object `formatSiteJson` prints (also the `site` member of a folder rewrite's JSON report). */
export function siteReport(ids: readonly string[], outcome: SiteOutcome): { files: SiteReportFile[] } {
  const files = ids.map((path): SiteReportFile => {
    const links: LinkSuggestion[] | undefined = outcome.suggestions.get(path);
    return {
      path,
      messages: (outcome.findings.get(path) ?? []).map((f) => ({ ruleId: f.ruleId, severity: LEVEL[f.level], line: f.line, column: f.column, message: f.reason, actual: f.actual ?? null, expected: f.expected ?? null })),
      ...(links ? { suggestedLinks: links } : {}),
    };
  });
  return { files };
}

/** One file of the site report. */
export interface SiteReportFile {
  path: string;
  messages: { ruleId: string; severity: 'error' | 'warning' | 'info'; line: number; column: number; message: string; actual: string | null; expected: string[] | null }[];
  suggestedLinks?: LinkSuggestion[];
}
