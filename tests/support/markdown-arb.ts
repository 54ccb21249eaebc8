/**
 * fast-check arbitraries for issue 12: realistic Markdown posts (Hugo, Jekyll, Astro/MDX flavours) that combine
 * every construct the rewrite must keep, and pathological inputs for fuzzing the parser path. Documents stay small
 * (a few KB) so a property can run hundreds of them.
 *
 * Blocks are always separated by a blank line and a document never starts with `---` or `+++` unless it has front
 * matter: a thematic break or setext underline there would be read as a front-matter fence.
 */
import fc from 'fast-check';

const englishWords = [
  'the', 'council', 'said', 'on', 'monday', 'that', 'new', 'rules', 'for', 'river', 'transport', 'would', 'start',
  'next', 'month', 'after', 'a', 'long', 'review', 'of', 'safety', 'records', 'and', 'public', 'hearings', 'in',
  'three', 'districts', 'officials', 'expect', 'fares', 'to', 'rise', 'slightly', 'while', 'ferries', 'get', 'upgrades',
];
const indonesianWords = [
  'pemerintah', 'kota', 'mengatakan', 'bahwa', 'aturan', 'baru', 'untuk', 'angkutan', 'sungai', 'akan', 'mulai',
  'bulan', 'depan', 'setelah', 'kajian', 'panjang', 'tentang', 'keselamatan', 'dan', 'dengar', 'pendapat', 'di', 'tiga',
  'kecamatan', 'pejabat', 'memperkirakan', 'tarif', 'naik', 'sedikit', 'sementara', 'kapal', 'diperbarui', 'warga',
];
const urls = [
  'https://example.com/news/river-transport', 'https://example.org/a?b=1&c=2', 'http://example.net/path_(x)',
  '/posts/2021/03/ferry/', '../images/', 'https://id.example.co.id/berita/kapal-baru', '#section-2', 'mailto:desk@example.com',
];
const imageUrls = ['/img/ferry.jpg', 'https://cdn.example.com/a/b.png', 'images/map.svg', '/static/foto%20kapal.webp'];

export type Language = 'en' | 'id';

/** Everything a block may point at: reference-link labels and footnote labels that have a definition. */
interface Context {
  lang: Language;
  refs: readonly string[];
  notes: readonly string[];
  /** Long paragraphs and sections, with template tags inside paragraphs (for `--restructure`). */
  long?: boolean;
}

