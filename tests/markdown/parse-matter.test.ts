/** The parser skips a front matter's content (linear in its size) and gives exactly the tree of a full parse. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseMarkdownFully } from '../../src/markdown/parse.js';
import { markdownDoc } from '../support/markdown-arb.js';

const dir = join(import.meta.dirname, '../../fixtures/markdown');

describe('parsing past the front matter', () => {
  it('gives the full parse’s tree for the fixtures and edge cases', () => {
    const texts = [
      ...readdirSync(dir).filter((n) => /\.(md|markdown)$/.test(n)).map((n) => readFileSync(join(dir, n), 'utf8')),
      '---\na: 1\n---\n\nText.\n',
      '---\na: 1\n----\nb: 2\n---\n\nText after a line that only looks like a fence.\n',
      '---\na: 1\n',
      '+++\ntitle = "x"\n+++\n# Heading\n',
      '{\n  "title": "x"\n}\n\nText.\n',
      '---\n---\n\nEmpty.\n',
      '---  \nkey: value\n---\t\n\n- a list\n',
      '--- \nno closing fence\n\nText.\n',
    ];
    for (const text of texts) expect(parseMarkdown(text).tree).toEqual(parseMarkdownFully(text));
  });

  it('gives the full parse’s tree for generated documents', () => {
    fc.assert(
      fc.property(markdownDoc(), (text) => {
        expect(parseMarkdown(text).tree).toEqual(parseMarkdownFully(text));
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('takes time linear in the front matter (200,000 keys in well under the 5 s of a full parse)', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `key${i}: value ${i}`).join('\n');
    const text = `---\n${keys}\n---\n\nThe body.\n`;
    const started = performance.now();
    const parsed = parseMarkdown(text);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(parsed.matter?.value).toBe(keys);
    expect(parsed.tree.children[1]?.position?.start).toEqual({ line: 200_004, column: 1, offset: text.indexOf('The body.') });
  });
});
