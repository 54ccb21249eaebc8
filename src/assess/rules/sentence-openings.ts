import { openingExceptionsOf, openingOf } from '../openings.js';
import type { Sentence } from '../../document/types.js';
import { quote } from '../format.js';
import type { Note, Rule } from '../types.js';

/**
 * Consecutive sentences with the same opening. Mirrors Yoast's `sentenceBeginnings`: more than
 * `consecutiveOpenings.max` (2) sentences in a row starting with the same word is bad (3), otherwise good (9). An
 * article, numeral or demonstrative opens together with the next word ("Ini adalah", "The company"). Headings count as
 * sentences, as in Yoast. The message points at the first sentence of the longest run; each run gets a note that
 * lists its sentences.
 */
export const sentenceOpenings: Rule = {
  id: 'sentence-openings',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'sentenceBeginnings',
  docs: 'No more than 2 consecutive sentences start with the same word.',
  run({ input, measures, thresholds, t }) {
    const m = t.sentenceOpenings;
    const max = thresholds.consecutiveOpenings.max;
    const exceptions = openingExceptionsOf(input.lang);
    const expected = m.expected(max);
    const runs: Run[] = [];
    let current: Run | undefined;
    for (const s of measures.sentences) {
      const opening = openingOf(s.lower, exceptions);
      if (current && opening !== '' && opening === current.opening) current.sentences.push(s.sentence);
      else {
        current = { opening, sentences: [s.sentence] };
        runs.push(current);
      }
    }
    let best: Run | undefined;
    for (const run of runs) if (!best || run.sentences.length > best.sentences.length) best = run;
    const length = best?.sentences.length ?? 0;
    const actual = m.actual(length);
    if (!best || length <= max) return { score: 9, actual, expected, message: m.good };
    const long = runs.filter((r) => r.sentences.length > max);
    // Every sentence of a run, so that the highlights show the whole run (the notes go on its first sentence).
    const marks = long.flatMap((r) => r.sentences.map((s) => ({ start: s.start, end: s.end })));
    const more = long.length > 1 ? m.runs(long.length) : '';
    // One note per run, listing its sentences; the longest run first, so the rule's message points at it.
    const notes: Note[] = [best, ...long.filter((r) => r !== best)].map((run) => ({
      start: run.sentences[0]?.start ?? 0,
      end: run.sentences[run.sentences.length - 1]?.end ?? 0,
      reason: m.note(run.sentences.length, run.opening),
      actual: m.actual(run.sentences.length),
      expected,
      note: m.sentences(run.sentences.map((s) => quote(s.text, 50))),
    }));
    const first = best.sentences[0];
    return {
      score: 3,
      actual,
      expected,
      offset: first?.start,
      end: first?.end,
      notes,
      marks,
      message: m.bad(length, best.opening, expected, more),
    };
  },
};

/** Consecutive sentences with the same opening. */
interface Run {
  opening: string;
  sentences: Sentence[];
}
