/**
 * Reading input files: regular files only (a device, FIFO or socket, even behind a symbolic link, is refused
 * before it is opened), in chunks, counting the bytes actually read, so that the size limit holds for files whose
 * reported size is wrong (`/proc` files report 0). Decoding lives in `decode.ts`.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decode } from './decode.js';
import { FileError, systemReason } from './file-error.js';
import { kindOf } from './file-kind.js';
import { problem } from '../lang/problem.js';

export { decode } from './decode.js';
export { FileError, reason, reasonOf, systemReason } from './file-error.js';

/** Largest input accepted. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** First read buffer when the reported size is 0 (as for `/proc` files). */
const FIRST_CHUNK = 64 * 1024;

function refuseUnlessRegular(info: Stats): void {
  if (info.isFile()) return;
  if (info.isDirectory()) throw new FileError(problem('isDirectory'));
  throw new FileError(problem('notRegular', kindOf(info)));
}

function tooLarge(limit: number): FileError {
  return new FileError(problem('tooLarge', limit));
}

/** Reads an open file up to `limit` bytes; throws when there are more. */
function readAll(fd: number, size: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(size + 1, FIRST_CHUNK), limit + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
    if (length > limit) throw tooLarge(limit);
  }
}

/**
 * Reads a regular file's bytes, at most `limit`. Refuses folders, devices, FIFOs and sockets (checked before
 * opening, then again on the open file, opened non-blocking so that a FIFO swapped in cannot hang the run). Throws
 * FileError with a one-line reason.
 */
export function readBytes(path: string, limit = MAX_INPUT_BYTES): Buffer {
  let fd: number | undefined;
  try {
    refuseUnlessRegular(statSync(path));
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const info = fstatSync(fd);
    refuseUnlessRegular(info);
    if (info.size > limit) throw tooLarge(limit);
    return readAll(fd, info.size, limit);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(systemReason(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads and decodes a file; refuses binary and oversized files, and empty or whitespace-only ones unless
 * `allowEmpty` (an empty Markdown page is a page without article text, not a mistake). Synchronous, as the batch's
 * writes are (see `write.ts` on why synchronous calls are the faster ones here).
 */
export function readTextSync(path: string, options: { allowEmpty?: boolean } = {}): string {
  const text = decode(readBytes(path));
  if (text.trim() === '' && !options.allowEmpty) throw new FileError(problem('empty'));
  return text;
}
