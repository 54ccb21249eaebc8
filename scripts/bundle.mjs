#!/usr/bin/env node
/**
 * Second step of `npm run build`: bundles what the CLI and the worker threads load (`dist/bundle/`) from the
 * compiled modules in `dist/`. Node's ES-module loader costs about 160 ms to resolve, read and link the ~400 small
 * files of the pipeline and its dependencies (unified, remark, micromark…); one bundle loads in about 40 ms. That
 * is paid by every run and by every worker thread of a batch: a one-article rewrite went from about 320 ms to
 * 200 ms wall. The chunks are shared: the CLI and the workers load the same code. The library entry
 * (`dist/index.js`) stays unbundled, for tools that bundle it themselves.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const outdir = join(dist, 'bundle');
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: {
    cli: join(dist, 'cli/index.js'),
    worker: join(dist, 'engine/worker.js'),
    check: join(dist, 'engine/check.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies bundled into an ES module still call `require` (yaml's `require('process')`), and our
  // language packs load data with `createRequire(import.meta.url)`; the bundle sits at the same depth as
  // `dist/cli/`, so their relative paths (`../../package.json`) resolve the same.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
