/** Helpers of the `check` tests: temporary project folders and in-memory CLI streams. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { run, type CliIO } from '../../src/cli/index.js';

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fixture of `fixtures/check/`. */
export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'fixtures', 'check', name), 'utf8');
}

/** A temporary folder with the given files (paths relative to it); `cleanup()` removes it. */
export function project(files: Readonly<Record<string, string>>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'seo-rewrite-check-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A maker of temporary project folders (`project`), each removed after the test that made it: `const folder =
 * projects();` at the top of a test file.
 */
export function projects(): (files: Readonly<Record<string, string>>) => string {
  const made: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of made.splice(0)) cleanup();
  });
  return (files) => {
    const p = project(files);
    made.push(p.cleanup);
    return p.dir;
  };
}

/** Output of one in-memory CLI run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in memory in `cwd`, with `input` on stdin when given. */
export async function runCli(argv: readonly string[], cwd: string, env: Record<string, string | undefined> = {}, input?: string): Promise<RunResult> {
  const stdin = new PassThrough();
  if (input !== undefined) stdin.end(input);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const io: CliIO = { stdin, stdout, stderr, env: { NO_COLOR: '1', ...env }, cwd };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}
