/**
 * Inline control of the site rules: the lines where a file's comments turn each site rule off, computed where the
 * file is read (its worker) and carried in its summary, so that the site pass, which sees summaries only, honours
 * `<!-- seo-rewrite-disable-line … -->` and the rest as the per-file rules do.
 */
import type { SiteRuleId } from './rules.js';

/** Ranges of 1-based lines (both ends included) where `isDisabled` holds for each rule, at each line's start. */
export function offLines(source: string, ruleIds: readonly SiteRuleId[], isDisabled: (ruleId: string, offset: number) => boolean): Record<string, [number, number][]> | undefined {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const out: Record<string, [number, number][]> = {};
  for (const id of ruleIds) {
    const ranges: [number, number][] = [];
    starts.forEach((offset, k) => {
      if (!isDisabled(id, offset)) return;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === k) last[1] = k + 1;
      else ranges.push([k + 1, k + 1]);
    });
    if (ranges.length > 0) out[id] = ranges;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** True when `off` turns `ruleId` off at `line`. */
export function offAt(off: Readonly<Record<string, readonly (readonly [number, number])[]>> | undefined, ruleId: string, line: number | undefined): boolean {
  const ranges = off?.[ruleId];
  return ranges !== undefined && line !== undefined && ranges.some(([a, b]) => line >= a && line <= b);
}
