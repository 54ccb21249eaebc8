/** Sample check results for the reporter tests. */
import { VFileMessage } from 'vfile-message';
import type { CheckedFile } from '../../src/report/lint.js';
import type { FileReport } from '../../src/types.js';

export function message(reason: string, ruleId: string, fatal: boolean | undefined, line?: number, column?: number, end?: [number, number]): VFileMessage {
  const start = line === undefined ? undefined : { line, column: column ?? 1 };
  const m = new VFileMessage(reason, { ruleId, source: 'seo-rewrite', place: start && end ? { start, end: { line: end[0], column: end[1] } } : start });
  m.fatal = fatal;
  return m;
}

export function report(path: string, seo: number, readability: number, error: string | null = null): FileReport {
  return {
    path, output: null, lang: 'en', focusKeyphrase: 'solar panels', keyphrases: [], title: 'T', description: 'D', slug: 's', markdown: '',
    score: { seo, readability }, before: null, error, removed: [], changes: [],
    assessments: [
      { id: 'text-length', category: 'seo', rating: 'bad', score: 3, message: 'Unexpected text of 108 words, expected at least 300 words' },
      { id: 'passive-voice', category: 'readability', rating: 'ok', score: 6, message: 'Unexpected passive voice' },
      { id: 'single-h1', category: 'seo', rating: 'good', score: 9, message: 'One H1' },
    ],
  };
}

/** Two scored files (one with an error), one skipped, one unreadable. */
export function sampleFiles(): CheckedFile[] {
  return [
    {
      report: report('content/a.md', 62, 80),
      messages: [
        message('Unexpected text of 108 words, expected at least 300 words', 'text-length', true),
        message('Unexpected passive voice in 11.1% of sentences, expected at most 10%', 'passive-voice', false, 12, 1, [12, 49]),
        message('Unexpected passive voice in “The schools were chosen.”, expected an active sentence', 'passive-voice', undefined, 12, 1, [12, 49]),
      ],
      failure: null,
      skipped: false,
    },
    { report: report('content/b c.md', 90, 95), messages: [message('Unexpected 30% of sentences over 20 words, expected at most 25%', 'sentence-length', false, 3, 5)], failure: null, skipped: false },
    { report: { ...report('content/_index.md', 0, 0), assessments: [] }, messages: [message('No article text to assess (empty, or only front matter, headings or shortcodes): skipped', 'no-text', undefined)], failure: null, skipped: true },
    { report: { ...report('content/gone.md', 0, 0, 'no such file'), assessments: [] }, messages: [message('no such file', 'read', true)], failure: 'io', skipped: false },
  ];
}
