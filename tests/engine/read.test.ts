import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, FileError, readTextSync } from '../../src/engine/read.js';
import { writeAtomic } from '../../src/engine/write.js';
import { outputPathFor } from '../../src/engine/outputs.js';

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(Buffer.from('\uFEFFhalo', 'utf8'))).toBe('halo');
    expect(decode(Buffer.from('halo “dunia”', 'utf8'))).toBe('halo “dunia”');
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('halo', 'utf16le')]);
    expect(decode(le)).toBe('halo');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('halo');
  });
  it('refuses binary and invalid UTF-8 with a clear reason', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary file/);
    expect(() => decode(Buffer.from([0x68, 0xc3, 0x28]))).toThrow(/invalid UTF-8/);
  });
});

describe('readTextSync refusals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seo-read-'));
  it('refuses an empty or whitespace-only file', () => {
    writeFileSync(join(dir, 'blank.txt'), '  \n\t\n');
    expect(() => readTextSync(join(dir, 'blank.txt'))).toThrow(/empty file/);
  });
  it('names a missing file as such', () => {
    expect(() => readTextSync(join(dir, 'nope.txt'))).toThrow(FileError);
    expect(() => readTextSync(join(dir, 'nope.txt'))).toThrow('no such file');
  });
});

describe('readTextSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seo-read-sync-'));
  it('decodes the text, and refuses blank files, missing files and folders with their reasons', () => {
    writeFileSync(join(dir, 'a.txt'), '\uFEFFBerita “hari ini”.\n');
    expect(readTextSync(join(dir, 'a.txt'))).toBe('Berita “hari ini”.\n');
    writeFileSync(join(dir, 'blank.txt'), ' \n');
    expect(() => readTextSync(join(dir, 'blank.txt'))).toThrow(/empty file/);
    expect(() => readTextSync(join(dir, 'nope.txt'))).toThrow('no such file');
    mkdirSync(join(dir, 'sub'));
    expect(() => readTextSync(join(dir, 'sub'))).toThrow('is a directory');
  });
});

describe('writeAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seo-write-'));
  it('makes missing folders once, writes the whole file and leaves no temporary file', () => {
    const folders = new Set<string>();
    writeAtomic(join(dir, 'x', 'y', 'a.md'), 'satu');
    writeAtomic(join(dir, 'x', 'y', 'b.md'), 'dua', folders);
    writeAtomic(join(dir, 'x', 'y', 'b.md'), 'tiga', folders);
    expect(folders).toEqual(new Set([join(dir, 'x', 'y')]));
    expect(readFileSync(join(dir, 'x', 'y', 'b.md'), 'utf8')).toBe('tiga');
    expect(readdirSync(join(dir, 'x', 'y')).sort()).toEqual(['a.md', 'b.md']);
  });
  it('removes its temporary file when the rename fails', () => {
    mkdirSync(join(dir, 'taken', 'c.md'), { recursive: true });
    expect(() => writeAtomic(join(dir, 'taken', 'c.md'), 'isi')).toThrow();
    expect(readdirSync(join(dir, 'taken'))).toEqual(['c.md']);
  });
});

describe('outputPathFor', () => {
  it('writes beside the input as name.seo.md, never over it', () => {
    expect(outputPathFor('a/story.txt', null, { cwd: '/w' })).toBe('/w/a/story.seo.md');
    expect(outputPathFor('a/story.seo.md', null, { cwd: '/w' })).toBe('/w/a/story.seo.seo.md');
  });
  it('mirrors folders under --out-dir', () => {
    expect(outputPathFor('drafts/x/y.txt', '/w/drafts', { cwd: '/w', outDir: 'out' })).toBe('/w/out/x/y.md');
  });
  it("honours -o and '-'", () => {
    expect(outputPathFor('a.txt', null, { cwd: '/w', output: 'b.md' })).toBe('/w/b.md');
    expect(outputPathFor('a.txt', null, { cwd: '/w', output: '-' })).toBe('-');
  });
});
