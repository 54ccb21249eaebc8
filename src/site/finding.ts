/** What the site-level pass finds: plain data, one finding per file and problem, placed in that file. */
import type { SiteRuleId } from './rules.js';

export interface SiteFinding {
  ruleId: SiteRuleId;
  reason: string;
  line: number;
  column: number;
  actual?: string;
  expected?: string[];
}

/** `a.md`, `a.md and b.md`, `a.md, b.md and c.md`. */
export function listFiles(paths: readonly string[]): string {
  if (paths.length <= 1) return paths.join('');
  return `${paths.slice(0, -1).join(', ')} and ${paths[paths.length - 1]}`;
}
