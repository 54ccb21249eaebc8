import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../src/pipeline/rewrite.js';
import { compareConstructs, countConstructs, frontMatterLines, proseSentences } from '../support/markdown-constructs.js';
import { markdownDoc } from '../support/markdown-arb.js';

const dir = join(import.meta.dirname, '../../fixtures/markdown');
const posts = readdirSync(dir).filter((name) => /\.(md|markdown)$/.test(name));

/** The file after its front matter (the part the rewrite must give back byte for byte). */
function body(text: string): string {
  const match = /^(?:---\n[\s\S]*?\n---\n|\+\+\+\n[\s\S]*?\n\+\+\+\n)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

describe('a real Markdown post, rewritten', () => {
  it('has posts to test', () => expect(posts.length).toBeGreaterThanOrEqual(4));

  for (const name of posts) {
    it(`${name}: keeps every construct, sentence and front-matter line; the body byte for byte; idempotent`, () => {
      const input = readFileSync(join(dir, name), 'utf8');
      const result = rewrite(input, { format: 'markdown', path: name });
      expect(compareConstructs(countConstructs(input), countConstructs(result.markdown))).toEqual([]);
      const before = countConstructs(input);
      const after = countConstructs(result.markdown);
      expect(frontMatterLines(after.frontMatter.raw, after.frontMatter.kind)).toEqual(frontMatterLines(before.frontMatter.raw, before.frontMatter.kind));
      expect(proseSentences(result.markdown)).toEqual(proseSentences(input));
      expect(body(result.markdown)).toBe(body(input));
      // No second title: the front matter has it, so no H1 is added.
      expect(after.headings.filter((h) => h.depth === 1).length).toBe(before.headings.filter((h) => h.depth === 1).length);
      expect(result.description.length).toBeGreaterThan(0);
      expect(rewrite(result.markdown, { format: 'markdown', path: name }).markdown).toBe(result.markdown);
    });
  }

  it('adds the missing fields to TOML front matter among the top-level keys, before any table', () => {
    const input = '+++\ntitle = "Hello"\n# a comment\n\n[extra]\nauthor = "x"\n+++\n\nThe council approved the new budget for the city on Monday. The budget gives schools more money than last year. Teachers welcomed the decision of the council.\n';
    const out = rewrite(input, { format: 'markdown', path: 'post.md' }).markdown;
    expect(out).toMatch(/^\+\+\+\ntitle = "Hello"\ndescription = ".+"\nkeyphrase = ".+"\n# a comment\n\n\[extra\]\nauthor = "x"\n\+\+\+\n/);
    expect(body(out)).toBe(body(input));
  });

  it('keeps YAML comments, order, quoting and empty values, and fills an empty field in place', () => {
    const input = "---\n# draft\nlayout: post\ndescription:\ntags: ['a', \"b\"]   # two\nlicense:\n---\n\nThe council approved the new budget for the city on Monday. The budget gives schools more money than last year.\n";
    const result = rewrite(input, { format: 'markdown', path: 'x/2024-01-05-budget.md' });
    const head = result.markdown.split('\n---\n')[0] ?? '';
    expect(head).toMatch(/^---\n# draft\nlayout: post\ndescription: .+\ntags: \['a', "b"\] {3}# two\nlicense:\ntitle: .+\nkeyphrase: .+$/);
    // The slug comes from the file name: no `slug` field, which would change a published URL.
    expect(result.slug).toBe('budget');
    expect(head).not.toMatch(/^slug:/m);
  });

  it('edits JSON front matter in place', () => {
    const input = '{\n  "title": "Budget",\n  "draft": false\n}\n\nThe council approved the new budget for the city on Monday. The budget gives schools more money than last year.\n';
    const out = rewrite(input, { format: 'markdown', path: 'b.md' }).markdown;
    expect(out).toMatch(/^\{\n {2}"title": "Budget",\n {2}"draft": false,\n {2}"description": ".+",\n {2}"keyphrase": ".+"\n\}\n\nThe council/);
  });

  it('keeps what the writer set unless --overwrite, and says so', () => {
    const input = '---\ntitle: Mine\ndescription: My words.\nkeyphrase: budget\n---\n\nThe council approved the new budget for the city on Monday. The budget gives schools more money than last year.\n';
    const kept = rewrite(input, { format: 'markdown', path: 'b.md' });
    expect(kept.markdown).toBe(input);
    expect(kept.changes.join('\n')).toMatch(/kept title, description, keyphrase as written/);
    const replaced = rewrite(input, { format: 'markdown', path: 'b.md', overwrite: true });
    expect(replaced.markdown).toMatch(/^---\ntitle: (?!Mine).+\ndescription: (?!My words).+\nkeyphrase: budget\n---\n/);
  });

  it('gives CRLF and a BOM back as they came', () => {
    const input = '\uFEFF---\r\ntitle: A\r\n---\r\n\r\nThe council approved the new budget for the city on Monday. The budget gives schools more money.\r\n';
    const out = rewrite(input, { format: 'markdown', path: 'a.md' }).markdown;
    expect(out.startsWith('\uFEFF---\r\ntitle: A\r\ndescription: ')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('adds an H1 only when asked (--h1 always) and the body has none', () => {
    const input = '---\ntitle: Budget news\n---\n\nThe council approved the new budget for the city on Monday. The budget gives schools more money.\n';
    expect(rewrite(input, { format: 'markdown', path: 'a.md' }).markdown).not.toMatch(/^# /m);
    expect(rewrite(input, { format: 'markdown', path: 'a.md', h1: 'always' }).markdown).toMatch(/\n---\n\n# Budget news\n\nThe council/);
  });

  it('front-matter errors are one line with the line of the file', () => {
    const dup = '---\ntitle: A\nlayout: post\ntitle: B\n---\n\nText here. More text.\n';
    expect(() => rewrite(dup, { format: 'markdown' })).toThrow(/^duplicate front-matter key 'title' \(line 4, column 1\)$/);
    expect(() => rewrite('---\ntitle: {a: 1}\n---\n\nText here.\n', { format: 'markdown' })).toThrow(/^front-matter field 'title' is a mapping, expected text$/);
    expect(() => rewrite('---\n- a\n- b\n---\n\nText here.\n', { format: 'markdown' })).toThrow(/^front matter is a list, expected a mapping/);
    expect(() => rewrite('+++\ntitle = \n+++\n\nText here.\n', { format: 'markdown' })).toThrow(/^invalid TOML front matter: .+ \(line 2, column \d+\)$/);
  });
});

describe('property: generated Markdown', () => {
  it('loses no construct, sentence or front-matter line, and a second run changes nothing', () => {
    let rewritten = 0;
    fc.assert(
      fc.property(markdownDoc(), (input) => {
        let result;
        try {
          result = rewrite(input, { format: 'markdown', path: 'post.md', lang: 'en' });
        } catch (error) {
          // A document with no prose at all is refused with a clear reason, never anything else.
          expect((error as Error).message).toMatch(/^no article text/);
          return;
        }
        rewritten++;
        const before = countConstructs(input);
        const after = countConstructs(result.markdown);
        expect(compareConstructs(before, after)).toEqual([]);
        expect(frontMatterLines(after.frontMatter.raw, after.frontMatter.kind)).toEqual(frontMatterLines(before.frontMatter.raw, before.frontMatter.kind));
        expect(rewrite(result.markdown, { format: 'markdown', path: 'post.md', lang: 'en' }).markdown).toBe(result.markdown);
      }),
      { numRuns: 60, seed: 12 },
    );
    expect(rewritten).toBeGreaterThan(30);
  });
});
