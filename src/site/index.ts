/**
 * The site-level pass: pure, over the summaries of every file of a run (never their texts), in the main thread
 * after the files are checked (or read back from the cache, or from `--jsonl` records). Findings are per file and
 * name the other files involved; the order is the files' order, then place, then rule.
 */
import { offAt } from './off.js';
import { duplicates, type Summarised } from './duplicates.js';
import type { SiteFinding } from './finding.js';
import { internalTargets, linkFindings, type SiteIndex } from './links.js';
import { commonRoot, permalink, slashed } from './permalink.js';
import { SITE_RULES, type SiteLevel, type SiteRuleId } from './rules.js';
import { suggestLinks, type LinkSuggestion } from './suggest.js';
import type { SiteSummary } from './types.js';

export { SITE_RULES, SITE_RULE_IDS, type SiteLevel, type SiteRuleId } from './rules.js';
export { offLines } from './off.js';
export type { LinkSuggestion } from './suggest.js';
export type { SiteFinding } from './finding.js';
export type { SiteSummary } from './types.js';

/** A file of the run: its summary when it was checked (none when it failed or had no article text). */
export interface SiteFile {
  path: string;
  summary?: SiteSummary;
}

export interface SiteOptions {
  /** The content root site-absolute links start from (the folder checked); default: the folder all files share. */
  root?: string;
  /** The site's permalink pattern (`/:section/:slug/`), if any. */
  permalink?: string;
  /** Suggest internal links (needs summaries with keyphrases). */
  suggestions?: boolean;
  /** The level of a rule for a file (its configuration); default: the rule's default. */
  level?: (path: string, ruleId: SiteRuleId) => SiteLevel;
}

/** A finding with the level it is reported at. */
export interface LeveledFinding extends SiteFinding {
  level: Exclude<SiteLevel, 'off'>;
}

export interface SiteOutcome {
  findings: Map<string, LeveledFinding[]>;
  suggestions: Map<string, LinkSuggestion[]>;
}

const DEFAULT_LEVEL = new Map(SITE_RULES.map((r) => [r.id, r.defaultSeverity] as const));

function byPlace(a: SiteFinding, b: SiteFinding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function indexOf(all: readonly SiteFile[], files: readonly Summarised[], pattern: string | undefined, given: string | undefined): SiteIndex {
  const paths = new Set(all.map((f) => slashed(f.path)));
  const root = given === undefined ? commonRoot(all.map((f) => f.path)) : slashed(given) || '.';
  const permalinks = new Map<string, string>();
  const addresses = new Map<string, string>();
  if (pattern) {
    for (const f of files) {
      const url = permalink(pattern, f.path, root, f.summary);
      if (url === undefined) continue;
      addresses.set(slashed(f.path), url);
      if (!permalinks.has(url)) permalinks.set(url, slashed(f.path));
    }
  }
  return { paths, root, permalinks, addresses };
}

/** Runs the site-level checks over the files of a run. */
export function siteCheck(all: readonly SiteFile[], options: SiteOptions = {}): SiteOutcome {
  const files: Summarised[] = all.flatMap((f) => (f.summary ? [{ path: f.path, summary: f.summary }] : []));
  const index = indexOf(all, files, options.permalink, options.root);
  const raw = new Map<string, SiteFinding[]>();
  duplicates(files, raw, options.permalink ? (f) => index.addresses.get(slashed(f.path)) : undefined);
  linkFindings(files, index, raw);
  const level = options.level ?? ((_: string, id: SiteRuleId) => DEFAULT_LEVEL.get(id) ?? 'warn');
  const findings = new Map<string, LeveledFinding[]>();
  for (const f of files) {
    const list = (raw.get(f.path) ?? [])
      .map((finding) => ({ ...finding, level: offAt(f.summary.off, finding.ruleId, finding.line) ? ('off' as const) : level(f.path, finding.ruleId) }))
      .filter((x): x is LeveledFinding => x.level !== 'off')
      .sort(byPlace);
    if (list.length > 0) findings.set(f.path, list);
  }
  const suggestions = new Map<string, LinkSuggestion[]>();
  if (options.suggestions) {
    const targets = new Map(files.map((f) => [f.path, new Set(internalTargets(f, index).flatMap((t) => (t.target ? [t.target] : [])))]));
    const slash = new Map(files.map((f) => [slashed(f.path), f.path]));
    const linked = (path: string): ReadonlySet<string> => new Set([...(targets.get(path) ?? [])].map((t) => slash.get(t) ?? t));
    const off = new Map(files.map((f) => [f.path, f.summary.off]));
    for (const [path, list] of suggestLinks(files, linked)) {
      if (level(path, 'internal-link-suggestion') === 'off') continue;
      const kept = list.filter((s) => !offAt(off.get(path), 'internal-link-suggestion', s.line));
      if (kept.length > 0) suggestions.set(path, kept);
    }
  }
  return { findings, suggestions };
}
