/** --restructure on Markdown bodies: paragraphs split between sentences, subheadings added, nothing else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewrite, type RewriteOptions } from '../../src/pipeline/rewrite.js';
import { compareConstructs, countConstructs, frontMatterLines } from '../support/markdown-constructs.js';
import { markdownDoc } from '../support/markdown-arb.js';

const options: RewriteOptions = { format: 'markdown', path: 'post.md', lang: 'en', restructure: true };

const SENTENCES = [
  'The city council approved a new budget for public transport on Monday, after months of debate about fares.',
  'Council members said the plan adds twelve bus lines and lowers fares for students and older residents.',
  'Critics argued that the budget ignores cycling lanes, which many residents asked for during the hearings.',
  'The mayor said the city would review the plan after one year and publish the ridership numbers.',
  'Local businesses welcomed the decision, saying better buses would bring more customers to the old town.',
  'Engineers expect the first new routes to open in the spring, once the drivers have been trained.',
  'The transport union asked for more staff on the night lines, where drivers often work alone.',
  'Schools near the new routes will change their opening hours to match the timetable of the buses.',
];

/** A paragraph of `n` sentences (about 17 words each). */
function long(n: number, offset = 0): string {
  return Array.from({ length: n }, (_, i) => SENTENCES[(i + offset) % SENTENCES.length]).join(' ');
}

function lines(text: string): string[] {
  return text.split('\n');
}

describe('--restructure on a Markdown body', () => {
  it('splits an over-long paragraph between sentences and lists the split with its line', () => {
    const input = `---\ntitle: Budget\n---\n\n${long(12)}\n`;
    const result = rewrite(input, options);
    const body = result.markdown.split('\n---\n\n')[1]!;
    const paragraphs = body.trim().split('\n\n');
    expect(paragraphs.length).toBe(2);
    expect(paragraphs.join(' ')).toBe(long(12));
    const split = result.changes.find((c) => c.startsWith('split the paragraph'));
    expect(split).toMatch(/^split the paragraph at line (\d+) \(\d+ words, over 150\) into 2 between sentences$/);
    const line = Number(/line (\d+)/.exec(split!)![1]);
    expect(lines(result.markdown)[line - 1]).toBe(paragraphs[0]);
    expect(rewrite(result.markdown, options).markdown).toBe(result.markdown);
  });

  it('never cuts inside a link, emphasis, code span, inline HTML element or template pair', () => {
    // 10 sentences, over 150 words: without the guard the paragraph would be split.
    const a = long(5);
    const b = long(5, 5);
    const guarded = [
      `[${a} ${b}](https://example.com/x)`,
      `*${a} ${b}*`,
      `\`${a} ${b}\``,
      `<span>${a} ${b}</span>`,
      `{% if page.show %}${a} ${b}{% endif %}`,
      `{{< note >}}${a} ${b}{{< /note >}}`,
    ];
    for (const paragraph of guarded) {
      const input = `---\ntitle: Budget\n---\n\n${paragraph}\n`;
      expect(rewrite(input, options).markdown.split('\n---\n')[1]).toBe(`\n${paragraph}\n`);
    }
    // The only gap in the paragraph's own text is after the link: the cut is there.
    const mixed = `[${a}](https://example.com/x) ${b}`;
    const out = rewrite(`---\ntitle: Budget\n---\n\n${mixed}\n`, options).markdown;
    expect(out).toContain(`[${a}](https://example.com/x)\n\n${b}`);
  });

  it('never cuts where the next part would read as another block', () => {
    const input = `---\ntitle: Budget\n---\n\n${long(6)} 1984. Was a year of change for the city. ${long(6, 2)}\n`;
    const out = rewrite(input, options).markdown;
    expect(out).not.toMatch(/\n\n1984\. Was/);
    expect(countConstructs(out).listItems).toBe(0);
  });

  it('adds subheadings to a long section, one level under its heading, never after a question or a colon', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => long(4, i));
    paragraphs[3] = 'What did the council decide?';
    paragraphs[5] = `${long(2, 5)} These are the new lines:`;
    const input = `---\ntitle: Budget\n---\n\nThe budget story begins here.\n\n## The plan\n\n${paragraphs.join('\n\n')}\n`;
    const result = rewrite(input, options);
    const added = result.changes.filter((c) => c.startsWith('added the subheading'));
    expect(added.length).toBeGreaterThan(0);
    const out = lines(result.markdown);
    for (const change of added) {
      const [, text, depth, line] = /^added the subheading “(.+)” \(H(\d)\) at line (\d+)$/.exec(change)!;
      expect(depth).toBe('3');
      expect(out[Number(line) - 1]).toBe(`### ${text}`);
      expect(out[Number(line) - 2]).toBe('');
      // The paragraph before it neither asks a question nor introduces what follows.
      expect(out[Number(line) - 3]).not.toMatch(/[?:]$/);
    }
    expect(result.markdown.replace(/^### .+\n\n/gm, '')).toBe(rewrite(input, { ...options, restructure: false }).markdown);
    expect(rewrite(result.markdown, options).markdown).toBe(result.markdown);
  });

  it('changes nothing in the body without the flag', () => {
    const input = `---\ntitle: Budget\n---\n\n${long(12)}\n\n${long(12, 3)}\n`;
    expect(rewrite(input, { ...options, restructure: false }).markdown.split('\n---\n')[1]).toBe(`\n${long(12)}\n\n${long(12, 3)}\n`);
  });
});

