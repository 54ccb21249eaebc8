/**
 * Vitest global setup: every test's temporary files (and those of the CLI runs it starts) go into one directory
 * for the run, removed when the run ends, so `npm test` leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'seo-rewrite-tests-'));
  // (Read by `os.tmpdir()` in the test workers and the processes they start, which inherit it.)
  process.env.TMPDIR = dir;
  process.env.TEMP = dir;
  process.env.TMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
