/** Whether two paths name the same file, through symbolic links and `..`: the real path, for a file not made yet too. */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The real path of `path` (absolute); for a missing file, its folder's real path and its name. */
export function identity(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    // Missing, or a broken link: the name in its folder's real path.
  }
  try {
    return join(realpathSync.native(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}
