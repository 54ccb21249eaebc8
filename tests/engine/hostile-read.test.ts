/** Reading hostile inputs: devices, FIFOs and links to them are refused fast; binary content behind any BOM too. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/engine/decode.js';
import { discover } from '../../src/engine/discover.js';
import { readBytes } from '../../src/engine/read.js';
import { canMakeDevices, charDevice, fifo, scratch, ZERO_DEVICE } from './special-files.js';
import { englishReason } from '../../src/lang/problem.js';

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0) ?? 0);
  const out = Buffer.alloc(4 * (points.length + 1));
  const write = (at: number, v: number): number => (littleEndian ? out.writeUInt32LE(v, at) : out.writeUInt32BE(v, at));
  write(0, 0xfeff);
  points.forEach((p, i) => write(4 * (i + 1), p));
  return out;
}

describe('decode after a byte order mark', () => {
  it('reads UTF-32 LE and BE text', () => {
    expect(decode(utf32('halo “dunia” 🌏', true))).toBe('halo “dunia” 🌏');
    expect(decode(utf32('halo', false))).toBe('halo');
  });

  it('refuses binary content behind a UTF-16 or UTF-32 BOM', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decode(Buffer.concat([Buffer.from([0xff, 0xfe]), png]))).toThrow(/^binary file/);
    expect(() => decode(Buffer.concat([Buffer.from([0xfe, 0xff]), png]))).toThrow(/^binary file/);
    expect(() => decode(Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), Buffer.alloc(64)]))).toThrow(/^binary file/);
    expect(() => decode(Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), Buffer.from([1, 2, 3])]))).toThrow(/^invalid UTF-32/);
  });

  it('refuses text that is mostly control characters, and keeps text with a few', () => {
    const noise = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x61)));
    expect(() => decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(noise.toString('latin1'), 'utf16le')]))).toThrow(/^binary file \(\d+ control characters/);
    expect(() => decode(noise)).toThrow(/^binary file/);
    expect(decode(Buffer.from(`Berita \u001b[1mhari\u001b[0m ini. ${'kata '.repeat(40)}`))).toContain('Berita');
  });
});

describe('readBytes', () => {
  it('counts the bytes it reads against the limit', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
    expect(() => readBytes(join(dir, 'big.txt'), 4096)).toThrow('file too large (over 4096 bytes)');
    expect(readBytes(join(dir, 'big.txt'), 5000).length).toBe(5000);
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const dir = scratch();
    fifo(join(dir, 'pipe.md'));
    expect(() => readBytes(join(dir, 'pipe.md'))).toThrow('not a regular file (a FIFO (named pipe)), expected a text file');
  });

  it.skipIf(!canMakeDevices)('refuses a link to a zero device at once, with one line', () => {
    const dir = scratch();
    charDevice(join(dir, 'zero'), ...ZERO_DEVICE);
    symlinkSync(join(dir, 'zero'), join(dir, 'z.md'));
    const started = performance.now();
    expect(() => readBytes(join(dir, 'z.md'))).toThrow(/^not a regular file \(a character device\), expected a text file$/);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('a folder walk', () => {
  it('follows a link only to a regular file: not into folders, not to FIFOs, devices or nowhere', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'content'));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'content', 'a.md'), 'a');
    writeFileSync(join(dir, 'elsewhere', 'b.md'), 'b');
    symlinkSync(join(dir, 'elsewhere', 'b.md'), join(dir, 'content', 'b.md'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'content', 'all'));
    symlinkSync('/', join(dir, 'content', 'root'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'content', 'gone.md'));
    fifo(join(dir, 'elsewhere', 'pipe'));
    symlinkSync(join(dir, 'elsewhere', 'pipe'), join(dir, 'content', 'pipe.md'));
    const found = discover(['content'], { cwd: dir, extensions: ['md'] }).map((e) => (e.error === undefined ? e : { ...e, error: englishReason(e.error) }));
    expect(found).toEqual([
      { path: 'content/a.md', root: join(dir, 'content') },
      { path: 'content/b.md', root: join(dir, 'content') },
      { path: 'content/gone.md', root: null, error: 'broken symbolic link (its target does not exist)' },
      { path: 'content/pipe.md', root: null, error: 'symbolic link to a FIFO (named pipe), not a regular file; not read' },
    ]);
  });
});
