#!/usr/bin/env node
/**
 * `npm run bench:front-matter [-- --keys 20000,200000] [--dist DIR]`: CPU time of the rewrite and of `check` on a
 * Markdown file whose YAML front matter has N keys (issue 12: 20,000 keys took 6 s, 200,000 minutes; the handling
 * must be linear). Each measurement runs in a fresh process (nothing cached between them) and reports CPU seconds
 * (user + system), which a busy machine disturbs less than wall time. `--dist` measures another build's
 * `dist/` (for a before/after comparison).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dist = resolve(option('--dist', fileURLToPath(new URL('../dist', import.meta.url))));
const sizes = option('--keys', '20000,200000').split(',').map(Number);

/** Runs in the child: one operation on one file, prints its CPU seconds. */
const child = `
const [dist, op, file] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const text = readFileSync(file, 'utf8');
const run = op === 'rewrite'
  ? (await import(dist + '/index.js')).rewrite.bind(null, text, { format: 'markdown', path: file })
  : (await import(dist + '/engine/check.js')).checkText.bind(null, file, text);
const before = process.cpuUsage();
run();
const used = process.cpuUsage(before);
console.log(((used.user + used.system) / 1e6).toFixed(2));
`;

const dir = mkdtempSync(join(tmpdir(), 'seo-fm-bench-'));
try {
  for (const n of sizes) {
    const lines = ['---', 'title: Budget news'];
    for (let i = 0; i < n; i++) lines.push(`key${i}: value ${i}`);
    lines.push('---', '', 'The city council approved a new budget for public transport on Monday, after months of debate. Council members said the plan adds twelve bus lines and lowers fares for students.', '');
    const file = join(dir, `fm${n}.md`);
    writeFileSync(file, lines.join('\n'));
    const cpu = (op) => execFileSync(process.execPath, ['--input-type=module', '-e', child, dist, op, file], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim();
    console.log(`${n} keys: rewrite ${cpu('rewrite')} s CPU, check ${cpu('check')} s CPU`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
