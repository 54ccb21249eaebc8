/**
 * The files of a folder, for `discover`: a synchronous walk that follows a symbolic link only to a regular file. A
 * link to a folder is not entered (a committed `content/all -> /` would otherwise walk the whole disk), and a link
 * to a device, FIFO or socket is reported, not read (`content/z.md -> /dev/zero`). Hidden entries, `node_modules`
 * and `.git` are left out, as a glob without `dot` leaves them out.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { kindOf } from './file-kind.js';
import { problem, type Reason } from '../lang/problem.js';

/** A file found by the walk, or a matching entry that is not a regular file (with the reason). */
export interface Walked {
  absolute: string;
  error?: Reason;
}

/** What the walk keeps: a file name it may take (by extension, not ignored). */
export type NameFilter = (name: string) => boolean;

const SKIPPED_FOLDERS = new Set(['node_modules']);

function linked(path: string): Walked | null {
  const target = statSync(path, { throwIfNoEntry: false });
  if (!target) return { absolute: path, error: problem('brokenLink') };
  if (target.isFile()) return { absolute: path };
  if (target.isDirectory()) return null;
  return { absolute: path, error: problem('linkTo', kindOf(target)) };
}

function entryOf(folder: string, entry: Dirent, takes: NameFilter): Walked | null {
  if (!takes(entry.name)) return null;
  const path = join(folder, entry.name);
  if (entry.isFile()) return { absolute: path };
  if (entry.isSymbolicLink()) return linked(path);
  if (entry.isDirectory()) return null;
  return { absolute: path, error: problem('notRegularFound', kindOf(statSync(path))) };
}

/** Every matching file under `root`, sorted by path. Unreadable sub-folders are left out. */
export function walkFolder(root: string, takes: NameFilter): Walked[] {
  const found: Walked[] = [];
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(join(folder, entry.name));
        continue;
      }
      const walked = entryOf(folder, entry, takes);
      if (walked) found.push(walked);
    }
  }
  return found.sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
}
