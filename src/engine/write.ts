/**
 * Atomic writes: a temporary file beside the target, then a rename, so no reader ever sees half a file and a killed
 * run leaves either the old file or the new one. No fsync: that guards against power loss, not against a killed
 * process, and costs more than rewriting an article.
 *
 * Writes are synchronous: a file of a few kilobytes goes to the page cache in microseconds, where the promise API
 * hands each of its five calls to libuv's thread pool and back (measured on a batch of 1,000 files: 73,700 futex
 * calls with the promise API, 14,000 with synchronous calls, and about half a second less CPU in the main thread).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** Tells temporary files of this process apart from those of another process writing the same folder. */
const RUN = `${process.pid}.${randomBytes(4).toString('hex')}`;
let serial = 0;

function temporaryFor(path: string): string {
  serial++;
  return join(dirname(path), `.${basename(path)}.${RUN}.${serial.toString(36)}.tmp`);
}

/**
 * Writes `content` to `path` atomically, creating parent folders. `folders` remembers the folders already made, so
 * that a batch makes each folder once rather than once a file.
 */
export function writeAtomic(path: string, content: string, folders?: Set<string>): void {
  const folder = dirname(path);
  if (!folders?.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders?.add(folder);
  }
  const temp = temporaryFor(path);
  try {
    writeFileSync(temp, content, 'utf8');
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A file written piece by piece: nothing is at `path` until `commit`; `abort` leaves what was there. */
export interface PieceWriter {
  write(data: string | Uint8Array): void;
  /** Puts the file in place (closes it). */
  commit(): void;
  /** Drops what was written (closes it); safe to call after `commit` or twice. */
  abort(): void;
}

/** Opens `path` for an atomic write in pieces (a temporary file beside it, renamed over it on `commit`). */
export function openAtomic(path: string): PieceWriter {
  mkdirSync(dirname(path), { recursive: true });
  const temp = temporaryFor(path);
  let fd: number | null = openSync(temp, 'w');
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write(data) {
      if (fd === null) throw new Error('already closed');
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    },
    commit() {
      close();
      try {
        renameSync(temp, path);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
    },
    abort() {
      close();
      rmSync(temp, { force: true });
    },
  };
}

/** A temporary file of `temporaryFor`: `.<name>.<pid>.<8 hex>.<serial>.tmp`. */
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{8}\.[0-9a-z]+\.tmp$/u;

/** True when a process with this id runs (or exists but is not ours to signal). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed run (`kill -9`, a crash, a power cut) left under `dir`: those whose process
 * is gone. A temporary file of a run still going is left alone. Returns how many were removed.
 */
export function sweepTemporaries(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(basename(name))?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
