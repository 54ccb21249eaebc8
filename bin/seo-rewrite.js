#!/usr/bin/env node
// Thin entry: load the built CLI (bundled, see scripts/bundle.mjs) and run it. process.exitCode is set by the
// CLI, never process.exit here. A one-file rewrite's worker starts first, while the CLI loads (src/cli/early.ts).
import { prewarmFor } from '../dist/bundle/early.mjs';

prewarmFor(process.argv.slice(2));
const { run } = await import('../dist/bundle/cli.mjs');

// A reader that stops early (`seo-rewrite … | head`) closes the pipe: stop quietly, as Unix tools do. Any other
// failure of stdout or stderr (a full disk, a descriptor not open for writing) is one line and exit 2, never a
// stack trace and exit 1 (which means "under --min-score").
const REASONS = { ENOSPC: 'no space left on the device', EBADF: 'not open for writing', EIO: 'input/output error' };
for (const [name, stream] of [['standard output', process.stdout], ['standard error', process.stderr]]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`seo-rewrite: cannot write to ${name}: ${REASONS[error.code] ?? error.code ?? error.message}\n`);
      } catch {
        // stderr is gone too: the exit code says it.
      }
    }
    process.exit(2);
  });
}

await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`seo-rewrite: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
