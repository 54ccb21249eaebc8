/**
 * Proves the issue-12 instruments measure what they claim: exact counts on known fixtures, every kind of loss is
 * reported, nothing is reported for identical input, and the generator really produces every construct.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownDoc, pathologicalMarkdown } from './markdown-arb.js';
import { compareConstructs, countConstructs, frontMatterLines, proseSentences, type Constructs } from './markdown-constructs.js';

const yamlPost = `---
# site comment
title: "Hello"
license:
tags:
  - a
  - b
---

# Heading one

Intro with [a link](https://a.example/) and ![img](/i.png) and *em* and **strong** and \`code\` and ~~del~~.
Second sentence here[^1]. Third <span>x</span> sentence [ref link][r]!

Setext heading
--------------

- one
- two
  1. nested [again](https://a.example/)

| h1 | h2 |
| -- | -- |
| c1 | \`c2\` |

> quote

\`\`\`rust
fn main() {}
\`\`\`

    indented

<div>
block
</div>

<!-- comment -->

***

{{< figure src="x" >}}
{% highlight ruby %}
puts 1
{% endhighlight %}

<Callout />

[^1]: Footnote text.

[r]: https://r.example/ "T"
`;

const tomlPost = `+++
title = "T"
authors = ["A"]
description = """
multi
"""
aliases = [
  "x",
]
# comment

[extra]
title = "inner"
+++

Body.
`;

const jsonPost = `{
  "title": "T",
  "tags": [
    "a"
  ],
  "draft": false
}

Body with [l](https://x.example/).
`;

describe('countConstructs on a known post', () => {
  const c = countConstructs(yamlPost);

  it('counts links (reference links resolved) and images by URL', () => {
    expect(c.links).toEqual(['https://a.example/', 'https://a.example/', 'https://r.example/']);
    expect(c.images).toEqual(['/i.png']);
  });

  it('counts lists, tables, quotes, breaks, footnotes and definitions', () => {
    expect(c.listItems).toBe(3);
    expect(c.tables).toBe(1);
    expect(c.tableCells).toBe(4);
    expect(c.blockquotes).toBe(1);
    expect(c.thematicBreaks).toBe(1);
    expect(c.footnoteDefinitions).toBe(1);
    expect(c.footnoteReferences).toBe(1);
    expect(c.definitions).toBe(1);
  });

  it('counts inline marks and keeps code span and inline HTML values', () => {
    expect(c.emphasis).toBe(1);
    expect(c.strong).toBe(1);
    expect(c.strikethrough).toBe(1);
    expect(c.inlineCode).toEqual(['c2', 'code']);
    expect(c.inlineHtml).toEqual(['</span>', '<span>']);
  });

  it('keeps code and HTML blocks as exact source slices', () => {
    expect(c.codeBlocks).toEqual(['```rust\nfn main() {}\n```', '    indented']);
    expect(c.htmlBlocks).toEqual(['<div>\nblock\n</div>', '<!-- comment -->', '<Callout />']);
  });

  it('reads ATX and setext headings', () => {
    expect(c.headings).toEqual([
      { depth: 1, text: 'Heading one' },
      { depth: 2, text: 'Setext heading' },
    ]);
  });

  it('lists shortcode, Liquid and JSX lines, even when remark glues them into one paragraph', () => {
    expect(c.standaloneLines).toEqual(['{{< figure src="x" >}}', '{% highlight ruby %}', '{% endhighlight %}', '<Callout />']);
  });

  it('keeps template blocks whose body is not Markdown as exact slices', () => {
    expect(c.templateBlocks).toEqual(['{% highlight ruby %}\nputs 1\n{% endhighlight %}']);
    const hugo = '{{< highlight go >}}\n> not a quote\n{{< /highlight >}}\n\n{% raw %}\n{{ x }}\n';
    // The unclosed `{% raw %}` is not a block.
    expect(countConstructs(hugo).templateBlocks).toEqual(['{{< highlight go >}}\n> not a quote\n{{< /highlight >}}']);
  });

  it('splits prose into sentences without HTML, code blocks or front matter', () => {
    expect(c.sentences).toEqual([
      'Intro with a link and img and em and strong and code and del.',
      'Second sentence here.',
      'Third x sentence ref link!',
      'one',
      'two',
      'nested again',
      'quote',
      // The Liquid block is one paragraph to remark; as prose it is one "sentence" (its lines are checked apart).
      '{{< figure src="x" >}} {% highlight ruby %} puts 1 {% endhighlight %}',
      'Footnote text.',
    ]);
    expect(proseSentences(yamlPost)).toEqual(c.sentences);
  });

  it('reads YAML front matter and its unmanaged lines', () => {
    expect(c.frontMatter).toEqual({ kind: 'yaml', raw: '# site comment\ntitle: "Hello"\nlicense:\ntags:\n  - a\n  - b' });
    expect(frontMatterLines(c.frontMatter.raw, 'yaml', ['title'])).toEqual(['# site comment', 'license:', 'tags:', '  - a', '  - b']);
  });

  it('ignores tags inside code blocks', () => {
    expect(countConstructs('```\n{{< figure >}}\n{% raw %}\n```\n').standaloneLines).toEqual([]);
  });

  it('recognises MDX imports and Liquid output lines, not prose that merely contains a tag', () => {
    const mdx = "import Chart from '../components/Chart.astro';\n\n{{ site.title }}\n\n{% raw %}x{% endraw %} and more\n";
    expect(countConstructs(mdx).standaloneLines).toEqual(["import Chart from '../components/Chart.astro';", '{{ site.title }}']);
  });
});

describe('front matter kinds', () => {
  it('reads TOML (+++) and keeps table keys apart from top-level managed ones', () => {
    const c = countConstructs(tomlPost);
    expect(c.frontMatter.kind).toBe('toml');
    expect(c.sentences).toEqual(['Body.']);
    expect(frontMatterLines(c.frontMatter.raw, 'toml', ['title', 'description'])).toEqual([
      'authors = ["A"]',
      'aliases = [',
      '  "x",',
      ']',
      '# comment',
      '',
      '[extra]',
      'title = "inner"',
    ]);
  });

  it("reads Hugo's JSON front matter and parses only the body", () => {
    const c = countConstructs(jsonPost);
    expect(c.frontMatter).toEqual({ kind: 'json', raw: '{\n  "title": "T",\n  "tags": [\n    "a"\n  ],\n  "draft": false\n}' });
    expect(c.links).toEqual(['https://x.example/']);
    expect(c.sentences).toEqual(['Body with l.']);
    // The comma after a member is not the writer's content: it depends on what follows.
    expect(frontMatterLines(c.frontMatter.raw, 'json', ['title'])).toEqual(['  "tags": [', '    "a"', '  ]', '  "draft": false']);
  });

  it('keeps a blank line of a managed block scalar with its key', () => {
    const raw = 'description: |\n  one\n\n  two\n\n# after\nlayout: post';
    expect(frontMatterLines(raw, 'yaml', ['description'])).toEqual(['', '# after', 'layout: post']);
  });

  it('reports no front matter for a plain body', () => {
    expect(countConstructs('Just text.\n').frontMatter).toEqual({ kind: null, raw: '' });
  });
});

describe('compareConstructs', () => {
  const compare = (before: string, after: string, options?: Parameters<typeof compareConstructs>[2]): string[] =>
    compareConstructs(countConstructs(before), countConstructs(after), options);

  it('is empty for identical input', () => {
    for (const post of [yamlPost, tomlPost, jsonPost]) expect(compare(post, post)).toEqual([]);
  });

  it('reports a dropped link', () => {
    const diff = compare('A [x](https://a/) and [y](https://b/).\n', 'A x and [y](https://b/).\n');
    expect(diff).toContain('links: 2 → 1');
    expect(diff).toContain('link URL lost: https://a/');
  });

  it('reports an altered code block by its place', () => {
    const before = '```js\nlet a = 1;\n```\n\n```js\nlet b = 2;\n```\n';
    const diff = compare(before, before.replace('b = 2', 'b = 3'));
    expect(diff).toEqual(['code block 2 not verbatim: ```js']);
  });

  it('reports an altered HTML block', () => {
    expect(compare('<div>\nx\n</div>\n', '<div>\n  x\n</div>\n')).toEqual(['HTML block 1 not verbatim: <div>']);
  });

  it('reports a paragraph split inside a Liquid highlight block', () => {
    const before = 'Run:\n\n{% highlight sh %}\n$ one. Two\n{% endhighlight %}\n';
    expect(compare(before, before.replace('one. Two', 'one.\n\nTwo'))).toEqual(['template block 1 not verbatim: {% highlight sh %}']);
  });

  it('reports a shortcode glued into a paragraph', () => {
    const diff = compare('Text.\n\n{{< figure src="x" >}}\n\nMore.\n', 'Text. {{< figure src="x" >}} More.\n');
    expect(diff).toContain('standalone line lost: {{< figure src="x" >}}');
  });

  it('reports a lost YAML comment, not a changed managed key', () => {
    const before = '---\n# keep me\ntitle: Old\nauthor: x\n---\n\nBody.\n';
    const after = '---\ntitle: New\nauthor: x\n---\n\nBody.\n';
    expect(compare(before, after)).toEqual(['front-matter line lost or altered: `# keep me`']);
  });

  it('reports a changed TOML key and a TOML block turned into YAML', () => {
    const before = '+++\ntitle = "T"\ndraft = true\n+++\n\nBody.\n';
    expect(compare(before, before.replace('draft = true', 'draft = false'))).toEqual(['front-matter line lost or altered: `draft = true`']);
    expect(compare(before, '---\ntitle: T\ndraft: true\n---\n\nBody.\n')).toEqual(['front matter: toml → yaml', 'front-matter line lost or altered: `draft = true`']);
  });

  it('allows added headings only when asked, and never removed or changed ones', () => {
    const before = '# A\n\nOne. Two.\n';
    const after = '# A\n\nOne.\n\n## Added\n\nTwo.\n';
    expect(compare(before, after, { addedHeadings: true })).toEqual([]);
    expect(compare(before, after)).toEqual(['heading added: ## Added']);
    expect(compare(before, '# B\n\nOne. Two.\n', { addedHeadings: true })).toEqual(['heading lost or changed: # A']);
  });

  it('accepts a paragraph split between sentences but reports a removed sentence', () => {
    const before = 'First one here. Second one here. Third one here.\n';
    expect(compare(before, 'First one here.\n\nSecond one here. Third one here.\n')).toEqual([]);
    expect(compare(before, 'First one here. Third one here.\n')).toEqual(['sentence lost: Second one here.']);
  });

  it('reports lost list items, table, emphasis and inline code', () => {
    const before = '- *a* `x`\n- b\n\n| h |\n| - |\n| c |\n';
    const diff = compare(before, 'a x b\n');
    expect(diff).toEqual(expect.arrayContaining(['list items: 2 → 0', 'tables: 1 → 0', 'emphasis: 1 → 0', 'inline code lost: x']));
  });
});

/** Every construct as a number, to see which ones a batch of documents exercises. */
function presence(c: Constructs): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(c)) {
    if (typeof value === 'number') out[name] = value;
    else if (Array.isArray(value)) out[name] = value.length;
  }
  out[`frontMatter:${c.frontMatter.kind ?? 'none'}`] = 1;
  return out;
}

