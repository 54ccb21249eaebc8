/**
 * Where the `check --cache` entries are while a run goes, so that a cache of tens of thousands of files is never in
 * memory at once (each entry is a file's whole result, about 16 KB: as parsed objects, 10,000 of them took more
 * than the rest of the run). The file is one JSON document, `{"format":…,"version":…,"entries":{…}}`, written one
 * entry a line; such a file is indexed, not parsed: an entry is read from disk and parsed when its file is looked
 * up. Entries made in this run wait in a spool. A file of another layout (an older one, or edited) is parsed whole,
 * as before. Only a regular file is read (see `read.ts`), up to a limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { FileError } from './file-error.js';
import { OWNED_OUTPUT, openOutput } from './output-file.js';
import { readBytes } from './read.js';
import { Spool } from './spool.js';

/** Where an entry's JSON text is: in the cache file read, or in this run's spool; or the entry itself (parsed whole). */
type Place = { at: 'file' | 'spool'; offset: number; length: number } | { at: 'value'; value: unknown };

/** Bytes read at a time while indexing, and at most of an entry's line to find its path in. */
const CHUNK = 1 << 20;
const PATH_HEAD = 16 * 1024;
const NEWLINE = 0x0a;

/** The first line of a file this store wrote. */
function header(format: number, version: string): string {
  return `{"format":${format},"version":${JSON.stringify(version)},"entries":{`;
}

/** The end of the JSON string that starts `bytes` (the index after its closing quote), or -1. */
function stringEnd(bytes: Buffer): number {
  if (bytes[0] !== 0x22) return -1;
  for (let i = 1; i < bytes.length; i++) {
    if (bytes[i] === 0x5c) i++;
    else if (bytes[i] === 0x22) return i + 1;
  }
  return -1;
}

/** The cache's entries by path. */
export class CacheStore {
  readonly #places = new Map<string, Place>();
  #fd: number | null = null;
  #spool: Spool | null = null;

  /**
   * Opens the cache file at `path` written for `format` and `version`: indexed when it has the layout this store
   * writes, else parsed whole (`accept` says whether that document's format and version are ours). Anything unusable
   * gives an empty store.
   */
  static open(path: string, format: number, version: string, limit: number, accept: (data: unknown) => Record<string, unknown> | null): CacheStore {
    const store = new CacheStore();
    try {
      const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
      const info = fstatSync(fd);
      if (!info.isFile() || info.size > limit) {
        closeSync(fd);
        return store;
      }
      store.#fd = fd;
      if (store.#index(info.size, header(format, version))) return store;
      store.close();
      const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readBytes(path, limit)));
      for (const [key, value] of Object.entries(accept(data) ?? {})) store.#places.set(key, { at: 'value', value });
    } catch {
      store.close();
      store.#places.clear();
    }
    return store;
  }

  #read(offset: number, length: number): Buffer {
    if (this.#fd === null) throw new FileError('cache file closed');
    const bytes = Buffer.allocUnsafe(length);
    for (let at = 0; at < length; ) {
      const read = readSync(this.#fd, bytes, at, length - at, offset + at);
      if (read === 0) throw new FileError('cache file truncated');
      at += read;
    }
    return bytes;
  }

  /** Indexes a file of this store's layout; false when it is not one (nothing indexed). */
  #index(size: number, expected: string): boolean {
    const head = Buffer.from(`${expected}\n`, 'utf8');
    if (size < head.length || !this.#read(0, head.length).equals(head)) return false;
    let start = head.length;
    for (let at = start; at < size; at += CHUNK) {
      const chunk = this.#read(at, Math.min(CHUNK, size - at));
      for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
        this.#line(start, at + i);
        start = at + i + 1;
      }
    }
    if (start < size) this.#line(start, size);
    return true;
  }

  /** Indexes the entry line from `start` to `end` (`"path":{…},`); the closing `}}` and broken lines are skipped. */
  #line(start: number, end: number): void {
    const text = this.#read(start, Math.min(PATH_HEAD, end - start));
    const close = stringEnd(text);
    if (close === -1 || text[close] !== 0x3a) return;
    let path: unknown;
    try {
      path = JSON.parse(text.subarray(0, close).toString('utf8'));
    } catch {
      return;
    }
    const last = end - 1;
    const comma = this.#read(last, 1)[0] === 0x2c;
    const offset = start + close + 1;
    if (typeof path === 'string') this.#places.set(path, { at: 'file', offset, length: (comma ? last : end) - offset });
  }

  /** The stored entry of `path` (parsed), or undefined. */
  get(path: string): unknown {
    const place = this.#places.get(path);
    if (!place) return undefined;
    try {
      return place.at === 'value' ? place.value : JSON.parse(this.#text(place));
    } catch {
      return undefined;
    }
  }

  #text(place: Place): string {
    if (place.at === 'value') return JSON.stringify(place.value);
    const bytes = place.at === 'file' ? this.#read(place.offset, place.length) : (this.#spool as Spool).read(place.offset, place.length);
    return bytes.toString('utf8');
  }

  /** Stores an entry (kept on disk until `save`). */
  set(path: string, entry: unknown): void {
    this.#spool ??= new Spool();
    const offset = this.#spool.size;
    const bytes = Buffer.from(JSON.stringify(entry), 'utf8');
    this.#spool.append(bytes);
    this.#places.set(path, { at: 'spool', offset, length: bytes.length });
  }

  /** Paths with an entry. */
  paths(): string[] {
    return [...this.#places.keys()];
  }

  delete(path: string): void {
    this.#places.delete(path);
  }

  /** Writes every entry to `path` (atomically, one a line), then lets go of the files read. Throws on write errors. */
  save(path: string, format: number, version: string): void {
    const out = openOutput(path, OWNED_OUTPUT);
    try {
      out.write(`${header(format, version)}\n`);
      let first = true;
      for (const [key, place] of this.#places) {
        out.write(`${first ? '' : ',\n'}${JSON.stringify(key)}:${this.#text(place)}`);
        first = false;
      }
      out.write(`${first ? '' : '\n'}}}\n`);
      out.commit();
    } catch (error) {
      out.abort();
      throw error;
    }
  }

  /** Closes the files held (the store is empty of what they held afterwards). */
  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
    this.#spool?.dispose();
    this.#spool = null;
  }
}
