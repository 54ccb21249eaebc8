/**
 * Reading and decoding input files: UTF-8 with or without BOM, UTF-16 with BOM; binary files and invalid text are
 * refused with a clear reason.
 */
import { readFileSync, statSync } from 'node:fs';

/** A problem with one input file; the message is the one line shown to the user (the file is added by callers). */
export class FileError extends Error {
  override name = 'FileError';
}

/** Largest input accepted. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Decodes bytes into text or throws FileError. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new FileError('binary file (contains NUL bytes), expected text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new FileError('invalid UTF-8, expected UTF-8 or UTF-16 text with a byte order mark');
  }
}

/** A system error's one-line reason (`no such file`, `permission denied`…). */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Reads an input file's bytes; refuses folders and oversized files. Throws FileError with a one-line reason. */
export function readBytes(path: string): Buffer {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new FileError('is a directory');
    if (info.size > MAX_INPUT_BYTES) throw new FileError(`file too large (${info.size} bytes, limit ${MAX_INPUT_BYTES})`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(reason(error));
  }
}

/**
 * Reads and decodes a file; refuses empty, whitespace-only, binary and oversized files. Synchronous, as the batch's
 * writes are (see `write.ts` on why synchronous calls are the faster ones here).
 */
export function readTextSync(path: string): string {
  const text = decode(readBytes(path));
  if (text.trim() === '') throw new FileError('empty file (no text)');
  return text;
}
