import { describe, expect, it } from 'vitest';
import { readabilityScore, rules, seoScore } from '../../src/assess/index.js';
import { resolveThresholds } from '../../src/assess/thresholds.js';
import { ratingOf } from '../../src/assess/score.js';
import { en, filler, id, run, type Case } from './helpers.js';

const article: Case = {
  keyphrase: 'harga beras',
  title: 'Harga Beras Naik Tajam di Pasar Induk',
  description: 'Harga beras naik tajam di pasar induk pekan ini karena pasokan dari petani berkurang setelah musim hujan datang lebih awal dari biasanya.',
  slug: 'harga-beras-naik',
  blocks: [
    'Harga beras naik tajam di pasar induk pekan ini. Namun pedagang masih melayani pembeli seperti biasa.',
    filler(14),
    '## Harga beras di tingkat petani',
    `${filler(12)} Karena itu harga beras ikut terdorong naik.`,
    '## Pasokan dari daerah',
    filler(10),
  ],
};

describe('registry', () => {
  it('has unique kebab-case ids, a category, a one-line doc and a Yoast id per rule', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      expect(['seo', 'readability']).toContain(rule.category);
      expect(['warn', 'error']).toContain(rule.defaultSeverity);
      expect(rule.docs).not.toContain('\n');
      expect(rule.yoastId).toBeTruthy();
    }
  });
});

