/**
 * Interruptions on the built binary: a killed run leaves no partial output (atomic writes), Ctrl-C finishes the
 * files in flight and stops, and `--resume` then does only the missing work.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { article, cli, listTree, readTree, start, tempDir, writeTree } from '../batch/helpers.js';

const MANIFEST = '.seo-rewrite-manifest.jsonl';
const COUNT = 60;

type ResumeReport = Report & { summary: Report['summary'] & { skipped: number } };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits until the run has recorded `lines` outputs in its manifest, then sends `signal`. */
async function interruptAfter(lines: number, cwd: string, signal: NodeJS.Signals, args: string[]) {
  const run = start(args, cwd);
  let exited = false;
  void run.done.then(() => (exited = true));
  for (let i = 0; i < 4000 && !exited; i++) {
    let recorded = 0;
    try {
      recorded = readFileSync(join(cwd, 'out', MANIFEST), 'utf8').split('\n').length - 1;
    } catch {
      // not created yet
    }
    if (recorded >= lines) break;
    await sleep(2);
  }
  process.kill(run.pid, signal);
  return { ...(await run.done), pid: run.pid };
}

/** Outputs (no hidden files) and leftover temporary files of an out dir. */
function outputs(dir: string): { md: Record<string, string>; temp: string[] } {
  const all = readTree(dir);
  const visible = Object.entries(all).filter(([p]) => !p.split('/').at(-1)!.startsWith('.'));
  return { md: Object.fromEntries(visible), temp: Object.keys(all).filter((p) => p.endsWith('.tmp')) };
}

describe('interrupted runs and --resume', () => {
  let cwd = '';
  let reference: Record<string, string> = {};

  beforeAll(() => {
    cwd = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < COUNT; i++) files[`${i % 4}/a-${String(i).padStart(3, '0')}.txt`] = article(i);
    writeTree(join(cwd, 'in'), files);
    const r = cli(['in', '--out-dir', 'ref', '-q'], { cwd });
    expect(r.code).toBe(0);
    reference = outputs(join(cwd, 'ref')).md;
    expect(Object.keys(reference)).toHaveLength(COUNT);
  });

  it('a killed run leaves only complete outputs; --resume finishes with exactly the reference outputs', async () => {
    const killed = await interruptAfter(2, cwd, 'SIGKILL', ['in', '--out-dir', 'out', '--jobs', '2', '-q']);
    expect(killed.signal).toBe('SIGKILL');
    const partial = outputs(join(cwd, 'out'));
    const written = Object.keys(partial.md);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(COUNT);
    for (const path of written) expect(partial.md[path], path).toBe(reference[path]);

    // What kill -9 can leave besides: a temporary file of the dead run (and one of a run still going, kept).
    writeFileSync(join(cwd, 'out', '0', `.a-000.md.${killed.pid}.0badcafe.7.tmp`), 'half');
    writeFileSync(join(cwd, 'out', `.b.md.${process.pid}.0badcafe.1.tmp`), 'in progress');
    const resumed = cli(['in', '--out-dir', 'out', '--resume', '--format', 'json'], { cwd });
    expect(resumed.code).toBe(0);
    expect(outputs(join(cwd, 'out')).temp).toEqual([`.b.md.${process.pid}.0badcafe.1.tmp`]);
    rmSync(join(cwd, 'out', `.b.md.${process.pid}.0badcafe.1.tmp`));
    const report = JSON.parse(resumed.stdout) as ResumeReport;
    expect(report.summary.skipped).toBeGreaterThan(0);
    expect(report.summary.skipped).toBeLessThanOrEqual(written.length);
    expect(report.files.length + report.summary.skipped).toBe(COUNT);
    expect(outputs(join(cwd, 'out')).md).toEqual(reference);

    const again = cli(['in', '--out-dir', 'out', '--resume', '--format', 'json'], { cwd });
    const second = JSON.parse(again.stdout) as ResumeReport;
    expect(second.files).toEqual([]);
    expect(second.summary).toMatchObject({ files: 0, skipped: COUNT });
    const stylish = cli(['in', '--out-dir', 'out', '--resume'], { cwd });
    expect(stylish.stdout).toBe(`0 files rewritten, ${COUNT} skipped (up to date)\n`);
  });

  it('--resume redoes an input that changed, an output that is gone, and everything when the options change', () => {
    const dir = 'out2';
    expect(cli(['in', '--out-dir', dir, '-q'], { cwd }).code).toBe(0);
    writeFileSync(join(cwd, 'in/1/a-001.txt'), article(1001));
    rmSync(join(cwd, dir, '2/a-002.md'));
    const r = cli(['in', '--out-dir', dir, '--resume', '--format', 'json'], { cwd });
    const report = JSON.parse(r.stdout) as ResumeReport;
    expect(report.files.map((f) => f.path)).toEqual(['in/1/a-001.txt', 'in/2/a-002.txt']);
    expect(report.summary.skipped).toBe(COUNT - 2);
    expect(readFileSync(join(cwd, dir, '2/a-002.md'), 'utf8')).toBe(reference['2/a-002.md']);
    const other = cli(['in', '--out-dir', dir, '--resume', '--keep-all', '--format', 'json'], { cwd });
    expect((JSON.parse(other.stdout) as ResumeReport).summary).toMatchObject({ files: COUNT, skipped: 0 });
    writeFileSync(join(cwd, 'in/1/a-001.txt'), article(1));
  });

  it('Ctrl-C stops the run, leaves no temporary file, and says how to resume', async () => {
    rmSync(join(cwd, 'out'), { recursive: true, force: true });
    const stopped = await interruptAfter(1, cwd, 'SIGINT', ['in', '--out-dir', 'out', '--jobs', '2', '-q']);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/^seo-rewrite: dihentikan: \d+ dari 60 berkas belum diproses; jalankan lagi dengan --resume untuk mengerjakan sisanya saja\n$/);
    const partial = outputs(join(cwd, 'out'));
    expect(partial.temp).toEqual([]);
    for (const [path, text] of Object.entries(partial.md)) expect(text, path).toBe(reference[path]);
    const manifest = readFileSync(join(cwd, 'out', MANIFEST), 'utf8').trim().split('\n');
    expect(manifest).toHaveLength(Object.keys(partial.md).length);
  });
});
