/** Loading is lazy: importing the tagger (or the whole library) reads no model; the first tagging does. */
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('tagger loading', () => {
  it('reads a model only on the first tagging of its language', async () => {
    const { isTaggerLoaded, hasTagger, tagWords } = await import('../../src/grammar/tagger/index.js');
    const { tokenizeWords } = await import('../../src/text/segment.js');
    expect(hasTagger('id')).toBe(true);
    expect(isTaggerLoaded('id')).toBe(false);
    expect(isTaggerLoaded('en')).toBe(false);
    const text = 'Harga beras naik lagi.';
    tagWords('id', text, tokenizeWords(text));
    expect(isTaggerLoaded('id')).toBe(true);
    expect(isTaggerLoaded('en')).toBe(false);
  });

  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  it.skipIf(!existsSync(`${dist}index.js`))('loads no model for --version and --help', async () => {
    // Whatever part of the pipeline imports the tagger, importing it and running `--version` or `--help` reads no
    // model file. Built modules, so that this holds for what is shipped.
    await import(`${dist}index.js`);
    const { run } = (await import(`${dist}cli/index.js`)) as typeof import('../../src/cli/index.js');
    for (const flag of ['--version', '--help']) {
      const out = new PassThrough();
      const code = await run([flag], { stdin: process.stdin, stdout: out, stderr: new PassThrough(), env: { NO_COLOR: '1' }, cwd: process.cwd() });
      expect(code).toBe(0);
    }
    const tagger = (await import(`${dist}grammar/tagger/index.js`)) as { isTaggerLoaded(lang: string): boolean };
    expect(tagger.isTaggerLoaded('id')).toBe(false);
    expect(tagger.isTaggerLoaded('en')).toBe(false);
  });
});
