import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineControl, type ControlComment } from '../../src/engine/inline-control.js';
import type { CheckReport } from '../../src/types.js';
import { fixture, project, runCli } from '../check/helpers.js';

const ruleIds = ['passive-voice', 'sentence-length', 'text-length'];
/** Four lines of 10 characters and a newline: offsets 0–10, 11–21, 22–32, 33–43. */
const source = ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd'].join('\n');
const blocks = [0, 11, 22, 33].map((start) => ({ start, end: start + 10 }));

function at(start: number, end: number, text: string): ControlComment {
  return { text, start, end };
}

describe('inline control: the ESLint and markdownlint spellings', () => {
  it('disable-line covers the line the comment is on, and only the rules named', () => {
    const c = inlineControl([at(15, 20, 'seo-rewrite-disable-line passive-voice')], { blocks, ruleIds, source });
    expect(c.isDisabled('passive-voice', 11)).toBe(true);
    expect(c.isDisabled('passive-voice', 21)).toBe(true);
    expect(c.isDisabled('passive-voice', 10)).toBe(false);
    expect(c.isDisabled('passive-voice', 22)).toBe(false);
    expect(c.isDisabled('sentence-length', 15)).toBe(false);
    expect(c.problems).toEqual([]);
  });

  it('disable-next-line covers the line after the comment, and every rule without ids', () => {
    const c = inlineControl([at(11, 21, 'seo-rewrite-disable-next-line')], { blocks, ruleIds, source });
    expect(c.isDisabled('passive-voice', 15)).toBe(false);
    expect(c.isDisabled('passive-voice', 22)).toBe(true);
    expect(c.isDisabled('text-length', 32)).toBe(true);
    expect(c.isDisabled('text-length', 33)).toBe(false);
  });

  it('disable-file covers the whole file from anywhere, and enable does not undo it', () => {
    const c = inlineControl([at(33, 43, 'seo-rewrite-disable-file text-length, passive-voice'), at(40, 43, 'seo-rewrite-enable')], { blocks, ruleIds, source });
    expect(c.isDisabled('text-length', 0)).toBe(true);
    expect(c.isDisabled('passive-voice', 43)).toBe(true);
    expect(c.isDisabled('sentence-length', 0)).toBe(false);
  });

  it('the old spellings still work beside them', () => {
    const c = inlineControl([at(11, 21, 'seo-rewrite-disable-next sentence-length'), at(22, 25, 'seo-rewrite-disable passive-voice'), at(33, 36, 'seo-rewrite-enable passive-voice')], { blocks, ruleIds, source });
    expect(c.isDisabled('sentence-length', 22)).toBe(true);
    expect(c.isDisabled('sentence-length', 33)).toBe(false);
    expect(c.isDisabled('passive-voice', 30)).toBe(true);
    expect(c.isDisabled('passive-voice', 40)).toBe(false);
  });
});

describe('inline control in a checked file', () => {
  let dir = '';
  let cleanup = (): void => undefined;
  beforeAll(() => {
    const base = fixture('short.md');
    const controlled = base
      .replace('The schools were chosen by the regional council.', 'The schools were chosen by the regional council. <!-- seo-rewrite-disable-line passive-voice -- quoted -->')
      .replace('## What the study found', '<!-- seo-rewrite-disable-next-line keyphrase-in-subheadings -->\n## What the study found')
      .concat('\n<!-- seo-rewrite-disable-file text-length -->\n');
    ({ dir, cleanup } = project({ 'base.md': base, 'controlled.md': controlled }));
  });
  afterAll(() => cleanup());

  async function rules(file: string): Promise<(string | null)[]> {
    const r = await runCli(['check', file, '--format', 'json'], dir);
    return (JSON.parse(r.stdout) as CheckReport).files.flatMap((f) => f.messages.map((m) => m.ruleId));
  }

  it('silences the messages of the lines and the file they name, a comment inside a paragraph too', async () => {
    expect(await rules('base.md')).toEqual(['text-length', 'passive-voice', 'passive-voice', 'keyphrase-in-subheadings']);
    expect(await rules('controlled.md')).toEqual([]);
  });
});