describe('assess', () => {
  it('reports every rule in registry order, deterministically', () => {
    const a = run(article);
    expect(a.assessments.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const b = run(article);
    expect(b.assessments).toEqual(a.assessments);
    expect(b.messages.map(String)).toEqual(a.messages.map(String));
  });

  it('computes scores Yoast’s way from the assessment scores', () => {
    const outcome = run(article);
    const seo = outcome.assessments.filter((r) => r.category === 'seo').map((r) => r.score);
    const readability = outcome.assessments.filter((r) => r.category === 'readability').map((r) => r.score);
    expect(outcome.scores.seo).toBe(Math.round((seo.reduce((x, y) => x + y, 0) * 100) / (9 * seo.length)));
    expect(outcome.scores.readability).toBe(readabilityScore(readability, 'id'));
  });

  it('turns results that are not good into messages with rule id, source, place, actual and expected', () => {
    const outcome = run({ ...article, slug: 'naik' });
    const message = outcome.messages.find((m) => m.ruleId === 'keyphrase-in-slug');
    expect(message).toMatchObject({ source: 'seo-rewrite', fatal: false, actual: '0 of 2 keyphrase words', expected: ['every keyphrase word'] });
    expect(String(message)).toBe('1:1: Unexpected slug “naik” with 0 of 2 keyphrase words, expected every keyphrase word');
    expect(outcome.messages.some((m) => m.ruleId === 'keyphrase-length')).toBe(false);
  });

  it('places messages at line and column of doc.source', () => {
    const outcome = run({ ...article, blocks: [filler(2), 'Jalan dibangun. Jembatan diperbaiki. Pasar dibuka. Toko ditutup.'] });
    const passive = outcome.messages.find((m) => m.ruleId === 'passive-voice' && m.fatal === false);
    expect(String(passive)).toBe('2:1-2:16: Unexpected passive voice in 66.7% of sentences, expected at most 10%');
  });

  it('makes error-severity messages fatal and warn ones not', () => {
    const wide = { ...article, title: 'Harga Beras Medium dan Premium Naik Tajam di Seluruh Pasar Induk Jawa Barat Pekan Ini' };
    expect(run(wide).messages.find((m) => m.ruleId === 'title-width')?.fatal).toBe(true);
    const warned = run(wide, { rules: { 'title-width': 'warn' } });
    expect(warned.messages.find((m) => m.ruleId === 'title-width')?.fatal).toBe(false);
  });

  it('skips rules that are off, in the report and the scores', () => {
    const outcome = run(article, { rules: { 'keyphrase-in-slug': 'off', 'passive-voice': { severity: 'off' } } });
    expect(outcome.assessments.map((r) => r.id)).not.toContain('keyphrase-in-slug');
    expect(outcome.assessments.map((r) => r.id)).not.toContain('passive-voice');
    expect(outcome.assessments).toHaveLength(rules.length - 2);
  });

  it('merges per-rule threshold overrides over the language’s', () => {
    const blocks = [filler(12)];
    expect(run({ blocks }).assessments.find((r) => r.id === 'paragraph-length')?.rating).toBe('good');
    const strict = run({ blocks }, { rules: { 'paragraph-length': { thresholds: { paragraphWords: { max: 100 } } } } });
    expect(strict.assessments.find((r) => r.id === 'paragraph-length')).toMatchObject({ rating: 'ok', message: 'Unexpected paragraph of 120 words, expected at most 100 words' });
  });

  it('drops messages that isDisabled silences, keeping the assessment', () => {
    const text = 'Jalan dibangun. Jembatan diperbaiki. Pasar dibuka. Toko ditutup.';
    const disabledAt: number[] = [];
    const outcome = run({ ...article, blocks: [text] }, {
      isDisabled: (ruleId, offset) => {
        if (ruleId === 'passive-voice') disabledAt.push(offset);
        return ruleId === 'passive-voice' && offset >= 16;
      },
    });
    const passive = outcome.messages.filter((m) => m.ruleId === 'passive-voice');
    expect(passive.map((m) => m.fatal)).toEqual([false, undefined]);
    expect(disabledAt).toEqual([0, 16, 37, 51]);
    expect(outcome.assessments.find((r) => r.id === 'passive-voice')?.rating).toBe('bad');
  });

  it('keeps a whole-text warning while a place of it is outside the disabled region, pointing there', () => {
    const text = 'Jalan dibangun. Jembatan diperbaiki. Pasar dibuka. Toko ditutup.';
    const outcome = run({ ...article, blocks: [text] }, { isDisabled: (ruleId, offset) => ruleId === 'passive-voice' && offset < 16 });
    const passive = outcome.messages.filter((m) => m.ruleId === 'passive-voice');
    expect(passive[0]?.fatal).toBe(false);
    expect(passive[0]?.column).toBeGreaterThan(1);
    expect(passive.filter((m) => m.fatal === undefined)).toHaveLength(3);
  });

  it('reports keyphrase rules without a keyphrase as bad, as Yoast does', () => {
    const outcome = run({ ...article, keyphrase: '' });
    for (const id of ['keyphrase-length', 'keyphrase-in-title', 'keyphrase-in-introduction', 'keyphrase-in-meta-description', 'keyphrase-in-slug', 'keyphrase-density']) {
      expect(outcome.assessments.find((r) => r.id === id)?.rating).toBe('bad');
    }
    expect(outcome.scores.seo).toBe(0);
  });

  it('works for English and for an empty document', () => {
    expect(run({ ...article, lang: en }).assessments).toHaveLength(rules.length);
    const empty = run({});
    expect(empty.scores.seo).toBe(0);
    expect(empty.assessments).toHaveLength(rules.length);
  });
});

describe('scores', () => {
  it('rates scores as Yoast does', () => {
    expect([9, 8, 7, 5, 4, 1, -10].map(ratingOf)).toEqual(['good', 'good', 'ok', 'ok', 'bad', 'bad', 'bad']);
  });
  it('aggregates SEO scores over nine points each, clamped to 0–100', () => {
    expect(seoScore([9, 9, 6, 3])).toBe(75);
    expect(seoScore([-999, 9])).toBe(0);
    expect(seoScore([])).toBe(0);
  });
  it('aggregates readability with Yoast’s penalties, stricter for languages it does not fully support', () => {
    const scores = [9, 9, 3, 9, 9, 9];
    expect(readabilityScore(scores, 'en')).toBe(90);
    expect(readabilityScore(scores, 'id')).toBe(60);
    expect(readabilityScore([3, 3, 6, 9, 9, 9], 'en')).toBe(30);
    expect(readabilityScore([9], 'en')).toBe(0);
  });
});

describe('thresholds', () => {
  it('derive Yoast’s second boundaries from the language’s values', () => {
    const t = resolveThresholds(id.thresholds);
    expect(t.bands).toEqual({
      paragraphWordsOk: 200,
      sentenceShareOk: 30,
      passiveShareOk: 15,
      transitionsShareOk: 20,
      subheadingWordsOk: 350,
      densityFarOver: 4,
      textLength: { slightlyBelow: 250, below: 200, farBelow: 100 },
    });
    expect(resolveThresholds(id.thresholds, { title: { maxChars: 70 } as never }).title).toEqual({ maxChars: 70, maxWidth: 600, minWidth: 400 });
  });
});
