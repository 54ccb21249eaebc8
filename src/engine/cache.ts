/**
 * The `check --cache` store: results keyed on the file's bytes, the tool version and the effective configuration,
 * so that a file whose key is unchanged is not analysed again. Content-based, never mtime-based, so it is safe in CI
 * (a fresh checkout has new mtimes; a restored cache still hits). One JSON file, written atomically; a missing,
 * unreadable or corrupt cache is treated as empty, never as an error.
 *
 * Also the light half of checking, which a fully cached run needs without loading the analysis: a result as plain
 * data (what the cache stores and worker threads hand back), reading the bytes of the key, and failures.
 */
import { createHash } from 'node:crypto';
import { access, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { FileReport } from '../types.js';
import { emptyReport, fromPlainMessage, toPlainMessage, type PlainMessage } from './result.js';
import { openEntry, sealEntry, type Entry } from './cache-entry.js';
import { CacheStore } from './cache-store.js';
import type { SiteSummary } from '../site/types.js';
import { englishReason, problemOf, type Problem, type Reason } from '../lang/problem.js';

/** Outcome of checking one file. */
export interface CheckResult {
  /** The file's messages, sorted by place (a fatal one when it failed). */
  file: VFile;
  report: FileReport;
  /** How the file failed, if it did: `io` (unreadable: exit 2) or `content` (e.g. invalid front matter: exit 1). */
  failure: 'io' | 'content' | null;
  /** True when there was no article text to assess (empty, or front matter only, as Hugo's `_index.md`). */
  skipped: boolean;
  /** What the site-level checks compare (absent for a failed or skipped file). */
  summary?: SiteSummary;
  /** A failed file's reason as data (`report.error` is its English), to be said in the run's language. */
  problem?: Problem;
}

/** Source of the messages the engine adds itself (the rules' messages carry the same). */
export const SOURCE = 'seo-rewrite';

/** A message of the engine's own (not a rule's). */
export function message(path: string, reason: string, ruleId: string, fatal: boolean | undefined, start?: { line: number; column: number }): VFileMessage {
  const m = new VFileMessage(reason, { ruleId, source: SOURCE, place: start });
  m.fatal = fatal;
  m.file = path;
  return m;
}

/** A failed file: an empty report with the reason, and one fatal message. */
export function failedCheck(path: string, why: Reason, failure: 'io' | 'content', ruleId = failure === 'io' ? 'read' : 'parse'): CheckResult {
  const reason = englishReason(why);
  const problem = problemOf(why);
  const file = new VFile({ path });
  file.messages.push(message(path, reason, ruleId, true));
  return { file, report: emptyReport(path, null, reason), failure, skipped: false, ...(problem ? { problem } : {}) };
}

/** A check result as plain data: what the cache stores and a worker thread hands back. */
export interface PlainCheckResult {
  report: FileReport;
  messages: PlainMessage[];
  failure: CheckResult['failure'];
  skipped: boolean;
  summary?: SiteSummary;
  problem?: Problem;
}

/** Plain data of a result. */
export function toPlainCheck(result: CheckResult): PlainCheckResult {
  const plain: PlainCheckResult = { report: result.report, messages: result.file.messages.map(toPlainMessage), failure: result.failure, skipped: result.skipped };
  if (result.summary) plain.summary = result.summary;
  if (result.problem) plain.problem = result.problem;
  return plain;
}

/** The result again, for `path`. Messages are rebuilt without stack traces (they never need one, and it is slow). */
export function fromPlainCheck(plain: PlainCheckResult, path: string): CheckResult {
  const file = new VFile({ path });
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const m of plain.messages) file.messages.push(fromPlainMessage(m, path));
  } finally {
    Error.stackTraceLimit = limit;
  }
  return { file, report: { ...plain.report, path }, failure: plain.failure, skipped: plain.skipped, ...(plain.summary ? { summary: plain.summary } : {}), ...(plain.problem ? { problem: plain.problem } : {}) };
}

