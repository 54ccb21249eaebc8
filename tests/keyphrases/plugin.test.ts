import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { keyphrases } from '../../src/index.js';

const sample = readFileSync(new URL('../../fixtures/china-ai-id.txt', import.meta.url), 'utf8');

/** Runs the plugin in a plain unified pipeline (remark-parse, no seo-rewrite code around it). */
async function run(text: string, options?: Parameters<typeof keyphrases>[0]): Promise<VFile> {
  const processor = unified().use(remarkParse).use(keyphrases, options);
  const file = new VFile({ value: text });
  await processor.run(processor.parse(file), file);
  return file;
}

describe('keyphrases as a unified plugin', () => {
  it('puts phrase, stems, score and positions on file.data', async () => {
    const file = await run(sample, { lang: 'id' });
    const list = file.data.keyphrases ?? [];
    expect(list.length).toBeGreaterThan(3);
    expect(list.length).toBeLessThanOrEqual(10);
    expect(list.map((k) => k.phrase.toLowerCase())).toEqual(expect.arrayContaining(['chip', 'china']));
    for (const k of list) {
      expect(k.stems.length).toBe(k.phrase.split(' ').length);
      expect(k.score).toBeGreaterThan(0);
      expect(k.score).toBeLessThanOrEqual(1);
      expect(k.positions.length).toBeGreaterThan(0);
    }
    // Positions point at the words in the file: offsets and line/column agree.
    const lines = sample.split('\n');
    const china = list.find((k) => k.phrase === 'China');
    expect(china?.positions.length).toBeGreaterThan(0);
    for (const { start, end } of china?.positions ?? []) {
      expect(sample.slice(start.offset, end.offset)).toBe('China');
      expect(lines[start.line - 1]?.slice(start.column - 1, end.column - 1)).toBe('China');
    }
  });

  it('detects the language, reads Markdown and leaves the tree alone', async () => {
    const markdown = `---\ntitle: x\n---\n\n# Chip AI buatan China\n\n${sample}`;
    const processor = unified().use(remarkParse).use(keyphrases, { max: 5 });
    const file = new VFile({ value: markdown });
    const tree = processor.parse(file);
    const before = JSON.stringify(tree);
    await processor.run(tree, file);
    expect(JSON.stringify(tree)).toBe(before);
    const list = file.data.keyphrases ?? [];
    expect(list.length).toBe(5);
    const first = list.flatMap((k) => k.positions).sort((a, b) => (a.start.offset ?? 0) - (b.start.offset ?? 0))[0];
    // The heading's words are found on line 5, after the front matter.
    expect(first?.start.line).toBe(5);
  });

  it('keeps only tags unless told otherwise', async () => {
    const text = 'Harga beras naik lagi di pasar. Harga beras naik karena panen gagal.\n\nPedagang beras menyebut harga naik.';
    const tags = (await run(text, { lang: 'id' })).data.keyphrases ?? [];
    const all = (await run(text, { lang: 'id', tags: false })).data.keyphrases ?? [];
    expect(tags.length).toBeGreaterThan(0);
    expect(all.map((k) => k.phrase)).toContain('naik');
    expect(tags.map((k) => k.phrase)).not.toContain('naik');
  });
});