const word = (ctx: Context): fc.Arbitrary<string> => fc.constantFrom(...(ctx.lang === 'en' ? englishWords : indonesianWords));
const words = (ctx: Context, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(word(ctx), { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** Inline material inside a sentence; references only to labels the document defines. */
function inline(ctx: Context): fc.Arbitrary<string> {
  const options: fc.Arbitrary<string>[] = [
    fc.tuple(words(ctx, 1, 3), fc.constantFrom(...urls)).map(([t, u]) => `[${t}](${u})`),
    fc.tuple(words(ctx, 1, 2), fc.constantFrom(...imageUrls)).map(([t, u]) => `![${t}](${u})`),
    words(ctx, 1, 2).map((t) => `*${t}*`),
    words(ctx, 1, 2).map((t) => `_${t}_`),
    words(ctx, 1, 2).map((t) => `**${t}**`),
    words(ctx, 1, 2).map((t) => `~~${t}~~`),
    fc.constantFrom('`npm install`', '`let x = 1;`', '`a|b`', '``code with ` tick``', '`<div>`'),
    words(ctx, 1, 2).map((t) => `<span class="note">${t}</span>`),
    fc.constantFrom('<br>', '<kbd>Ctrl</kbd>', '<abbr title="Dewan Perwakilan Rakyat">DPR</abbr>'),
    fc.constant('<https://example.com/auto>'),
  ];
  if (ctx.refs.length > 0) {
    options.push(fc.tuple(words(ctx, 1, 3), fc.constantFrom(...ctx.refs)).map(([t, r]) => `[${t}][${r}]`));
    options.push(fc.constantFrom(...ctx.refs).map((r) => `[${r}]`));
  }
  if (ctx.notes.length > 0) options.push(fc.constantFrom(...ctx.notes).map((n) => `[^${n}]`));
  return fc.oneof(...options);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence: words with some inline material, starting with a capital so the sentence splitter sees it. */
function sentence(ctx: Context): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 4, arbitrary: words(ctx, 1, 5) }, { weight: 1, arbitrary: inline(ctx) });
  return fc
    .tuple(words(ctx, 1, 3), fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom('.', '.', '.', '!', '?'))
    .map(([first, rest, end]) => `${capitalise(first)} ${rest.join(' ')}${end}`);
}

/** Template tags inside a paragraph: a shortcode, a Liquid output tag, or a Liquid pair around sentences. */
const inlineTemplates = ['{{< ref "ferry.md" >}}', '{{% mark %}}', '{{ page.title }}', '{% link _posts/a.md %}'];

/** A paragraph of several sentences, sometimes hard-wrapped as many writers do. */
function paragraph(ctx: Context): fc.Arbitrary<string> {
  const sentences = fc.array(sentence(ctx), { minLength: 1, maxLength: ctx.long ? 16 : 4 });
  if (!ctx.long) return fc.tuple(sentences, fc.boolean()).map(([list, wrapped]) => (wrapped ? list.join('\n') : list.join(' ')));
  // Long mode: a template tag after some sentence, and sometimes a Liquid pair (or a shortcode pair) around two.
  return fc
    .tuple(sentences, fc.boolean(), fc.option(fc.tuple(fc.nat(), fc.constantFrom(...inlineTemplates)), { nil: undefined }), fc.option(fc.nat(), { nil: undefined }), fc.boolean())
    .map(([list, wrapped, tag, pair, shortcode]) => {
      const parts = [...list];
      if (tag) parts[tag[0] % parts.length] += ` ${tag[1]}`;
      if (pair !== undefined && parts.length >= 3) {
        const i = pair % (parts.length - 1);
        const [open, close] = shortcode ? ['{{< note >}}', '{{< /note >}}'] : ['{% if page.show %}', '{% endif %}'];
        parts[i] = `${open}${parts[i]}`;
        parts[i + 1] = `${parts[i + 1]}${close}`;
      }
      return wrapped ? parts.join('\n') : parts.join(' ');
    });
}

function heading(ctx: Context): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), words(ctx, 1, 5)).map(([d, t]) => `${'#'.repeat(d)} ${capitalise(t)}`) },
    // Setext headings exist in older posts (Jekyll, Rust blog); the underline must never open the document.
    { weight: 1, arbitrary: fc.tuple(words(ctx, 1, 4), fc.constantFrom('=', '-')).map(([t, u]) => `${capitalise(t)}\n${u.repeat(Math.max(3, t.length))}`) },
  );
}

type Marker = '-' | '*' | '+' | 'ordered';

/** A list, nested up to three levels, each level indented by the width of its parent's marker. */
function list(ctx: Context): fc.Arbitrary<string> {
  const item = fc.tuple(words(ctx, 1, 4), fc.option(inline(ctx), { nil: undefined })).map(([t, i]) => capitalise(i ? `${t} ${i}` : t));
  const level = (depth: number, indent: string): fc.Arbitrary<string[]> =>
    fc
      .tuple(fc.constantFrom<Marker>('-', '*', '+', 'ordered'), fc.array(fc.tuple(item, depth < 3 ? fc.option(fc.constant(true), { nil: undefined }) : fc.constant(undefined)), { minLength: 1, maxLength: 4 }))
      .chain(([marker, items]) =>
        fc.tuple(
          ...items.map(([text, nested], i) => {
            const bullet = marker === 'ordered' ? `${i + 1}.` : marker;
            const line = `${indent}${bullet} ${text}`;
            const childIndent = indent + ' '.repeat(bullet.length + 1);
            return nested ? level(depth + 1, childIndent).map((children) => [line, ...children]) : fc.constant([line]);
          }),
        ),
      )
      .map((groups) => groups.flat());
  return level(1, '').map((lines) => lines.join('\n'));
}

const codeBodies = [
  'fn main() {\n    println!("hello");\n}',
  'def foo\n  puts "bar"\nend',
  '$ gem install jekyll\n$ jekyll new site',
  'const x = {{ site.title }};\n// {{< not a shortcode in code >}}',
  '<div class="x">\n  <p>html in code</p>\n</div>',
  '',
  'line with trailing spaces   \n\n\tafter a blank and a tab',
];

function fencedCode(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'rust', 'ruby linenos', 'sh', 'js title="a.js"', 'text'), fc.constantFrom(...codeBodies))
    .map(([fence, info, body]) => `${fence}${info}\n${body}${body === '' ? '' : '\n'}${fence}`);
}

