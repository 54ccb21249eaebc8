/**
 * The worker bundles load from V8's code cache only when the cache was made from the very script (the cache file
 * holds a copy of it): V8 itself checks no more than the source's length, so a cache of another script of the same
 * length would run that script's code. Without a cache, or with one that does not fit, the script compiles from source.
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
  codeCacheOf(script: string, variant?: string): string;
  cacheFile(source: Buffer, data: Buffer): Buffer;
  bundledScript(name: string): string;
}

const dir = mkdtempSync(join(tmpdir(), 'seo-bundled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A script exporting `value` (numbers of the same width give sources of the same length). */
const script = (value: number): string => `module.exports = { value: ${value}, twice: (n) => n * 2 + ${value} };\n`;

describe.skipIf(!existsSync(loaderPath))('bundled worker scripts and their code cache', () => {
  const loader = createRequire(import.meta.url)(loaderPath) as Loader;

  /** Writes a script and a cache made (after a run) from `cachedFrom`, which claims to be of `claimed`. */
  function withCache(name: string, source: string, cachedFrom: string, claimed: string): string {
    const file = join(dir, `${name}.cjs`);
    writeFileSync(file, cachedFrom);
    const made = loader.loadScript(file, { cache: false });
    (made.exports as { twice(n: number): number }).twice(1);
    const data = made.script.createCachedData();
    writeFileSync(file, source);
    writeFileSync(loader.codeCacheOf(file), loader.cacheFile(Buffer.from(claimed), data));
    return file;
  }

  it('uses a cache made from the same script', () => {
    const file = withCache('same', script(11), script(11), script(11));
    const loaded = loader.loadScript(file);
    expect(loaded.fromCache).toBe(true);
    expect(loaded.exports).toMatchObject({ value: 11 });
  });

  it('ignores a cache of another script of the same length, even one claiming to be of this script', () => {
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
    writeFileSync(loader.codeCacheOf(file), loader.cacheFile(Buffer.from(script(33)), Buffer.alloc(0)).subarray(0, 10));
    expect(loader.loadScript(file)).toMatchObject({ fromCache: false, exports: { value: 33 } });
  });

  it.skipIf(!existsSync(loader.bundledScript('worker')))('the build made the caches of the worker bundles (the batch pool\'s too), from the bundles as they are', () => {
    for (const [name, variant] of [['worker'], ['check'], ['worker', 'pool']] as const) {
      const file = loader.bundledScript(name);
      const cache = readFileSync(loader.codeCacheOf(file, variant));
      const start = loader.cacheFile(readFileSync(file), Buffer.alloc(0));
      expect(cache.length).toBeGreaterThan(start.length);
      expect(cache.subarray(0, start.length).equals(start)).toBe(true);
    }
  });
});
