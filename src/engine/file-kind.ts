/** What is at a path, for one-line messages about files that are not regular files (said by `ProblemWords.kinds`). */
import type { Stats } from 'node:fs';
import type { FileKind } from '../lang/diagnostic-words.js';

export type { FileKind } from '../lang/diagnostic-words.js';

/** `directory`, `characterDevice`, `fifo`…; `regular` for a regular file. */
export function kindOf(info: Stats): FileKind {
  if (info.isFile()) return 'regular';
  if (info.isDirectory()) return 'directory';
  if (info.isCharacterDevice()) return 'characterDevice';
  if (info.isBlockDevice()) return 'blockDevice';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isSymbolicLink()) return 'symlink';
  return 'other';
}
