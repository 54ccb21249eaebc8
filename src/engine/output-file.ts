/**
 * Writing an output file without replacing what is not ours to replace. Atomic replacement (`write.ts`: temporary
 * file, then rename) is for regular files only. A symbolic link is followed to its target, which is then written
 * atomically, or refused; a character or block device or a FIFO is written through (opened and written, never
 * renamed over), or refused; a socket or a folder is refused. Run as root, `-o /dev/null` once replaced the
 * system's null device with a regular file.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync, writeSync, type Stats } from 'node:fs';
import { FileError } from './file-error.js';
import { kindOf } from './file-kind.js';
import { problem } from '../lang/problem.js';
import { openAtomic, writeAtomic, type PieceWriter } from './write.js';

/** What an output may be besides a regular file. */
export interface OutputPolicy {
  /** A symbolic link: write its target, or refuse. */
  links: 'follow' | 'refuse';
  /** A device or FIFO: write through it, or refuse. */
  special: 'write-through' | 'refuse';
}

/** A file the user named (`-o`, `--output-file`): links followed, devices and FIFOs written through. */
export const NAMED_OUTPUT: OutputPolicy = { links: 'follow', special: 'write-through' };
/** A file the tool names and owns (the cache, generated outputs): only a regular file, or none yet. */
export const OWNED_OUTPUT: OutputPolicy = { links: 'refuse', special: 'refuse' };

function special(info: Stats): boolean {
  return info.isCharacterDevice() || info.isBlockDevice() || info.isFIFO();
}

/** Opens an existing device or FIFO for writing (no create, no truncate, no link) and writes all of `content`. */
function writeThrough(path: string, content: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NOCTTY);
  try {
    if (!special(fstatSync(fd))) throw new FileError(problem('changedWhileWriting'));
    const bytes = Buffer.from(content, 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}

/** The final target of a link, or a FileError for a broken one. */
function target(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    throw new FileError(problem('brokenLinkOutput'));
  }
}

/** Where a write to `path` lands by the policy (a symbolic link followed to its target, or refused), and what is there. */
function resolved(path: string, policy: OutputPolicy): { at: string; info: Stats | undefined } {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info?.isSymbolicLink()) return { at: path, info };
  if (policy.links === 'refuse') throw new FileError(problem('linkRefused'));
  const at = target(path);
  return { at, info: lstatSync(at) };
}

/**
 * Writes `content` to `path` by the policy; `folders` as in `writeAtomic`. Throws FileError (one line, without the
 * path) when the policy refuses what is there, or the system error of a failed write.
 */
export function writeOutput(path: string, content: string, policy: OutputPolicy, folders?: Set<string>): void {
  const { at, info } = resolved(path, policy);
  if (!info || info.isFile()) return writeAtomic(at, content, folders);
  if (special(info) && policy.special === 'write-through') return writeThrough(at, content);
  if (info.isDirectory()) throw new FileError(problem('isDirectory'));
  throw new FileError(problem('notWritten', kindOf(info)));
}

/** A device or FIFO opened to be written through, in pieces. */
function openThrough(path: string): PieceWriter {
  let fd: number | null = openSync(path, constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NOCTTY);
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  try {
    if (!special(fstatSync(fd))) throw new FileError(problem('changedWhileWriting'));
  } catch (error) {
    close();
    throw error;
  }
  return {
    write(data) {
      if (fd === null) throw new Error('already closed');
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    },
    commit: close,
    abort: close,
  };
}

/**
 * Opens `path` to be written in pieces by the policy, as `writeOutput` writes it whole: a regular file (or none)
 * atomically on `commit`, a device or FIFO through. Throws as `writeOutput` does.
 */
export function openOutput(path: string, policy: OutputPolicy): PieceWriter {
  const { at, info } = resolved(path, policy);
  if (!info || info.isFile()) return openAtomic(at);
  if (special(info) && policy.special === 'write-through') return openThrough(at);
  if (info.isDirectory()) throw new FileError(problem('isDirectory'));
  throw new FileError(problem('notWritten', kindOf(info)));
}
