/** The summary of a run, computed from the file reports. */
import type { FileReport, Scores, Summary } from '../types.js';

function mean(list: readonly Scores[]): Scores | null {
  if (list.length === 0) return null;
  const sum = list.reduce((a, s) => ({ seo: a.seo + s.seo, readability: a.readability + s.readability }), { seo: 0, readability: 0 });
  return { seo: Math.round(sum.seo / list.length), readability: Math.round(sum.readability / list.length) };
}

/** True when a file scores under the threshold (SEO or readability). */
export function belowMinScore(report: FileReport, minScore: number | undefined): boolean {
  if (minScore === undefined || report.error !== null) return false;
  return report.score.seo < minScore || report.score.readability < minScore;
}

export function summarise(files: readonly FileReport[], minScore?: number): Summary {
  const ok = files.filter((f) => f.error === null);
  return {
    files: files.length,
    ok: ok.length,
    failed: files.length - ok.length,
    belowMinScore: ok.filter((f) => belowMinScore(f, minScore)).length,
    meanScore: mean(ok.map((f) => f.score)),
    meanBefore: mean(ok.flatMap((f) => (f.before ? [f.before] : []))),
  };
}
