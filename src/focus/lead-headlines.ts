/**
 * The headlines the lead's main clauses give, as the title builder would find them: where an editor's news is, so
 * a focus candidate they hold is more likely the one a searcher types (`leadHolds`, `clauseHolds`).
 */
import { clauseHeadlines } from '../restructure/headline.js';
import type { Layout } from '../restructure/index.js';

/** How many of the lead's first sentences give the focus model a clause headline. */
const LEAD_CLAUSES = 3;

/** The headlines from the main clauses of the lead's first sentences, best first. */
export function leadHeadlines(base: Layout): string[] {
  const paragraphs = [...base.leadSection.paragraphs, ...base.sections.flatMap((x) => x.paragraphs)].slice(0, 3);
  const written = new Set(paragraphs.flat().flatMap((x) => x.words.map((w) => w.text.toLowerCase())));
  return clauseHeadlines(paragraphs, base.lang, (w) => written.has(w), LEAD_CLAUSES).map((h) => h.text);
}
