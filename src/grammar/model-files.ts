/**
 * Where the model files of `data/` are. This module sits two folders below the package root, as the compiled
 * `dist/grammar/` and the bundle `dist/bundle/` do, so the same relative path finds them from the sources (tests),
 * from `dist/` and from the bundle.
 */
import { fileURLToPath } from 'node:url';

/** Path of a part-of-speech model file (`data/tagger/<name>.bin`). */
export function taggerModelPath(name: string): string {
  return fileURLToPath(new URL(`../../data/tagger/${name}.bin`, import.meta.url));
}
