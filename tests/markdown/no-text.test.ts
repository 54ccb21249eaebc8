/** Pages with no article text (Hugo's `_index.md`, front matter only, shortcodes only, empty) in the rewrite. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { project, ROOT, runCli } from '../check/helpers.js';
import { docFromMarkdown, templateOnly } from '../../src/document/from-markdown.js';
import { getLanguagePack } from '../../src/lang/index.js';

const post = readFileSync(join(ROOT, 'fixtures/markdown/rust-regex-1.9.md'), 'utf8');
const pages: Record<string, string> = {
  'content/posts/_index.md': '---\ntitle: Posts\n---\n',
  'content/video.md': '---\ntitle: Video\n---\n\n{{< youtube abc123 >}}\n\n{{% notice info %}}\n\n{% include note.html %}\n',
  'content/empty.md': '',
  'content/headings.md': '+++\ntitle = "Only a heading"\n+++\n\n## Coming soon\n',
};
const noText = 'no article text (empty, or only front matter, headings or shortcodes): skipped, nothing written';

let cleanup = (): void => undefined;
afterEach(() => cleanup());

function readAll(dir: string, paths: readonly string[]): string[] {
  return paths.map((p) => readFileSync(join(dir, p), 'utf8'));
}

describe('a page with no article text', () => {
  it('is named in one line, left as it is, and the batch goes on with exit 0 (--write)', async () => {
    const tree = project({ ...pages, 'content/regex.md': post });
    cleanup = tree.cleanup;
    const r = await runCli(['content', '--write'], tree.dir);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n').sort();
    expect(lines).toEqual(Object.keys(pages).map((p) => `seo-rewrite: ${p}: ${noText}`).sort());
    expect(readAll(tree.dir, Object.keys(pages))).toEqual(Object.values(pages));
    expect(readFileSync(join(tree.dir, 'content/regex.md'), 'utf8')).not.toBe(post);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^1 file rewritten, 4 skipped \(no article text\)\./);
    // `check` skips the same pages.
    const checked = await runCli(['check', ...Object.keys(pages)], tree.dir);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/4 files checked · 4 skipped \(no article text\)/);
  });

  it('writes no NAME.seo.md either, and --check passes on it', async () => {
    const tree = project({ 'content/posts/_index.md': pages['content/posts/_index.md']! });
    cleanup = tree.cleanup;
    const r = await runCli(['content/posts/_index.md'], tree.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`seo-rewrite: content/posts/_index.md: ${noText}\n`);
    expect(r.stdout).toBe('0 files rewritten, 1 skipped (no article text)\n');
    const checked = await runCli(['content', '--check', '-q'], tree.dir);
    expect(checked).toMatchObject({ code: 0, stderr: '' });
    const json = await runCli(['content', '--format', 'json'], tree.dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ files: [], summary: { files: 0, failed: 0, skipped: 1 } });
  });

  it('an empty .txt draft is still an error (exit 2): a draft is meant to have text', async () => {
    const tree = project({ 'a.txt': '\n' });
    cleanup = tree.cleanup;
    const r = await runCli(['a.txt'], tree.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.txt: empty file');
  });
});

describe('template tags are not text', () => {
  it('recognises paragraphs made only of shortcodes and Liquid tags, in one scan', () => {
    expect(templateOnly('{{< youtube abc >}} {{% x %}}\n{% include a %} {{ page.title }}')).toBe(true);
    expect(templateOnly('{{< figure >}} and a sentence.')).toBe(false);
    expect(templateOnly('{{< open')).toBe(false);
    expect(templateOnly('   ')).toBe(false);
    const started = performance.now();
    expect(templateOnly('{{ '.repeat(200_000))).toBe(false);
    expect(templateOnly('{{a}}'.repeat(200_000) + 'x')).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('leaves a shortcode paragraph out of the document text', () => {
    const doc = docFromMarkdown('{{< youtube abc >}}\n\nA real sentence here.\n', getLanguagePack('en').pack);
    expect(doc.blocks.map((b) => b.text)).toEqual(['A real sentence here.']);
  });
});
