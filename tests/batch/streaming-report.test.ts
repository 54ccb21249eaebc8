/** Streamed reports are the same as the whole-run ones: JSON byte for byte, summary by running totals, stylish. */
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson, JsonReportWriter } from '../../src/report/json.js';
import { RunningSummary } from '../../src/report/running-summary.js';
import { formatStylish, formatStylishFile, formatStylishSummary } from '../../src/report/stylish.js';
import { summarise } from '../../src/report/summary.js';
import { mostCommonLang } from '../../src/report/terminal-words.js';
import type { FileReport } from '../../src/types.js';

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const scores = fc.record({ seo: fc.integer({ min: 0, max: 100 }), readability: fc.integer({ min: 0, max: 100 }) });
const rating = fc.constantFrom('good' as const, 'ok' as const, 'bad' as const);

const report: fc.Arbitrary<FileReport> = fc.record({
  path: text,
  output: fc.option(text, { nil: null }),
  lang: fc.constantFrom('id', 'en'),
  focusKeyphrase: text,
  keyphrases: fc.array(fc.record({ phrase: text, score: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 3 }),
  title: text,
  description: text,
  slug: text,
  markdown: fc.string({ maxLength: 200 }),
  score: scores,
  before: fc.option(scores, { nil: null }),
  assessments: fc.array(
    fc.record({ id: text, category: fc.constantFrom('seo' as const, 'readability' as const), rating, score: fc.integer({ min: -50, max: 9 }), message: text }),
    { maxLength: 3 },
  ),
  removed: fc.array(fc.record({ text, reason: text, kind: text }), { maxLength: 2 }),
  changes: fc.array(text, { maxLength: 2 }),
  error: fc.option(text, { nil: null }),
});

function streamed(files: readonly FileReport[], minScore?: number): string {
  const writer = new JsonReportWriter({ version: '9.9.9' });
  const totals = new RunningSummary(minScore);
  let out = writer.begin();
  for (const f of files) {
    totals.add(f);
    out += writer.file(f);
  }
  return out + writer.end(totals.summary());
}

describe('streaming JSON report', () => {
  it('is byte for byte what formatJson prints, for any reports (none, one, many)', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 6 }), fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), (files, minScore) => {
        expect(streamed(files, minScore)).toBe(formatJson(files, { version: '9.9.9', minScore }));
      }),
      { numRuns: 150 },
    );
  });

  it('adds summary.skipped after the usual fields when given, and stays one JSON document', () => {
    const writer = new JsonReportWriter({ version: '1.0.0' });
    const doc = JSON.parse(writer.begin() + writer.end(new RunningSummary().summary(), 3)) as { files: unknown[]; summary: Record<string, unknown> };
    expect(doc.files).toEqual([]);
    expect(Object.keys(doc.summary)).toEqual(['files', 'ok', 'failed', 'belowMinScore', 'meanScore', 'meanBefore', 'skipped']);
    expect(doc.summary.skipped).toBe(3);
  });
});

describe('running summary', () => {
  it('equals summarise over the same reports, and counts skipped files apart', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), (files, minScore) => {
        const totals = new RunningSummary(minScore);
        for (const f of files) totals.add(f);
        totals.skip();
        expect(totals.summary()).toEqual(summarise(files, minScore));
        expect(totals.skipped).toBe(1);
      }),
    );
  });
});

describe('stylish report, file by file', () => {
  it('formatStylish is the per-file blocks followed by the summary line', () => {
    const chalk = new Chalk({ level: 0 });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 4 }), fc.boolean(), (reports, quiet) => {
        const files = reports.map((r) => ({ report: r, messages: [], changes: ['moved a sentence'], warnings: [] }));
        const options = { chalk, quiet };
        const pieces = files.map((f) => formatStylishFile(f, options)).join('') + formatStylishSummary(summarise(reports), options, { lang: mostCommonLang(reports.filter((r) => r.error === null).map((r) => r.lang)) });
        expect(pieces).toBe(formatStylish(files, options));
      }),
      { numRuns: 50 },
    );
  });

  it('says how many files were skipped and how long the run took when asked', () => {
    const line = formatStylishSummary(new RunningSummary().summary(), { chalk: new Chalk({ level: 0 }) }, { skipped: 2, seconds: 75.2 });
    expect(line).toBe('0 files rewritten, 2 skipped (up to date). Done in 1 min 15 s.\n');
  });
});
