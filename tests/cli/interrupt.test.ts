/**
 * Ctrl-C on the built binary: whatever `--jobs` is (every file runs in a worker thread, see engine/bounded.ts),
 * SIGINT stops the run within a second with exit 130 and leaves no partial output.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, BIN, listTree, start, tempDir, writeTree } from '../batch/helpers.js';

const MANIFEST = '.seo-rewrite-manifest.jsonl';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function articles(count: number, ext = 'txt'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`a-${String(i).padStart(3, '0')}.${ext}`, article(i)]));
}

async function until(test: () => boolean, ms = 20_000): Promise<void> {
  for (const started = Date.now(); !test() && Date.now() - started < ms; ) await sleep(5);
}

/** Sends SIGINT and resolves with the run's end and how long it took to stop. */
async function interrupt<T>(pid: number, done: Promise<T>): Promise<T & { stoppedMs: number }> {
  const sent = performance.now();
  process.kill(pid, 'SIGINT');
  const end = await done;
  return { ...end, stoppedMs: performance.now() - sent };
}

describe('Ctrl-C', () => {
  it('stops a --jobs 1 rewrite between two files: exit 130 within a second, only whole outputs', async () => {
    const cwd = tempDir();
    writeTree(join(cwd, 'in'), articles(80));
    const run = start(['in', '--out-dir', 'out', '--jobs', '1', '-q'], cwd);
    const manifest = join(cwd, 'out', MANIFEST);
    await until(() => existsSync(manifest) && readFileSync(manifest, 'utf8').split('\n').length > 2);
    const end = await interrupt(run.pid, run.done);
    expect(end.code).toBe(130);
    expect(end.stoppedMs).toBeLessThan(1000);
    expect(end.stderr).toMatch(/^seo-rewrite: dihentikan: \d+ dari 80 berkas belum diproses; jalankan lagi dengan --resume untuk mengerjakan sisanya saja\n$/);
    const written = listTree(join(cwd, 'out')).filter((p) => p !== MANIFEST);
    expect(written.length).toBeLessThan(80);
    expect(written.every((p) => p.endsWith('.md'))).toBe(true);
    expect(readFileSync(manifest, 'utf8').trim().split('\n')).toHaveLength(written.length);
    for (const p of written) expect(readFileSync(join(cwd, 'out', p), 'utf8')).toMatch(/^---\ntitle: [^]*\n$/);
  });

  it('stops check (one worker thread) within a second, writing neither the report nor the cache', async () => {
    const cwd = tempDir();
    writeTree(join(cwd, 'content'), articles(400, 'md'));
    const run = start(['check', 'content', '--jobs', '1', '--cache', '-o', 'report.json', '-q'], cwd);
    await sleep(1200);
    const end = await interrupt(run.pid, run.done);
    expect(end.code).toBe(130);
    expect(end.stoppedMs).toBeLessThan(1000);
    expect(end.stderr).toMatch(/^seo-rewrite: (?:dihentikan: 400 berkas tidak dilaporkan; tidak ada yang ditulis|interrupted: 400 files not reported; nothing written)\n$/);
    expect(readdirSync(cwd).sort()).toEqual(['content']);
  });

  it('stops a JSON Lines stream waiting on stdin', async () => {
    const child = spawn(process.execPath, [BIN, '--jsonl', '--jobs', '1', '-q'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const done = new Promise<{ code: number | null }>((ok) => child.on('close', (code) => ok({ code })));
    child.stdin.write(`${JSON.stringify({ id: 1, text: article(0) })}\n`);
    await sleep(1500);
    const end = await interrupt(child.pid ?? -1, done);
    child.stdin.destroy();
    expect(end.code).toBe(130);
    expect(end.stoppedMs).toBeLessThan(1000);
    // The record read before the signal is either dropped or written whole.
    expect(out === '' || (JSON.parse(out) as { id: number }).id === 1).toBe(true);
  });
});
