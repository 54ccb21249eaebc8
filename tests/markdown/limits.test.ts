/** The pre-parse scan refuses the shapes micromark is slow on, with the line and the limit, and lets real Markdown by. */
import { describe, expect, it } from 'vitest';
import { checkMarkdownLimits, MARKDOWN_LIMITS, MarkdownLimitError } from '../../src/markdown/limits.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { brackets, manyKeys, manyOpeners, nestedList, nestedQuotes, stars } from '../fuzz/repros.js';

function refusal(source: string): string {
  try {
    checkMarkdownLimits(source);
  } catch (error) {
    if (error instanceof MarkdownLimitError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('Markdown limits', () => {
  it('refuses the repro files with the line and the limit', () => {
    expect(refusal(stars())).toBe("line 1: a run of more than 256 '*'; not processed");
    expect(refusal(nestedList())).toBe('line 51: block quotes and lists nested more than 50 deep; not processed');
    expect(refusal(nestedQuotes())).toBe('line 1: block quotes and lists nested more than 50 deep; not processed');
    expect(refusal(manyOpeners())).toBe('line 1: more than 10,000 emphasis and link delimiters (* _ [ ]) in one paragraph; not processed');
    expect(refusal(brackets())).toBe('line 1: more than 10,000 emphasis and link delimiters (* _ [ ]) in one paragraph; not processed');
    expect(() => parseMarkdown(nestedQuotes())).toThrow(MarkdownLimitError);
  });

  it('accepts everything up to the limits', () => {
    expect(refusal(nestedList(MARKDOWN_LIMITS.nesting))).toBe('accepted');
    expect(refusal(nestedQuotes(MARKDOWN_LIMITS.nesting))).toBe('accepted');
    expect(refusal(`> - > - ${'> '.repeat(MARKDOWN_LIMITS.nesting - 4)}x\n`)).toBe('accepted');
    expect(refusal(`> - > - ${'> '.repeat(MARKDOWN_LIMITS.nesting - 3)}x\n`)).toMatch(/^line 1: block quotes and lists nested/);
    expect(refusal(stars(MARKDOWN_LIMITS.run))).toBe('accepted');
    // Paragraphs, list items and blank lines each start the count again.
    expect(refusal(`${'a *b '.repeat(9_000)}\n\n${'a *b '.repeat(9_000)}\n`)).toBe('accepted');
    expect(refusal(Array.from({ length: 6_000 }, (_, i) => `- [link ${i}](https://example.com/${i})`).join('\n'))).toBe('accepted');
  });

  it('does not count what micromark does not parse inline: front matter, code fences, thematic breaks', () => {
    expect(refusal(manyKeys(1_000).replace(/: v/g, ': [*a*, _b_]'.repeat(5)))).toBe('accepted');
    expect(refusal(`\`\`\`\n${'*'.repeat(5_000)}\n${'  '.repeat(200)}- x\n\`\`\`\n\ntext\n`)).toBe('accepted');
    expect(refusal(`~~~~\n${'>'.repeat(500)}\n~~~~\n`)).toBe('accepted');
    expect(refusal(`text\n\n${'*'.repeat(400)}\n\n${'_ '.repeat(400)}\n`)).toBe('accepted');
    // A fence ends at its closing line: what follows is scanned again.
    expect(refusal(`\`\`\`\ncode\n\`\`\`\n${stars(300)}`)).toBe("line 4: a run of more than 256 '*'; not processed");
  });

  it('lists come back out: nesting is what is open on a line, not how many lists the file has', () => {
    const shallow = Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i % 10)}- item ${i}`).join('\n');
    expect(refusal(shallow)).toBe('accepted');
  });
});
