/**
 * What the worker entry (`bounded-entry.cts`) loads in a worker thread: the bundled module (`dist/bundle/NAME.mjs`,
 * a quarter of the load time, see scripts/bundle.mjs) when it was built, else the compiled one. CommonJS like it,
 * and through `import()` only (see bounded-entry.cts why).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The bundle `name` when built, else `compiled()`. */
export function bundledOr<M>(name: string, compiled: () => Promise<M>): Promise<M> {
  const bundled = join(__dirname, `../bundle/${name}.mjs`);
  return existsSync(bundled) ? (import(pathToFileURL(bundled).href) as Promise<M>) : compiled();
}