describe('on generated Markdown', () => {
  it('counts without throwing and finds nothing lost in a document compared with itself', () => {
    fc.assert(
      fc.property(markdownDoc(), (doc) => {
        const c = countConstructs(doc);
        expect(compareConstructs(c, c)).toEqual([]);
        expect(compareConstructs(c, countConstructs(doc))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('generates every construct somewhere in a batch', () => {
    const seen = new Map<string, number>();
    for (const doc of fc.sample(markdownDoc(), 200)) {
      for (const [name, n] of Object.entries(presence(countConstructs(doc)))) seen.set(name, (seen.get(name) ?? 0) + n);
    }
    const names = [...seen.keys()];
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(['frontMatter:yaml', 'frontMatter:toml', 'frontMatter:json', 'frontMatter:none']));
    for (const name of names) expect(seen.get(name), `${name} never generated`).toBeGreaterThan(0);
  });

  it('notices when any one non-blank line is deleted', () => {
    fc.assert(
      fc.property(markdownDoc(), fc.nat(), (doc, pick) => {
        const lines = doc.split('\n');
        const candidates = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '');
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const mutated = lines.filter((_, i) => i !== target.i).join('\n');
        // No managed keys here: every front-matter line counts, so every deletion must show.
        expect(compareConstructs(countConstructs(doc), countConstructs(mutated), { managedKeys: [] })).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('survives pathological input', () => {
    // A tenth of the full size keeps this quick; remark's own cost at full size is for the lead's timing tests.
    fc.assert(
      fc.property(pathologicalMarkdown({ scale: 0.1 }), (doc) => {
        const c = countConstructs(doc);
        expect(compareConstructs(c, c)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
