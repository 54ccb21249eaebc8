#!/usr/bin/env node
// Thin entry: load the built CLI and run it. process.exitCode is set by the CLI, never process.exit here.
import { run } from '../dist/cli/index.js';

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