function indentedCode(): fc.Arbitrary<string> {
  return fc.constantFrom(...codeBodies.filter((b) => b.trim() !== '')).map((body) =>
    body
      .split('\n')
      .map((l) => (l === '' ? '' : `    ${l}`))
      .join('\n'),
  );
}

function table(ctx: Context): fc.Arbitrary<string> {
  return fc.integer({ min: 1, max: 4 }).chain((cols) => {
    const row = fc.array(fc.oneof(words(ctx, 1, 2), inline(ctx)), { minLength: cols, maxLength: cols }).map((cells) => `| ${cells.join(' | ')} |`);
    const align = fc.array(fc.constantFrom('---', ':--', '--:', ':-:'), { minLength: cols, maxLength: cols }).map((a) => `| ${a.join(' | ')} |`);
    return fc.tuple(row, align, fc.array(row, { minLength: 0, maxLength: 3 })).map(([head, sep, body]) => [head, sep, ...body].join('\n'));
  });
}

function blockquote(ctx: Context): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(sentence(ctx), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([sentences, nested]) => sentences.map((s, i) => (nested && i > 0 ? `> > ${s}` : `> ${s}`)).join('\n'));
}

function htmlBlock(ctx: Context): fc.Arbitrary<string> {
  return fc.oneof(
    words(ctx, 2, 6).map((t) => `<div class="callout">\n<p>${t}</p>\n</div>`),
    words(ctx, 2, 6).map((t) => `<!-- ${t} -->`),
    fc.constant('<!--\nmulti-line comment\n-->'),
    words(ctx, 1, 3).map((t) => `<details>\n<summary>${t}</summary>\n\nInner *markdown* ${t}.\n\n</details>`),
    fc.constant('<iframe src="https://www.youtube.com/embed/x" allowfullscreen></iframe>'),
  );
}

function shortcodeLines(): fc.Arbitrary<string> {
  return fc.constantFrom(
    '{{< figure src="/img/ferry.jpg" title="Kapal baru" >}}',
    '{{< youtube w7Ft2ymGmfc >}}',
    '{{% notice info %}}\nThis is a note inside a shortcode.\n{{% /notice %}}',
    '{{< tweet user="x" id="1" >}}',
    '{{< ref "posts/other.md" >}}',
    '{{< highlight go >}}\n> fmt.Println("not a quote")\n{{< /highlight >}}',
  );
}

function liquidLines(): fc.Arbitrary<string> {
  return fc.constantFrom(
    '{% highlight ruby %}\ndef foo\n  puts "bar"\nend\n{% endhighlight %}',
    '{% include note.html content="Read this first." %}',
    '{% raw %}\n{{ page.title }}\n{% endraw %}',
    '{{ site.description }}',
    '{% for post in site.posts %}\n- [{{ post.title }}]({{ post.url }})\n{% endfor %}',
  );
}

function jsxLines(): fc.Arbitrary<string> {
  return fc.constantFrom('<Callout type="info" />', '<Chart data={points} />', '<YouTube id="abc" />\n\n<Aside>\n\nText in an aside.\n\n</Aside>');
}

const thematicBreak = fc.constantFrom('***', '* * *', '___', '- - -', '----');

function block(ctx: Context): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: ctx.long ? 24 : 8, arbitrary: paragraph(ctx) },
    { weight: 3, arbitrary: heading(ctx) },
    { weight: 3, arbitrary: list(ctx) },
    { weight: 2, arbitrary: fencedCode() },
    { weight: 1, arbitrary: indentedCode() },
    { weight: 2, arbitrary: table(ctx) },
    { weight: 2, arbitrary: blockquote(ctx) },
    { weight: 2, arbitrary: htmlBlock(ctx) },
    { weight: 1, arbitrary: thematicBreak },
    { weight: 1, arbitrary: shortcodeLines() },
    { weight: 1, arbitrary: liquidLines() },
    { weight: 1, arbitrary: jsxLines() },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Front matter

/** One front-matter member: its key (unique per document) and its lines. */
interface Field {
  key: string;
  lines: string;
}

