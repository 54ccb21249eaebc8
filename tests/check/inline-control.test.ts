import { describe, expect, it } from 'vitest';
import { inlineControl, type ControlComment } from '../../src/engine/inline-control.js';

const ruleIds = ['passive-voice', 'sentence-length', 'text-length'];
/** Blocks at 100–199, 200–299, 300–399, 400–499. */
const blocks = [100, 200, 300, 400].map((start) => ({ start, end: start + 99 }));

function at(start: number, text: string): ControlComment {
  return { text, start, end: start + 10 };
}

describe('inline control', () => {
  it('disables named rules from the comment on, until enabled', () => {
    const c = inlineControl([at(150, 'seo-rewrite-disable passive-voice'), at(350, 'seo-rewrite-enable passive-voice')], { blocks, ruleIds });
    expect(c.isDisabled('passive-voice', 120)).toBe(false);
    expect(c.isDisabled('passive-voice', 200)).toBe(true);
    expect(c.isDisabled('passive-voice', 355)).toBe(true);
    expect(c.isDisabled('passive-voice', 365)).toBe(false);
    expect(c.isDisabled('sentence-length', 200)).toBe(false);
    expect(c.problems).toEqual([]);
  });

  it('disables every rule without ids, and enable with an id makes an exception', () => {
    const c = inlineControl([at(150, 'seo-rewrite-disable'), at(250, 'seo-rewrite-enable text-length')], { blocks, ruleIds });
    expect(c.isDisabled('passive-voice', 300)).toBe(true);
    expect(c.isDisabled('text-length', 200)).toBe(true);
    expect(c.isDisabled('text-length', 300)).toBe(false);
  });

  it('takes several ids, separated by spaces or commas, and ignores a description after --', () => {
    const c = inlineControl([at(150, 'seo-rewrite-disable passive-voice, sentence-length -- quotes')], { blocks, ruleIds });
    expect(c.isDisabled('passive-voice', 200)).toBe(true);
    expect(c.isDisabled('sentence-length', 200)).toBe(true);
    expect(c.isDisabled('text-length', 200)).toBe(false);
    expect(c.problems).toEqual([]);
  });

  it('covers the whole file (front matter too) from a directive above the first block', () => {
    const c = inlineControl([at(50, 'seo-rewrite-disable text-length')], { blocks, ruleIds });
    expect(c.isDisabled('text-length', 0)).toBe(true);
    expect(c.isDisabled('text-length', 10)).toBe(true);
  });

  it('disable-next covers the next block only', () => {
    const c = inlineControl([at(180, 'seo-rewrite-disable-next passive-voice')], { blocks, ruleIds });
    expect(c.isDisabled('passive-voice', 150)).toBe(false);
    expect(c.isDisabled('passive-voice', 250)).toBe(true);
    expect(c.isDisabled('passive-voice', 299)).toBe(false);
    expect(c.isDisabled('passive-voice', 350)).toBe(false);
  });

  it('reports unknown directives and rule ids, and never widens a directive of unknown ids to every rule', () => {
    const c = inlineControl([at(150, 'seo-rewrite-disabled passive-voice'), at(250, 'seo-rewrite-disable pasive-voice')], { blocks, ruleIds });
    expect(c.problems.map((p) => p.reason)).toEqual([
      'Unexpected directive “seo-rewrite-disabled”, expected seo-rewrite-disable, seo-rewrite-enable, seo-rewrite-disable-next, seo-rewrite-disable-line, seo-rewrite-disable-next-line, seo-rewrite-disable-file',
      'Unexpected unknown rule “pasive-voice” in seo-rewrite-disable, expected a rule id',
    ]);
    expect(c.isDisabled('passive-voice', 300)).toBe(false);
    expect(c.isDisabled('text-length', 300)).toBe(false);
  });

  it('leaves other comments alone', () => {
    const c = inlineControl([at(150, 'TODO: seo-rewrite-disable later'), at(160, 'more')], { blocks, ruleIds });
    expect(c.problems).toEqual([]);
    expect(c.isDisabled('passive-voice', 300)).toBe(false);
  });
});