describe('property: generated long Markdown with --restructure', () => {
  it('keeps every construct, code and HTML verbatim, the same link URLs, and a second run changes nothing', () => {
    let restructured = 0;
    fc.assert(
      fc.property(markdownDoc({ long: true }), (input) => {
        let result;
        try {
          result = rewrite(input, options);
        } catch (error) {
          expect((error as Error).message).toMatch(/^no article text/);
          return;
        }
        const before = countConstructs(input);
        const after = countConstructs(result.markdown);
        expect(compareConstructs(before, after, { addedHeadings: true })).toEqual([]);
        expect(frontMatterLines(after.frontMatter.raw, after.frontMatter.kind)).toEqual(frontMatterLines(before.frontMatter.raw, before.frontMatter.kind));
        const added = result.changes.filter((c) => c.startsWith('added the subheading')).length;
        expect(after.headings.length).toBe(before.headings.length + added);
        expect(result.changes.filter((c) => c.startsWith('left out'))).toEqual([]);
        if (added > 0 || result.changes.some((c) => c.startsWith('split the paragraph'))) restructured++;
        expect(rewrite(result.markdown, options).markdown).toBe(result.markdown);
      }),
      { numRuns: 40, seed: 7 },
    );
    expect(restructured).toBeGreaterThan(10);
  });
});

describe('--restructure on the command line', () => {
  it('writes the restructured file in place and lists each body change in the report', async () => {
    const { project, runCli } = await import('../check/helpers.js');
    const text = `---\ntitle: Budget\n---\n\n${Array.from({ length: 6 }, (_, i) => long(4, i)).join('\n\n')}\n\n${long(12, 1)}\n`;
    const tree = project({ 'content/budget.md': text });
    try {
      const r = await runCli(['content', '--restructure', '--write', '--format', 'json'], tree.dir);
      expect(r.code).toBe(0);
      const file = (JSON.parse(r.stdout) as { files: { changes: string[]; markdown: string }[] }).files[0]!;
      expect(file.changes.some((c) => c.startsWith('added the subheading'))).toBe(true);
      expect(file.changes.some((c) => c.startsWith('split the paragraph'))).toBe(true);
      const { readFileSync } = await import('node:fs');
      const written = readFileSync(`${tree.dir}/content/budget.md`, 'utf8');
      expect(written).toBe(file.markdown);
      expect(written).toMatch(/\n\n## .+\n\n/);
      const again = await runCli(['content', '--restructure', '--check', '-q'], tree.dir);
      expect(again).toMatchObject({ code: 0, stderr: '' });
    } finally {
      tree.cleanup();
    }
  });
});
