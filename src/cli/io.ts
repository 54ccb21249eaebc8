/** The streams and environment a run uses; injected so that tests run the CLI in memory. */
import type { Readable, Writable } from 'node:stream';
import { escapeControl } from '../report/escape.js';

export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Exit codes (documented in the README). */
export const EXIT = { ok: 0, failedThreshold: 1, error: 2 } as const;

/** Chalk colour level for a stream: none with NO_COLOR or when not a TTY, unless FORCE_COLOR says otherwise. */
export function colorLevel(io: CliIO, stream: 'stdout' | 'stderr' = 'stdout'): 0 | 1 | 2 | 3 {
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : force === '2' ? 2 : force === '3' ? 3 : 1;
  return io[stream].isTTY ? 1 : 0;
}

/** Writes one line per error to stderr: `seo-rewrite: <file>: <reason>`, control characters escaped. */
export function printError(io: CliIO, file: string | null, reason: string): void {
  io.stderr.write(errorLine(file, reason));
}

/** The line `printError` writes. */
export function errorLine(file: string | null, reason: string): string {
  return `seo-rewrite: ${escapeControl(`${file ? `${file}: ` : ''}${reason}`)}\n`;
}
