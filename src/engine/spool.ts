/**
 * A spool: what a run must keep until its end but need not keep in memory (each file's result until the site-level
 * pass has compared them all; a deferred report's text until its opening is known), appended to a temporary file
 * and read back once, in order. The file is unlinked as soon as it is open (where the system allows), so that even a
 * killed run leaves nothing behind; its descriptor is closed by `dispose`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Bytes gathered before a write, and read at a time. */
const CHUNK = 1 << 20;

/** An append-then-read temporary file. */
export class Spool {
  readonly #dir: string;
  readonly #path: string;
  #fd: number | null;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #size = 0;

  constructor() {
    this.#dir = mkdtempSync(join(tmpdir(), 'seo-rewrite-spool-'));
    this.#path = join(this.#dir, 'spool');
    this.#fd = openSync(this.#path, 'w+', 0o600);
    try {
      unlinkSync(this.#path);
      rmSync(this.#dir, { recursive: true, force: true });
    } catch {
      // Not on this system (an open file cannot be removed): `dispose` removes it.
    }
  }

  /** Bytes appended so far. */
  get size(): number {
    return this.#size + this.#pendingBytes;
  }

  /** Appends text (UTF-8) or bytes. */
  append(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.length === 0) return;
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes >= CHUNK) this.#flush();
  }

  /** Appends one value (structured-clone data) as a record. */
  appendRecord(value: unknown): void {
    const body = serialize(value);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    this.append(head);
    this.append(body);
  }

  #descriptor(): number {
    if (this.#fd === null) throw new Error('spool already disposed');
    return this.#fd;
  }

  #flush(): void {
    const fd = this.#descriptor();
    const bytes = Buffer.concat(this.#pending, this.#pendingBytes);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, this.#size + at);
    this.#size += bytes.length;
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  /** `length` bytes from `offset` (of what was appended). */
  read(offset: number, length: number): Buffer {
    if (offset + length > this.#size) this.#flush();
    const fd = this.#descriptor();
    const bytes = Buffer.allocUnsafe(length);
    for (let at = 0; at < length; ) {
      const read = readSync(fd, bytes, at, length - at, offset + at);
      if (read === 0) throw new Error('spool truncated');
      at += read;
    }
    return bytes;
  }

  /** Everything appended, in pieces of at most 1 MB, from the start. */
  *chunks(): Generator<Buffer> {
    this.#flush();
    const fd = this.#descriptor();
    for (let at = 0; at < this.#size; ) {
      const piece = Buffer.allocUnsafe(Math.min(CHUNK, this.#size - at));
      const read = readSync(fd, piece, 0, piece.length, at);
      if (read === 0) throw new Error('spool truncated');
      at += read;
      yield read === piece.length ? piece : piece.subarray(0, read);
    }
  }

  /** The records appended with `appendRecord`, in order. */
  *records(): Generator<unknown> {
    let buffered: Buffer = Buffer.alloc(0);
    for (const chunk of this.chunks()) {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      let at = 0;
      while (buffered.length - at >= 4) {
        const length = buffered.readUInt32LE(at);
        if (buffered.length - at - 4 < length) break;
        yield deserialize(buffered.subarray(at + 4, at + 4 + length));
        at += 4 + length;
      }
      buffered = buffered.subarray(at);
    }
    if (buffered.length > 0) throw new Error('spool truncated');
  }

  /** Closes (and removes) the file. */
  dispose(): void {
    if (this.#fd === null) return;
    closeSync(this.#fd);
    this.#fd = null;
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
