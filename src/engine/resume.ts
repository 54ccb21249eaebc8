/**
 * The resume manifest: `--out-dir` runs append one JSON line per output written, naming the hash of the input
 * text and of the options (tool version included) that produced it. `--resume` skips an input whose output exists
 * and whose line matches both hashes, so a run interrupted at any point is finished by doing only what is missing.
 * Lines are appended after the output's atomic rename, so the manifest never claims an output that is not there; a
 * torn last line (a killed run) is ignored.
 */
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { RewriteOptions } from '../pipeline/rewrite.js';
import { sha256 } from './hash.js';
import { writeAtomic } from './write.js';

/** File name of the manifest, at the top of the out dir. */
export const MANIFEST_NAME = '.seo-rewrite-manifest.jsonl';

/** One line of the manifest. */
export interface ManifestLine {
  /** Output path relative to the out dir, `/`-separated. */
  output: string;
  /** sha256 of the decoded input text. */
  source_sha256: string;
  /** sha256 of the tool version and the rewrite options. */
  options_sha256: string;
}

/** The hash of everything besides the text that decides an output: tool version and rewrite options. */
export function optionsHash(version: string, options: RewriteOptions): string {
  const key = [version, options.lang ?? null, options.keyphrase ?? null, options.keepAll ?? false, options.format ?? 'auto', options.maxKeyphrases ?? null, options.overwrite ?? false, options.h1 ?? 'auto'];
  return sha256(JSON.stringify(key));
}

function key(outDir: string, output: string): string {
  return relative(outDir, output).split(sep).join('/');
}

/** The recorded state of an out dir: output → input hash, for the lines made with the current options. */
export class Manifest {
  readonly #outDir: string;
  readonly #entries: Map<string, string>;

  private constructor(outDir: string, entries: Map<string, string>) {
    this.#outDir = outDir;
    this.#entries = entries;
  }

  /** Reads the manifest of `outDir` (empty when there is none); compacts it when most of its lines are stale. */
  static async load(outDir: string, options: string): Promise<Manifest> {
    const path = join(outDir, MANIFEST_NAME);
    const latest = new Map<string, ManifestLine>();
    let lines = 0;
    if (existsSync(path)) {
      const reader = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
      for await (const raw of reader) {
        const line = parse(raw);
        if (!line) continue;
        lines += 1;
        latest.set(line.output, line);
      }
    }
    if (lines > 2 * latest.size + 1000) {
      writeAtomic(path, [...latest.values()].map((l) => `${JSON.stringify(l)}\n`).join(''));
    }
    const entries = new Map<string, string>();
    for (const [output, line] of latest) if (line.options_sha256 === options) entries.set(output, line.source_sha256);
    return new Manifest(outDir, entries);
  }

  /** The input hash recorded for an output (absolute path), if any. */
  recorded(output: string): string | undefined {
    return this.#entries.get(key(this.#outDir, output));
  }
}

function parse(raw: string): ManifestLine | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { output, source_sha256: source, options_sha256: options } = value as Record<string, unknown>;
    if (typeof output !== 'string' || typeof source !== 'string' || typeof options !== 'string') return null;
    return { output, source_sha256: source, options_sha256: options };
  } catch {
    return null;
  }
}

/** Appends manifest lines as outputs are written (synchronous appends: a killed run loses no recorded line). */
export class ManifestWriter {
  readonly #outDir: string;
  readonly #options: string;
  #fd: number | null = null;

  constructor(outDir: string, options: string) {
    this.#outDir = outDir;
    this.#options = options;
  }

  /** Records that `output` (absolute) was written from an input whose text hashes to `source`. */
  record(output: string, source: string): void {
    if (this.#fd === null) {
      mkdirSync(this.#outDir, { recursive: true });
      this.#fd = openSync(join(this.#outDir, MANIFEST_NAME), 'a');
    }
    const line: ManifestLine = { output: key(this.#outDir, output), source_sha256: source, options_sha256: this.#options };
    writeSync(this.#fd, `${JSON.stringify(line)}\n`);
  }

  /** Closes the manifest (nothing to do when nothing was recorded). */
  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }
}
