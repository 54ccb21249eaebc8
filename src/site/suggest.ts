/**
 * Internal-link suggestions: for each article, up to three other articles of the site it could link to, by the
 * keyphrases and named entities they share, each weighted as the extractor ranks it in both articles and by how
 * rare it is on the site (a phrase every article has links nothing). A pair counts only through a named entity or
 * one of the target's top three keyphrases: what the target is about, not a word it mentions. The anchor is the
 * shared phrase as this article writes it, where it writes it.
 */
import type { Summarised } from './duplicates.js';
import type { SiteKeyphrase } from './types.js';
import type { SuggestedLink } from '../types.js';

/** A related article to link to, and the words of this article that would carry the link: the report's own type. */
export type LinkSuggestion = SuggestedLink;

/** Suggestions per article at most. */
export const MAX_SUGGESTIONS = 3;
/** Keyphrases of the target that make a pair on their own (besides named entities). */
const TARGET_TOP = 3;
/** A named entity weighs this much more than another keyphrase. */
const ENTITY_WEIGHT = 1.5;
/** Weakest pair suggested. */
const MIN_SCORE = 0.5;

interface Posting {
  file: number;
  rank: number;
  keyphrase: SiteKeyphrase;
}

interface Candidate {
  score: number;
  qualifies: boolean;
  /** This article's keyphrases shared with the target, with their weights. */
  shared: { keyphrase: SiteKeyphrase; weight: number }[];
}

/**
 * Suggestions for every article with keyphrases. `linked(path)` gives the files an article already links to
 * (never suggested again).
 */
export function suggestLinks(files: readonly Summarised[], linked: (path: string) => ReadonlySet<string>): Map<string, LinkSuggestion[]> {
  const withKeys = files.filter((f) => (f.summary.keyphrases?.length ?? 0) > 0);
  const postings = new Map<string, Posting[]>();
  withKeys.forEach((f, file) => {
    const seen = new Set<string>();
    f.summary.keyphrases!.forEach((keyphrase, rank) => {
      const key = `${f.summary.lang}\0${keyphrase.stem}`;
      if (seen.has(key)) return;
      seen.add(key);
      const list = postings.get(key);
      if (list) list.push({ file, rank, keyphrase });
      else postings.set(key, [{ file, rank, keyphrase }]);
    });
  });
  const n = withKeys.length;
  // A phrase on more than this many articles is not worth a link (and would make the pass quadratic).
  const maxDf = Math.max(10, Math.ceil(n / 20));
  const out = new Map<string, LinkSuggestion[]>();
  withKeys.forEach((f, self) => {
    const already = linked(f.path);
    const candidates = new Map<number, Candidate>();
    for (const keyphrase of f.summary.keyphrases!) {
      const list = postings.get(`${f.summary.lang}\0${keyphrase.stem}`);
      if (!list || list.length < 2 || list.length > maxDf) continue;
      const idf = Math.log(1 + n / list.length);
      for (const other of list) {
        if (other.file === self) continue;
        const entity = keyphrase.entity || other.keyphrase.entity;
        const weight = keyphrase.score * other.keyphrase.score * idf * (entity ? ENTITY_WEIGHT : 1);
        let c = candidates.get(other.file);
        if (!c) candidates.set(other.file, (c = { score: 0, qualifies: false, shared: [] }));
        c.score += weight;
        c.qualifies ||= entity || other.rank < TARGET_TOP;
        c.shared.push({ keyphrase, weight });
      }
    }
    const ranked = [...candidates]
      .map(([file, c]) => ({ target: withKeys[file]!.path, ...c }))
      .filter((c) => c.qualifies && c.score >= MIN_SCORE && !already.has(c.target))
      .sort((a, b) => b.score - a.score || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
    const used = new Set<string>();
    const suggestions: LinkSuggestion[] = [];
    for (const c of ranked) {
      if (suggestions.length === MAX_SUGGESTIONS) break;
      const shared = [...c.shared].sort((a, b) => b.weight - a.weight || a.keyphrase.line - b.keyphrase.line || a.keyphrase.column - b.keyphrase.column);
      // One link per phrase: a target whose every shared phrase already carries a link waits for another time.
      const carrier = shared.find((s) => !used.has(s.keyphrase.anchor.toLowerCase()));
      if (!carrier) continue;
      used.add(carrier.keyphrase.anchor.toLowerCase());
      suggestions.push({
        target: c.target, anchor: carrier.keyphrase.anchor, line: carrier.keyphrase.line, column: carrier.keyphrase.column,
        score: Math.round(c.score * 1000) / 1000, shared: shared.map((s) => s.keyphrase.anchor),
      });
    }
    if (suggestions.length > 0) out.set(f.path, suggestions);
  });
  return out;
}
