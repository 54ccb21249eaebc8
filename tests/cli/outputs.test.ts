/** Where outputs go when something is already there: devices, FIFOs, sockets, links, inputs and colliding outputs. */
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '../batch/helpers.js';
import { runCli } from '../check/helpers.js';
import { canMakeDevices, charDevice, fifo, NULL_DEVICE, scratch, socket } from '../engine/special-files.js';

const CHECKED = `---\ntitle: Dewan kota menyetujui anggaran baru\n---\n\n${article(2)}`;

function folder(files: Record<string, string>): string {
  const dir = scratch('seo-outputs-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('rewrite -o at something that is not a regular file', () => {
  it.skipIf(!canMakeDevices)('writes through a device node and leaves it a device', async () => {
    const dir = folder({ 'a.txt': article(0) });
    charDevice(join(dir, 'null'), ...NULL_DEVICE);
    const r = await runCli(['a.txt', '-o', 'null', '-q'], dir);
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it('writes through a FIFO to its reader and leaves it a FIFO', async () => {
    const dir = folder({ 'a.txt': article(0) });
    fifo(join(dir, 'pipe'));
    const reader = spawn('cat', [join(dir, 'pipe')]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
    const closed = new Promise((ok) => reader.on('close', ok));
    const r = await runCli(['a.txt', '-o', 'pipe', '-q'], dir);
    await closed;
    expect(r.code).toBe(0);
    expect(read).toMatch(/^---\ntitle: /);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('refuses a socket', async () => {
    const dir = folder({ 'a.txt': article(0) });
    const server = await socket(join(dir, 'sock'));
    try {
      const r = await runCli(['a.txt', '-o', 'sock', '-q'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('seo-rewrite: a.txt: cannot write sock: is a socket, not a regular file; not written\n');
    } finally {
      server.close();
    }
  });

  it('follows a link to its target, written atomically, and keeps the link', async () => {
    const dir = folder({ 'a.txt': article(0), 'site/post.md': 'old' });
    symlinkSync(join(dir, 'site', 'post.md'), join(dir, 'out.md'));
    const r = await runCli(['a.txt', '-o', 'out.md', '-q'], dir);
    expect(r.code).toBe(0);
    expect(readlinkSync(join(dir, 'out.md'))).toBe(join(dir, 'site', 'post.md'));
    expect(readFileSync(join(dir, 'site', 'post.md'), 'utf8')).toMatch(/^---\ntitle: /);
  });

  it('refuses a generated output that is a link (beside the input), leaving its target alone', async () => {
    const dir = folder({ 'a.txt': article(0), 'keep.md': 'keep' });
    symlinkSync(join(dir, 'keep.md'), join(dir, 'a.seo.md'));
    const r = await runCli(['a.txt', '-q'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('seo-rewrite: a.txt: cannot write a.seo.md: is a symbolic link; not replaced (remove it, or name the target)\n');
    expect(readFileSync(join(dir, 'keep.md'), 'utf8')).toBe('keep');
  });
});

describe('inputs are never written, and no two inputs share an output', () => {
  it('refuses -o naming an input, directly or through a link, before writing anything', async () => {
    const dir = folder({ 'a.txt': article(0) });
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.md'));
    for (const target of ['a.txt', 'link.md']) {
      const r = await runCli(['a.txt', '-o', target], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`seo-rewrite: a.txt: its output ${target} is the input itself; inputs are never written (choose another --output or --out-dir)\n`);
    }
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(article(0));
  });

  it('names both inputs when --out-dir would flatten two files into one output', async () => {
    const dir = folder({ 'x/n.txt': article(0), 'y/n.txt': article(1) });
    const r = await runCli(['x/n.txt', 'y/n.txt', '--out-dir', 'o'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('seo-rewrite: x/n.txt and y/n.txt would both be written to o/n.md; rename one of them or rewrite them apart\n');
    expect(() => statSync(join(dir, 'o'))).toThrow();
  });

  it('names both inputs when a.txt and a.md would both become a.seo.md', async () => {
    const dir = folder({ 'a.txt': article(0), 'a.md': article(1) });
    const r = await runCli(['.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('seo-rewrite: a.md and a.txt would both be written to a.seo.md; rename one of them or rewrite them apart\n');
    expect(() => statSync(join(dir, 'a.seo.md'))).toThrow();
  });
});

describe('check writes only its report and its cache, never a checked file', () => {
  it('refuses --output-file or --cache-location at a checked file (exit 2), leaving it as it was', async () => {
    const dir = folder({ 'a.md': CHECKED, 'b.md': CHECKED });
    symlinkSync(join(dir, 'b.md'), join(dir, 'report.txt'));
    const report = await runCli(['check', 'a.md', 'b.md', '-o', 'a.md'], dir);
    expect([report.code, report.stderr]).toEqual([2, 'seo-rewrite: --output-file points at a.md, a file being checked; inputs are never written (choose another --output-file)\n']);
    const linked = await runCli(['check', 'a.md', 'b.md', '-o', 'report.txt'], dir);
    expect(linked.stderr).toMatch(/points at b\.md, a file being checked/);
    const cache = await runCli(['check', 'a.md', 'b.md', '--cache', '--cache-location', 'b.md'], dir);
    expect([cache.code, cache.stderr]).toEqual([2, 'seo-rewrite: --cache-location points at b.md, a file being checked; inputs are never written (choose another --cache-location)\n']);
    expect([readFileSync(join(dir, 'a.md'), 'utf8'), readFileSync(join(dir, 'b.md'), 'utf8')]).toEqual([CHECKED, CHECKED]);
  });

  it('refuses a cache that is a link or a FIFO (a warning), and writes the report through a FIFO', async () => {
    const dir = folder({ 'a.md': CHECKED, 'elsewhere.txt': 'keep' });
    symlinkSync(join(dir, 'elsewhere.txt'), join(dir, 'cache.json'));
    const linked = await runCli(['check', 'a.md', '--cache', '--cache-location', 'cache.json'], dir);
    expect(linked.stderr).toContain('cache.json: cannot write the cache: is a symbolic link; not replaced');
    expect(readFileSync(join(dir, 'elsewhere.txt'), 'utf8')).toBe('keep');
    fifo(join(dir, 'pipe'));
    const piped = await runCli(['check', 'a.md', '--cache', '--cache-location', 'pipe'], dir);
    expect(piped.stderr).toContain('pipe: cannot write the cache: is a FIFO (named pipe), not a regular file; not written');
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it.skipIf(!canMakeDevices)('writes the report through a device node and refuses one as the cache', async () => {
    const dir = folder({ 'a.md': CHECKED });
    charDevice(join(dir, 'null'), ...NULL_DEVICE);
    const r = await runCli(['check', 'a.md', '-o', 'null', '--cache', '--cache-location', 'null/'], dir);
    expect(r.stderr).not.toContain('cannot write the report');
    const cache = await runCli(['check', 'a.md', '--cache', '--cache-location', 'null'], dir);
    expect(cache.stderr).toContain('null: cannot write the cache: is a character device, not a regular file; not written');
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });
});
