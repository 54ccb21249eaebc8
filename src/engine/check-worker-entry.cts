/**
 * The file the check pool (piscina) loads in each worker thread. CommonJS on purpose, like worker-entry.cts: on
 * Node 20 piscina's `require()` of an ES module racing with an `import()` of it can fail, so this entry loads the
 * ES-module check task once, through `import()` only: the bundled one (`dist/bundle/check.mjs`) when it was built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Module = typeof import('./check.js');
type Check = Module['default'];

const BUNDLED = join(__dirname, '../bundle/check.mjs');

let check: Promise<Check> | undefined;

/** Checks one file (see check.ts). */
function run(task: Parameters<Check>[0]): Promise<ReturnType<Check>> {
  check ??= (existsSync(BUNDLED) ? (import(pathToFileURL(BUNDLED).href) as Promise<Module>) : import('./check.js')).then((m) => m.default);
  return check.then((fn) => fn(task));
}

export = run;