function yamlField(): fc.Arbitrary<Field> {
  return fc.oneof(
    fc.constantFrom('"Kapal baru: tarif naik"', "'It''s a ferry'", 'Plain title without quotes').map((v) => ({ key: 'title', lines: `title: ${v}` })),
    fc.constantFrom('2021-03-04', '2016-08-25 09:50:00 +0300', '"2013-07-14 19:38:02 +0200"').map((v) => ({ key: 'date', lines: `date: ${v}` })),
    fc.constant({ key: 'license', lines: 'license:' }),
    fc.constant({ key: 'tags', lines: 'tags:\n  - kapal\n  - sungai' }),
    fc.constant({ key: 'categories', lines: 'categories: [release, community]' }),
    fc.constant({ key: 'aliases', lines: 'aliases:\n- /old/path/\n- /older/' }),
    fc.constant({ key: 'author', lines: 'author:\n  name: Budi Santoso\n  twitter: "@budi"  # handle' }),
    fc.constant({ key: 'description', lines: 'description: >\n  A folded description\n  over two lines.' }),
    fc.constant({ key: 'draft', lines: 'draft: false' }),
    fc.constant({ key: 'summary', lines: 'summary: |\n  First line.\n\n  After a blank line.' }),
    fc.constant({ key: 'keyphrase', lines: 'keyphrase: tarif kapal' }),
  );
}

function tomlTopField(): fc.Arbitrary<Field> {
  return fc.oneof(
    fc.constantFrom('"Abstraction without overhead"', "'literal title'").map((v) => ({ key: 'title', lines: `title = ${v}` })),
    fc.constant({ key: 'path', lines: 'path = "2015/05/11/traits"' }),
    fc.constant({ key: 'date', lines: 'date = 2021-03-04T10:00:00Z' }),
    fc.constant({ key: 'authors', lines: 'authors = ["Aaron Turon"]' }),
    fc.constant({ key: 'aliases', lines: 'aliases = [\n  "2015/05/11/traits.html",\n  "old/[x].html",\n]' }),
    fc.constant({ key: 'description', lines: 'description = """\nA multi-line\ndescription = not a key\n"""' }),
    fc.constant({ key: 'draft', lines: 'draft = false # not yet' }),
    fc.constant({ key: 'slug', lines: "slug = 'traits'" }),
  );
}

/** Distinct keys only: a duplicate key is an error case of its own, not what a realistic post looks like. */
function uniqueFields(field: fc.Arbitrary<Field>, max: number): fc.Arbitrary<Field[]> {
  return fc.uniqueArray(field, { minLength: 0, maxLength: max, selector: (f) => f.key });
}

const yamlComment = fc.constantFrom('# Front matter for the ferry story', '# TODO: add image', '');

function yamlFrontMatter(): fc.Arbitrary<string> {
  return fc
    .tuple(uniqueFields(yamlField(), 7), fc.array(fc.tuple(fc.nat(7), yamlComment), { maxLength: 2 }))
    .map(([fields, comments]) => {
      const lines = fields.map((f) => f.lines);
      for (const [at, comment] of comments) lines.splice(Math.min(at, lines.length), 0, comment);
      return `---\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}---`;
    });
}

function tomlFrontMatter(): fc.Arbitrary<string> {
  const extra = fc.constantFrom('', '\n\n[extra]\ntitle = "not the top-level title"\nimage = "/img/a.png"', '\n\n[taxonomies]\ntags = ["rust", "traits"]');
  return fc
    .tuple(uniqueFields(tomlTopField(), 6), fc.boolean(), extra)
    .map(([fields, comment, table]) => `+++\n${comment ? '# zola front matter\n' : ''}${fields.map((f) => f.lines).join('\n')}${table}\n+++`);
}

function jsonFrontMatter(): fc.Arbitrary<string> {
  const member = fc.constantFrom(
    { key: 'title', lines: '  "title": "Kapal baru"' },
    { key: 'date', lines: '  "date": "2021-03-04"' },
    { key: 'tags', lines: '  "tags": [\n    "kapal",\n    "sungai"\n  ]' },
    { key: 'params', lines: '  "params": {\n    "image": "/img/a.png",\n    "title": "nested, not managed"\n  }' },
    { key: 'draft', lines: '  "draft": false' },
  );
  return fc.uniqueArray(member, { minLength: 1, maxLength: 5, selector: (m) => m.key }).map((members) => `{\n${members.map((m) => m.lines).join(',\n')}\n}`);
}

function frontMatter(): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: yamlFrontMatter() },
    { weight: 2, arbitrary: tomlFrontMatter() },
    { weight: 1, arbitrary: jsonFrontMatter() },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Documents

const refLabels = ['docs', 'rfc', 'Release Notes', 'ferry-1'];

function definitions(refs: readonly string[]): string {
  return refs.map((r, i) => `[${r}]: ${urls[i % urls.length]}${i % 2 === 0 ? ` "Title ${i}"` : ''}`).join('\n');
}

