/**
 * Where the built worker entries are (`dist/engine/*.cjs`), wherever the code asking runs from: `dist/engine/`
 * (the compiled modules), `dist/bundle/` (the bundle the CLI runs, see scripts/bundle.mjs) or `src/engine/` (tests
 * run through vitest). Null when the project is not built.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PLACES = ['./', '../engine/', '../../dist/engine/'];

/** The path of the built file `name` of `dist/engine/`, or null. */
export function builtEngineFile(name: string): string | null {
  for (const place of PLACES) {
    const path = fileURLToPath(new URL(place + name, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}
