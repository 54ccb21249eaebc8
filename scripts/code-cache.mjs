/**
 * Last step of `npm run build` (called by scripts/bundle.mjs): the V8 code caches of the worker bundles
 * (`dist/bundle/NAME.cjs.cache`, see src/engine/bundled.cts). Each is made in a worker thread, as the bundles run,
 * after the bundle has rewritten (or checked) sample articles in both languages, so that it holds the functions a
 * run compiles and not only the top level. A cache only spares compiling: a run without one, or with one V8
 * rejects (another Node version or V8 flags), gives the same output, more slowly. V8 takes a cache only under the
 * flags it was made with: the batch pool's workers run under POOL_V8_FLAGS (src/engine/pool.ts) and get their own
 * (`worker.cjs.pool.cache`), made last, as those flags stay set in this process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

/** Sample inputs: Indonesian and English raw text, and Markdown with front matter. */
const SAMPLES = [
  { path: 'fixtures/china-ai-id.txt', format: 'text' },
  { path: 'fixtures/check/article.txt', format: 'text' },
  { path: 'fixtures/markdown/rust-regex-1.9.md', format: 'markdown' },
];

/** Runs in the worker: compile the bundle without a cache, run the tasks, write the cache. */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const { loadScript, bundledScript, codeCacheOf, cacheFile } = require(workerData.loader);
const file = bundledScript(workerData.name);
const variant = workerData.variant;
const loaded = loadScript(file, { cache: false });
const work = loaded.exports.default;
const failed = workerData.tasks.map((task) => work(task)).filter((r) => r.status === 'failed' || r.status === 'skipped' || r.failure || r.skipped === true);
const source = require('node:fs').readFileSync(file);
writeFileSync(codeCacheOf(file, variant), cacheFile(source, loaded.script.createCachedData()));
parentPort.postMessage({ failed: failed.length });
`;

function runWorker(root, name, tasks, variant) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { loader: join(root, 'dist/engine/bundled.cjs'), name, tasks, variant } });
    worker.once('message', (m) => (m.failed > 0 ? reject(new Error(`code cache of ${name}: ${m.failed} sample(s) failed`)) : resolve()));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`code cache of ${name}: worker exited ${code}`))));
  });
}

/** Writes `dist/bundle/worker.cjs.cache`, `dist/bundle/check.cjs.cache` and `dist/bundle/worker.cjs.pool.cache`. */
export async function makeCodeCaches(root) {
  const samples = SAMPLES.map((s) => ({ ...s, text: readFileSync(join(root, s.path), 'utf8') }));
  const rewrites = samples.map((s) => ({
    path: s.path,
    text: s.text,
    rewrite: { keepAll: false, overwrite: false, h1: 'auto', format: s.format, ...(s.format === 'markdown' ? { path: s.path } : {}) },
    output: s.path.replace(/\.\w+$/, '.seo.md'),
  }));
  const checks = samples.map((s) => ({ path: s.path, bytes: new TextEncoder().encode(s.text), settings: {} }));
  await runWorker(root, 'worker', rewrites);
  await runWorker(root, 'check', checks);
  const { POOL_V8_FLAGS } = await import(pathToFileURL(join(root, 'dist/engine/pool.js')).href);
  setFlagsFromString(POOL_V8_FLAGS);
  await runWorker(root, 'worker', rewrites, 'pool');
}
