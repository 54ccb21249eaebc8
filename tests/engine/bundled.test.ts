/**
 * The worker bundles load from V8's code cache only when the cache was made from the very script (its SHA-256 in
 * the header): V8 itself checks no more than the source's length, so a cache of another script of the same length
 * would run that script's code. Without a cache, or with one that does not fit, the script compiles from source.
 * Needs `npm run build` (dist/engine/bundled.cjs); skipped without it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';

const loaderPath = new URL('../../dist/engine/bundled.cjs', import.meta.url).pathname;

interface Loader {
  loadScript(file: string, options?: { cache?: boolean }): { exports: unknown; script: Script; fromCache: boolean };
  codeCacheOf(script: string): string;
  cacheHeader(source: Buffer): Buffer;
  bundledScript(name: string): string;
}

const dir = mkdtempSync(join(tmpdir(), 'seo-bundled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A script exporting `value` (numbers of the same width give sources of the same length). */
const script = (value: number): string => `module.exports = { value: ${value}, twice: (n) => n * 2 + ${value} };\n`;

describe.skipIf(!existsSync(loaderPath))('bundled worker scripts and their code cache', () => {
  const loader = createRequire(import.meta.url)(loaderPath) as Loader;

  /** Writes a script and a cache made (after a run) from `cachedFrom`, with the header of `headerFrom`. */
  function withCache(name: string, source: string, cachedFrom: string, headerFrom: string): string {
    const file = join(dir, `${name}.cjs`);
    writeFileSync(file, cachedFrom);
    const made = loader.loadScript(file, { cache: false });
    (made.exports as { twice(n: number): number }).twice(1);
    const data = made.script.createCachedData();
    writeFileSync(file, source);
    writeFileSync(loader.codeCacheOf(file), Buffer.concat([loader.cacheHeader(Buffer.from(headerFrom)), data]));
    return file;
  }

  it('uses a cache made from the same script', () => {
    const file = withCache('same', script(11), script(11), script(11));
    const loaded = loader.loadScript(file);
    expect(loaded.fromCache).toBe(true);
    expect(loaded.exports).toMatchObject({ value: 11 });
  });

  it('ignores a cache of another script of the same length, even with a forged header', () => {
    const file = withCache('other', script(22), script(11), script(11));
    const loaded = loader.loadScript(file);
    expect(loaded.fromCache).toBe(false);
    expect(loaded.exports).toMatchObject({ value: 22 });
    expect((loaded.exports as { twice(n: number): number }).twice(1)).toBe(24);
  });

  it('compiles from source without a cache, or with a truncated one', () => {
    const file = join(dir, 'plain.cjs');
    writeFileSync(file, script(33));
    expect(loader.loadScript(file)).toMatchObject({ fromCache: false, exports: { value: 33 } });
    writeFileSync(loader.codeCacheOf(file), loader.cacheHeader(Buffer.from(script(33))).subarray(0, 10));
    expect(loader.loadScript(file)).toMatchObject({ fromCache: false, exports: { value: 33 } });
  });

  it.skipIf(!existsSync(loader.bundledScript('worker')))('the build made a cache for each worker bundle, from the bundle as it is', () => {
    for (const name of ['worker', 'check']) {
      const file = loader.bundledScript(name);
      const cache = readFileSync(loader.codeCacheOf(file));
      const header = loader.cacheHeader(readFileSync(file));
      expect(cache.subarray(0, header.length).equals(header)).toBe(true);
    }
  });
});
