import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseFocusKeyphrase, extractKeyphrases } from '../../src/keyphrases/index.js';
import { isStopword } from '../../src/keyphrases/tokens.js';
import { rewrite } from '../../src/pipeline/rewrite.js';
import { doc, id } from './helpers.js';

const sample = readFileSync(fileURLToPath(new URL('../../fixtures/china-ai-id.txt', import.meta.url)), 'utf8');

describe('the sample article (china-ai-id)', () => {
  const d = doc(sample, id);
  const ks = extractKeyphrases(d, id);
  const list = ks.map((k) => k.phrase);

  it('reads like an editor’s tag list', () => {
    expect(list).toEqual(expect.arrayContaining(['chip', 'AI', 'China', 'Tencent', 'Baidu', 'AS', 'pembatasan ekspor']));
    expect(list.some((p) => /semikonduktor/u.test(p))).toBe(true);
    // Seven mentions, but a generic news noun (`pengembangan`, development) is no tag: Baidu takes its place.
    expect(list).not.toContain('pengembangan');
  });

  it('merges AS with Amerika Serikat and AI with kecerdasan buatan, the forms that define them', () => {
    expect(list).not.toContain('Amerika Serikat');
    expect(list).not.toContain('kecerdasan buatan');
  });

  it('has no function word, reporting verb or left-over SEO instruction', () => {
    for (const p of list) {
      for (const w of p.split(' ')) expect(isStopword(w, id), p).toBe(false);
      expect(p.toLowerCase()).not.toMatch(/\b(?:mengatakan|mengungkapkan|seo|konten)\b/u);
    }
  });

  it('chooses a focus keyphrase of one or two words from the first paragraph', () => {
    const focus = chooseFocusKeyphrase(d, ks, id);
    expect(focus).toBeDefined();
    expect(focus?.phrase.split(' ').length).toBeLessThanOrEqual(2);
    const lead = (sample.split('\n')[0] ?? '').toLowerCase();
    expect(lead).toContain(focus?.phrase.toLowerCase());
  });

  it('gets the focus the CLI gets (the helper normalises the sample as the CLI does)', () => {
    const focus = chooseFocusKeyphrase(d, ks, id)?.phrase;
    expect(focus).toBe(rewrite(sample, { lang: 'id' }).focusKeyphrase);
    expect(focus).toBe('China');
  });
});
