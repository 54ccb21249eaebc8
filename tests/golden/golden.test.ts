import { describe, expect, it } from 'vitest';
import { changedFields, compareSet, detailLines, differs, parseGolden, summaryLine } from '../../bench/golden/diff.js';
import { goldenFile, hashRecord, shortHash, textRecord, type Decisions } from '../../bench/golden/record.js';

const decisions: Decisions = {
  lang: 'id',
  focus: 'banjir Jakarta',
  title: 'Banjir Jakarta Rendam 30 RT',
  titles: [
    { text: 'Banjir Jakarta Rendam 30 RT', score: 1, source: 'lead clause' },
    { text: 'BPBD Catat Banjir', score: 0.21349, source: 'lead' },
  ],
  headings: ['Air Mulai Surut', 'Warga Mengungsi'],
  description: 'Banjir merendam 30 RT di Jakarta pada Senin pagi.',
  slug: 'banjir-jakarta-rendam-30-rt',
  tags: ['banjir Jakarta', 'BPBD'],
  scores: { seo: 90, readability: 60 },
};
const other: Decisions = { ...decisions, title: 'Banjir Rendam 30 RT di Jakarta', headings: ['Air Mulai Surut'] };

describe('golden records', () => {
  it('hashes a text to 12 hex digits of its sha256', () => {
    expect(shortHash('abc')).toBe('ba7816bf8f01');
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
  });

  it('keeps the decisions in a fixed key order, scores rounded', () => {
    const line = JSON.stringify(textRecord('a1', decisions));
    expect(line.startsWith('{"id":"a1","lang":"id","focus":"banjir Jakarta","title":"Banjir Jakarta Rendam 30 RT","titles":[')).toBe(true);
    expect(line).toContain('"score":0.213');
  });

  it('stores a hash per decision and metrics, never the text', () => {
    const record = hashRecord('a1', decisions, 'Banjir Rendam Jakarta');
    const line = JSON.stringify(record);
    for (const text of ['Banjir', 'banjir', 'Surut', 'BPBD', 'Senin']) expect(line).not.toContain(text);
    expect(record.hash.title).toBe(shortHash(decisions.title));
    expect(record.hash.headings).toBe(shortHash('Air Mulai Surut\nWarga Mengungsi'));
    expect(record.metrics.title).toEqual({ chars: 27, words: 5, rouge1: 0.75 });
    expect(record.metrics.headings).toEqual({ count: 2 });
  });

  it('writes one line per article, sorted by id', () => {
    expect(goldenFile([{ id: 'b', error: 'InputError' }, { id: 'a', error: 'InputError' }])).toBe('{"id":"a","error":"InputError"}\n{"id":"b","error":"InputError"}\n');
  });
});

describe('golden diff', () => {
  const file = (...records: Decisions[]): string => goldenFile(records.map((d, i) => textRecord(`a${i}`, d)));

  it('names the decisions that changed, a hashed one by its name', () => {
    const before = parseGolden(goldenFile([hashRecord('a', decisions)]));
    const after = parseGolden(goldenFile([hashRecord('a', other)]));
    expect(changedFields(before.get('a')!, after.get('a')!)).toEqual(['title', 'headings']);
  });

  it('says per set how many articles changed and which decisions, then before → after', () => {
    const diff = compareSet(parseGolden(file(decisions, decisions)), parseGolden(file(decisions, other, decisions)));
    expect(differs(diff)).toBe(true);
    expect(summaryLine('id-news', diff)).toBe('id-news: 3 articles, 1 changed (title 1, headings 1), 1 new');
    expect(detailLines(diff, 5)).toEqual([
      '  a1',
      '    title: “Banjir Jakarta Rendam 30 RT” → “Banjir Rendam 30 RT di Jakarta”',
      '    headings: ["Air Mulai Surut","Warga Mengungsi"] → ["Air Mulai Surut"]',
    ]);
  });

  it('shows a hashed decision by its metrics only', () => {
    const diff = compareSet(parseGolden(goldenFile([hashRecord('a', decisions)])), parseGolden(goldenFile([hashRecord('a', { ...other, headings: ['Air Naik', 'Warga Pergi'] })])));
    expect(detailLines(diff, 5)).toEqual(['  a', '    title: {"chars":27,"words":5} → {"chars":30,"words":6}', '    headings: (text)']);
  });

  it('is unchanged when equal, and counts articles gone', () => {
    const same = compareSet(parseGolden(file(decisions)), parseGolden(file(decisions)));
    expect(differs(same)).toBe(false);
    expect(summaryLine('md-rust', same)).toBe('md-rust: 1 article, unchanged');
    const gone = compareSet(parseGolden(file(decisions, decisions)), parseGolden(file(decisions)));
    expect(summaryLine('md-rust', gone)).toBe('md-rust: 1 article, 1 gone');
  });
});
