/**
 * What the worker entry (`bounded-entry.cts`) loads in a worker thread: the bundled script `dist/bundle/NAME.cjs`
 * when built (scripts/bundle.mjs), else the compiled modules. The bundle is one CommonJS script, not an ES module,
 * because only a script can be compiled from V8's code cache on Node 20 (`vm.Script`'s `cachedData`; Node 20 has no
 * `module.enableCompileCache`): `npm run build` runs the script on sample articles and saves the code cache beside
 * it (`NAME.cjs.cache`), which spares a one-article run most of its compiling (~50 ms of the worker's ~140 ms).
 *
 * The cache is only an acceleration, never a source of behaviour: it is used only when it was made from the very
 * script being loaded, byte for byte (V8 alone checks no more than the source's length), and V8 accepts it (same V8
 * version and flags); otherwise the script compiles from its source as it would without one. The cache file holds
 * a copy of the script it was made from, compared with the script (a hash would need `node:crypto`, ~4 ms to load
 * in a worker that has no other use for it). CommonJS like the entry, and the compiled ES modules through
 * `import()` only (see bounded-entry.cts why).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The cache file: this tag, the script's length (u32, little-endian), the script, then V8's data. */
const CACHE_TAG = Buffer.from('seo-rewrite code cache 1\n', 'latin1');

/** The path of the bundled script `name` (built or not). */
export function bundledScript(name: string): string {
  return join(__dirname, `../bundle/${name}.cjs`);
}

/**
 * The path of the code cache of a bundled script: one per set of V8 flags the workers run with, since V8 takes a
 * cache only under the flags it was made with (`pool` for the batch pool's, see engine/pool.ts).
 */
export function codeCacheOf(script: string, variant?: string): string {
  return variant ? `${script}.${variant}.cache` : `${script}.cache`;
}

/** The content of a cache file: V8's `data` for the script `source`. */
export function cacheFile(source: Buffer, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length);
  return Buffer.concat([CACHE_TAG, length, source, data]);
}

/** The V8 data of the cache file when it was made from `source`, else undefined. */
function cachedDataFor(file: string, source: Buffer, variant?: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(codeCacheOf(file, variant));
  } catch {
    return undefined;
  }
  const at = CACHE_TAG.length + 4;
  if (cache.length <= at + source.length || !cache.subarray(0, CACHE_TAG.length).equals(CACHE_TAG)) return undefined;
  if (cache.readUInt32LE(CACHE_TAG.length) !== source.length || !cache.subarray(at, at + source.length).equals(source)) return undefined;
  return cache.subarray(at + source.length);
}

/** A bundled script compiled and run as a CommonJS module. */
export interface LoadedScript {
  exports: unknown;
  /** The compiled script (to make a code cache from, once it has run). */
  script: Script;
  /** True when a code cache was found for it and V8 took it. */
  fromCache: boolean;
}

/** Compiles (from its code cache when that fits) and runs the bundled script `file`. */
export function loadScript(file: string, options: { cache?: boolean; variant?: string } = {}): LoadedScript {
  const bytes = readFileSync(file);
  const cachedData = options.cache === false ? undefined : cachedDataFor(file, bytes, options.variant);
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n});`;
  const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: { exports: unknown }, f: string, d: string) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** The bundle `name` when built (with the code cache of `variant`), else `compiled()`. */
export function bundledOr<M>(name: string, compiled: () => Promise<M>, variant?: string): Promise<M> {
  const file = bundledScript(name);
  if (!existsSync(file)) return compiled();
  try {
    return Promise.resolve(loadScript(file, { variant }).exports as M);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
