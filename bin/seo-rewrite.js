#!/usr/bin/env node
// Thin entry: load the built CLI (bundled, see scripts/bundle.mjs) and run it. process.exitCode is set by the
// CLI, never process.exit here.
import { run } from '../dist/bundle/cli.mjs';

// A reader that stops early (`seo-rewrite … | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
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
