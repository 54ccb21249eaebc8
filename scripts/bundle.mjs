#!/usr/bin/env node
/**
 * Second step of `npm run build`: bundles what the CLI and the worker threads load (`dist/bundle/`) from the
 * compiled modules in `dist/`. Node's ES-module loader costs about 160 ms to resolve, read and link the ~400 small
 * files of the pipeline and its dependencies (unified, remark, micromark…); one bundle loads in about 40 ms. The
 * library entry (`dist/index.js`) stays unbundled, for tools that bundle it themselves.
 *
 * Two kinds of bundle, because the two threads of a run need different code:
 *   cli.mjs + chunks   the main thread: commands, options, files, reports (ES modules, commands split out lazily)
 *   early.mjs          what the bin runs first: the worker of a one-file rewrite starts (src/cli/early.ts)
 *   worker.cjs         a worker thread of `rewrite`: the pipeline only (engine/worker.js), one script
 *   check.cjs          a worker thread of `check` (engine/check.js), one script
 * The worker bundles are CommonJS scripts so that they can be compiled from a V8 code cache, which
 * scripts/code-cache.mjs then makes (see engine/bundled.cts).
 */
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCodeCaches } from './code-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');
rmSync(outdir, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', outdir, legalComments: 'eof', logLevel: 'warning' };

/**
 * commander requires `node:child_process` when it loads, for subcommands that are separate executables (we have
 * none): with `node:net` under it, ~8 ms of every run's main thread. It gets the module on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let m; const get = () => (m ??= require('node:child_process')); module.exports = new Proxy({}, { get: (_, key) => get()[key], has: (_, key) => key in get() });",
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  // `early` starts a one-file run's worker before the bin loads `cli` (see src/cli/early.ts).
  entryPoints: { cli: join(dist, 'cli/index.js'), early: join(dist, 'cli/early.js') },
  splitting: true,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  plugins: [lazyChildProcess],
  // Without comments (commander's are half its size) and indentation: ~2 ms less to load, names kept.
  minifyWhitespace: true,
  // CommonJS dependencies bundled into an ES module still call `require` (yaml's `require('process')`), and our
  // language packs load data with `createRequire(import.meta.url)`; the bundle sits at the same depth as
  // `dist/cli/`, so their relative paths (`../../package.json`) resolve the same.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: { worker: join(dist, 'engine/worker.js'), check: join(dist, 'engine/check.js') },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // Without comments and indentation the script is a quarter smaller: ~5 ms less for a worker to read and decode.
  // Names are kept, so stack traces still read.
  minifyWhitespace: true,
  // `import.meta.url` (data files, createRequire) is the script's own URL, as it was the module's.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// A script compiled by `vm.Script` has no loader for `import()`: the worker bundles must not need one.
for (const name of ['worker', 'check']) {
  if (/\bimport\(/.test(readFileSync(join(outdir, `${name}.cjs`), 'utf8'))) throw new Error(`bundle: dist/bundle/${name}.cjs calls import(), which a vm.Script cannot`);
}

await makeCodeCaches(root);
