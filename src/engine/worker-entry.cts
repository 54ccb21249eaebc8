/**
 * The file the pool (piscina) loads in each worker thread. CommonJS on purpose: piscina first `require()`s its
 * worker file, and on Node 20 a `require()` of an ES module racing with an `import()` of it can fail ("Unexpected
 * status of a module that is imported again after being required"). This entry is plain CommonJS, exports the
 * handler itself, and loads the ES-module worker once, through `import()` only (bundled when built: `bundled.cts`).
 */
import { bundledOr } from './bundled.cjs';

type Module = typeof import('./worker.js');
type Work = Module['default'];

let work: Promise<Work> | undefined;

/** Runs one batch task (see worker.ts). */
function run(task: Parameters<Work>[0]): Promise<ReturnType<Work>> {
  work ??= bundledOr<Module>('worker', () => import('./worker.js')).then((m) => m.default);
  return work.then((fn) => fn(task));
}

export = run;
