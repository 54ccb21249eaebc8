/** What is at a path, in words, for one-line messages about files that are not regular files. */
import type { Stats } from 'node:fs';

/** `a directory`, `a character device`, `a FIFO (named pipe)`…; `a regular file` for a regular file. */
export function kindOf(info: Stats): string {
  if (info.isFile()) return 'a regular file';
  if (info.isDirectory()) return 'a directory';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}
