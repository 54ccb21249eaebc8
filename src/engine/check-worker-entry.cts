/**
 * The file the check pool (piscina) loads in each worker thread. CommonJS on purpose, like worker-entry.cts: on
 * Node 20 piscina's `require()` of an ES module racing with an `import()` of it can fail, so this entry loads the
 * ES-module check task once, through `import()` only (bundled when built: `bundled.cts`).
 */
import { bundledOr } from './bundled.cjs';

type Module = typeof import('./check.js');
type Check = Module['default'];

let check: Promise<Check> | undefined;

/** Checks one file (see check.ts). */
function run(task: Parameters<Check>[0]): Promise<ReturnType<Check>> {
  check ??= bundledOr<Module>('check', () => import('./check.js')).then((m) => m.default);
  return check.then((fn) => fn(task));
}

export = run;