function footnotes(ctx: Context): fc.Arbitrary<string> {
  return fc.tuple(...ctx.notes.map((n) => sentence(ctx).map((s) => `[^${n}]: ${s}`))).map((defs) => defs.join('\n\n'));
}

/**
 * A realistic post: optional front matter, a body opening with prose or a heading, definitions at the end. `long`
 * gives long paragraphs (up to 16 sentences) and long sections (up to 30 blocks), with template tags inside
 * paragraphs: what `--restructure` works on.
 */
export function markdownDoc(options: { long?: boolean } = {}): fc.Arbitrary<string> {
  const long = options.long ?? false;
  return fc
    .record({
      lang: fc.constantFrom<Language>('en', 'id'),
      refs: fc.subarray(refLabels, { maxLength: 3 }),
      notes: fc.subarray(['1', '2', 'note'], { maxLength: 2 }),
      long: fc.constant(long),
    })
    .chain((ctx) =>
      fc.record({
        front: frontMatter(),
        mdxImport: fc.boolean(),
        opening: fc.oneof(paragraph(ctx), heading(ctx).filter((h) => !h.includes('\n'))),
        blocks: fc.array(block(ctx), { minLength: 1, maxLength: ctx.long ? 30 : 10 }),
        notes: footnotes(ctx),
        defs: fc.constant(definitions(ctx.refs)),
      }),
    )
    .map(({ front, mdxImport, opening, blocks, notes, defs }) => {
      const parts = [
        ...(front === undefined ? [] : [front]),
        ...(mdxImport ? ["import Chart from '../components/Chart.astro';"] : []),
        opening,
        ...blocks,
        notes,
        defs,
      ].filter((p) => p !== '');
      return `${parts.join('\n\n')}\n`;
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Pathological inputs

/** A maximum size scaled down, never below the smallest size that still exercises the path. */
function scaled(max: number, scale: number): number {
  return Math.max(Math.round(max * scale), Math.min(max, 10));
}

function deepList(scale: number): fc.Arbitrary<string> {
  return fc.integer({ min: 10, max: scaled(300, scale) }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'));
}

function deepQuote(scale: number): fc.Arbitrary<string> {
  return fc.integer({ min: 10, max: scaled(300, scale) }).map((n) => `${'>'.repeat(n)} deep quote\n${'> '.repeat(Math.floor(n / 2))}lazy`);
}

function stars(scale: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 1, max: scaled(500, scale) }), fc.integer({ min: 0, max: scaled(500, scale) })).map(([l, r]) => `${'*'.repeat(l)}word${'*'.repeat(r)} and ${'_'.repeat(r)}x`);
}

function manyPipes(scale: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 10, max: scaled(2000, scale) }), fc.boolean())
    .map(([cols, rows, delimiter]) => {
      const row = `|${' a |'.repeat(cols)}`;
      const lines = Array.from({ length: rows }, () => row);
      if (delimiter) lines.splice(1, 0, `|${' --- |'.repeat(cols)}`);
      return lines.join('\n');
    });
}

function manyKeys(scale: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: Math.min(100, scaled(5000, scale)), max: scaled(5000, scale) }), fc.constantFrom('yaml', 'toml')).map(([n, kind]) => {
    const keys = Array.from({ length: n }, (_, i) => (kind === 'yaml' ? `key${i}: value ${i}` : `key${i} = "value ${i}"`));
    const fence = kind === 'yaml' ? '---' : '+++';
    return `${fence}\n${keys.join('\n')}\n${fence}\n\nBody text.\n`;
  });
}

function longLine(scale: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: Math.min(1_000, scaled(200_000, scale)), max: scaled(200_000, scale) }), fc.constantFrom('word ', '[', '`', '<a ', '](', '\\', '*a ', '{{< '))
    .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));
}

export interface PathologicalOptions {
  /**
   * Multiplies the largest sizes (default 1: 300 levels, 2,000 table rows, 5,000 keys, 200,000-char lines). At full
   * size remark alone needs seconds on some of these (a 200,000-char line of `](` takes over a minute: quadratic in
   * micromark), so a quick test uses a fraction and a fuzzing run or a timing test the full size.
   */
  scale?: number;
}

/** Inputs built to find super-linear or crashing paths: deep nesting, delimiter runs, huge tables and front matter. */
export function pathologicalMarkdown(options: PathologicalOptions = {}): fc.Arbitrary<string> {
  const scale = options.scale ?? 1;
  return fc.oneof(deepList(scale), deepQuote(scale), stars(scale), manyPipes(scale), manyKeys(scale), longLine(scale));
}
