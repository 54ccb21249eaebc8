/**
 * Duplicates across the site: the same SEO title, meta description or slug on several articles, and the same focus
 * keyphrase set on several (Yoast's "previously used keyphrase"). Each file involved gets one finding that names
 * the others. Values are compared as a reader or a search engine sees them: case, width and spacing aside.
 */
import type { SiteFinding } from './finding.js';
import { listFiles } from './finding.js';
import type { SiteRuleId } from './rules.js';
import type { SiteSummary } from './types.js';

/** A file and its summary. */
export interface Summarised {
  path: string;
  summary: SiteSummary;
}

/** The comparable form of a value: NFKC, lowercase, whitespace collapsed. */
export function comparable(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

interface Field {
  ruleId: SiteRuleId;
  value: (f: Summarised) => string;
  line: (s: SiteSummary) => number | undefined;
  reason: (value: string, others: string) => string;
  expected: string;
}

const FIELDS: readonly Field[] = [
  {
    ruleId: 'duplicate-title', value: (f) => f.summary.title, line: (s) => s.lines.title,
    reason: (_, others) => `Duplicate SEO title: ${others} ${others.includes(' and ') ? 'have' : 'has'} the same title`, expected: 'a title no other article has',
  },
  {
    ruleId: 'duplicate-description', value: (f) => f.summary.description, line: (s) => s.lines.description,
    reason: (_, others) => `Duplicate meta description: ${others} ${others.includes(' and ') ? 'have' : 'has'} the same description`, expected: 'a meta description no other article has',
  },
  {
    ruleId: 'duplicate-slug', value: (f) => f.summary.slug, line: (s) => s.lines.slug,
    reason: (_, others) => `Duplicate slug: ${others} ${others.includes(' and ') ? 'have' : 'has'} the same slug`, expected: 'a slug no other article has',
  },
  {
    ruleId: 'previously-used-keyphrase', value: (f) => f.summary.focus, line: (s) => s.lines.focus,
    reason: (value, others) => `Previously used keyphrase: “${value}” is also the focus keyphrase of ${others}; each article should target its own`, expected: 'a focus keyphrase no other article has',
  },
];

/**
 * Findings of every duplicate, added to `out` by path. `permalinkOf`, when a permalink pattern is configured: slugs
 * collide only when the addresses do (two sections may each have an `about`).
 */
export function duplicates(files: readonly Summarised[], out: Map<string, SiteFinding[]>, permalinkOf?: (f: Summarised) => string | undefined): void {
  for (const base of FIELDS) {
    const field: Field = base.ruleId === 'duplicate-slug' && permalinkOf
      ? { ...base, value: (f) => permalinkOf(f) ?? '', reason: (_, others) => `Duplicate permalink: ${others} ${others.includes(' and ') ? 'have' : 'has'} the same address` }
      : base;
    const groups = new Map<string, Summarised[]>();
    for (const f of files) {
      const key = comparable(field.value(f));
      if (key === '') continue;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const paths = group.map((f) => f.path).sort();
      for (const f of group) {
        const value = field.value(f);
        const finding: SiteFinding = {
          ruleId: field.ruleId, reason: field.reason(value, listFiles(paths.filter((p) => p !== f.path))),
          line: field.line(f.summary) ?? 1, column: 1, actual: value, expected: [field.expected],
        };
        const list = out.get(f.path);
        if (list) list.push(finding);
        else out.set(f.path, [finding]);
      }
    }
  }
}
