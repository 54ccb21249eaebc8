/** Helpers for the batch tests: run the built binary, make small article trees, list what a run wrote. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export const BIN = resolve('bin/seo-rewrite.js');
const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI to completion. */
export function cli(args: readonly string[], options: { cwd?: string; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input, encoding: 'utf8', env: ENV, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the built CLI; `done` resolves when it exits. */
export function start(args: readonly string[], cwd: string): { pid: number; done: Promise<Run & { signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run & { signal: NodeJS.Signals | null }>((ok) => child.on('close', (code, signal) => ok({ code, signal, stdout, stderr })));
  return { pid: child.pid ?? -1, done };
}

export function tempDir(prefix = 'seo-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const SAMPLE = readFileSync(resolve('fixtures/china-ai-id.txt'), 'utf8').trim().split('\n');

const ENGLISH = [
  'The city council approved a new budget for public transport on Monday, after months of debate about bus fares and new routes.',
  'Council members said the plan adds twelve bus lines and lowers fares for students and older residents from next year.',
  'Critics argued that the budget ignores cycling lanes, which many residents asked for during the public hearings last spring.',
  'The mayor said the city would review the plan after one year and publish the ridership numbers every quarter.',
  'Local businesses welcomed the decision, saying better buses would bring more customers to the old town.',
];

/** A distinct small article for each `i`: the sample's or an English text's paragraphs, rotated, with a lead naming `i`. */
export function article(i: number): string {
  const english = i % 3 === 2;
  const paragraphs = english ? ENGLISH : SAMPLE;
  const r = i % paragraphs.length;
  const rotated = [...paragraphs.slice(r), ...paragraphs.slice(0, r)];
  const lead = english ? `Report number ${i} follows the story as it unfolds.` : `Laporan nomor ${i} mengikuti perkembangan berita ini.`;
  return `${lead} ${rotated.join('\n')}\n`;
}

/** Writes files (relative path → content) under `root`. */
export function writeTree(root: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Every file under `root` (hidden ones too), as sorted `/`-separated relative paths. */
export function listTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every file's content under `root`, keyed by relative path. */
export function readTree(root: string): Record<string, string> {
  return Object.fromEntries(listTree(root).map((p) => [p, readFileSync(join(root, p), 'utf8')]));
}
