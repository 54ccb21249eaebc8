/**
 * The models are found from the compiled modules (`dist/grammar/`) and from an esbuild bundle at the depth of
 * `dist/bundle/` (as `scripts/bundle.mjs` builds it), not only from the sources. Needs `npm run build` (npm test
 * runs it first); skipped without `dist/`.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const compiled = `${dist}grammar/tagger/index.js`;
const outdir = `${dist}tagger-bundle-check`;
const text = 'Harga beras naik lagi di Jakarta.';

interface TaggerModule {
  tagWords(lang: string, text: string, words: Array<{ text: string; start: number; end: number }>): string[] | undefined;
}
const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

describe.skipIf(!existsSync(compiled))('tagger models at run time', () => {
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('load from dist/', async () => {
    const tagger = (await import(compiled)) as TaggerModule;
    expect(tagger.tagWords('id', text, words)).toHaveLength(words.length);
  });

  it('load from a bundle beside dist/bundle/', async () => {
    await build({
      entryPoints: { tagger: compiled },
      outdir,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    const tagger = (await import(`${outdir}/tagger.mjs`)) as TaggerModule;
    expect(tagger.tagWords('en', text, words)).toHaveLength(words.length);
  });
});
