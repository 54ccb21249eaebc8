/**
 * Standard input for `-` (an article's text) and `--stdin-filepaths` (a list of files): read whole, at most the
 * size limit of a file, decoded as a file is. Throws FileError with a one-line reason.
 */
import { FileError } from '../engine/file-error.js';
import { problem } from '../lang/problem.js';
import { decode, MAX_INPUT_BYTES } from '../engine/read.js';
import type { CliIO } from './io.js';

/** The input that stands for standard input. */
export const STDIN = '-';

/** Reads all of stdin as bytes, refusing more than `limit`. */
export async function readStdinBytes(io: CliIO, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += bytes.length;
    if (size > limit) throw new FileError(problem('stdinTooLarge', limit));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Reads all of stdin as text. */
export async function readStdinText(io: CliIO): Promise<string> {
  return decode(await readStdinBytes(io));
}

/** File paths, one a line (`git diff --name-only`, `find`): blank lines left out, duplicates once, in order. */
export function pathList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/u)) {
    const path = line.trim();
    if (path !== '') seen.add(path);
  }
  return [...seen];
}
