/** The assessment's marks as the JSON report carries them: the sentence's text instead of offsets. */
import type { Highlight } from '../types.js';
import type { Mark } from './types.js';

/** One highlight per mark, with the text it covers in `source` (offsets do not survive the Markdown round trip). */
export function highlightsOf(marks: readonly Mark[], source: string): Highlight[] {
  return marks.map((m) => ({
    rule: m.ruleId,
    text: source.slice(m.start, m.end),
    ...(m.reason ? { message: m.reason } : {}),
    ...(m.note ? { note: m.note } : {}),
  }));
}
