/** Device nodes, FIFOs and sockets made in a temporary folder for the tests (never at a system path). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new temporary folder. */
export function scratch(prefix = 'seo-special-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Makes a character device node (`mknod PATH c MAJOR MINOR`); false when not allowed (not root). */
export function charDevice(path: string, major: number, minor: number): boolean {
  return spawnSync('mknod', [path, 'c', String(major), String(minor)]).status === 0;
}

/** The null device (1, 3), the zero device (1, 5) and the full device (1, 7), made at `path`. */
export const NULL_DEVICE = [1, 3] as const;
export const ZERO_DEVICE = [1, 5] as const;
export const FULL_DEVICE = [1, 7] as const;

/** True when this process may make device nodes (the tests that need one are skipped otherwise). */
export const canMakeDevices: boolean = charDevice(join(scratch(), 'probe'), ...NULL_DEVICE);

/** Makes a FIFO (named pipe). */
export function fifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path} failed: ${r.stderr.toString()}`);
}

/** Listens on a Unix socket at `path`; close the server when done. */
export async function socket(path: string): Promise<Server> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(path, ok));
  return server;
}