/** Where the cache lives when `--cache-location` is not given (relative to the working folder). */
export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'seo-rewrite', 'check.json');
/** File name used when `--cache-location` names a folder. */
const CACHE_FILE = 'check.json';
/** Bumped when the stored shape changes (4: reports carry highlights, messages their language and fix hints; and the site summary). */
const FORMAT = 4;
/** Largest cache file read (about 10 KB an entry: room for tens of thousands of files). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, Entry | unknown>;
}

/** Resolves `--cache-location` (a file, or a folder when it ends with a slash or exists as one). */
export async function cachePath(cwd: string, location: string | undefined): Promise<string> {
  if (!location) return resolve(cwd, DEFAULT_CACHE_LOCATION);
  const absolute = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(absolute, CACHE_FILE);
  try {
    if ((await stat(absolute)).isDirectory()) return join(absolute, CACHE_FILE);
  } catch {
    // Not there yet: a file path.
  }
  return absolute;
}

/** The entries of a cache document parsed whole, when its format and version are these. */
function acceptFor(version: string): (data: unknown) => Record<string, unknown> | null {
  return (value) => {
    const data = value as Partial<CacheFile> | null;
    const ok = data && data.format === FORMAT && data.version === version && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries);
    return ok ? (data.entries as Record<string, unknown>) : null;
  };
}

/** Cached check results of one run. */
export class CheckCache {
  readonly #path: string;
  readonly #version: string;
  /** Entries as read (unverified until looked up) or set in this run: on disk, see `cache-store.ts`. */
  readonly #store: CacheStore;
  #dirty = false;
  /** Paths looked up in this run (their entries are kept on save). */
  readonly #seen = new Set<string>();

  private constructor(path: string, version: string, store: CacheStore) {
    this.#path = path;
    this.#version = version;
    this.#store = store;
  }

  /** Opens the cache at `path` for `version` of the tool; anything unusable gives an empty cache. */
  static async open(path: string, version: string): Promise<CheckCache> {
    return new CheckCache(path, version, CacheStore.open(path, FORMAT, version, MAX_CACHE_BYTES, acceptFor(version)));
  }

  /** Where the cache is stored. */
  get path(): string {
    return this.#path;
  }

  /** The key of a file's result: its bytes, the tool version and the effective configuration's hash. */
  key(bytes: Uint8Array, configHash: string): string {
    return createHash('sha256').update(`${FORMAT}\0${this.#version}\0${configHash}\0`).update(bytes).digest('hex');
  }

  /** The cached result for `path` under `key`, or undefined. */
  get(path: string, key: string): CheckResult | undefined {
    this.#seen.add(path);
    const result = openEntry(this.#store.get(path), key);
    if (!result) return undefined;
    try {
      return fromPlainCheck(result, path);
    } catch {
      return undefined;
    }
  }

  /** Stores a result (I/O failures are never stored: they are not a function of the content). */
  set(path: string, key: string, result: CheckResult | PlainCheckResult): void {
    this.#seen.add(path);
    if (result.failure === 'io') return;
    this.#store.set(path, sealEntry(key, 'file' in result ? toPlainCheck(result) : result));
    this.#dirty = true;
  }

  /**
   * Writes the cache if it changed, dropping entries of files that no longer exist, and lets go of the files it
   * holds open (the cache is not used after). Throws on write errors.
   */
  async save(cwd: string): Promise<void> {
    try {
      for (const path of this.#store.paths()) {
        if (this.#seen.has(path)) continue;
        try {
          await access(resolve(cwd, path));
        } catch {
          this.#store.delete(path);
          this.#dirty = true;
        }
      }
      if (!this.#dirty) return;
      this.#store.save(this.#path, FORMAT, this.#version);
      this.#dirty = false;
    } finally {
      this.close();
    }
  }

  /** Lets go of the files the cache holds open. */
  close(): void {
    this.#store.close();
  }
}
