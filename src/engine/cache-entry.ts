/**
 * A `check --cache` entry as stored: the result, the key it was made under, and a sha256 of both. On read an entry
 * is used only when it has the expected shape and its hash matches; a malformed or edited entry is ignored (the
 * file is analysed again and the entry rebuilt), never trusted: an edited entry once turned exit 1 into 0, or
 * crashed the run. The hash detects edits and corruption; it is no signature (anyone who can write the cache can
 * recompute it), so the shape is checked too, and nothing in an entry is ever executed.
 */
import { createHash } from 'node:crypto';
import type { PlainCheckResult } from './cache.js';
import { isSiteSummary } from '../site/validate.js';

/** One stored entry. */
export interface Entry {
  key: string;
  result: PlainCheckResult;
  /** sha256 of the key and the result's JSON. */
  sha256: string;
}

function digest(key: string, result: unknown): string {
  return createHash('sha256').update(key).update('\0').update(JSON.stringify(result) ?? '').digest('hex');
}

/** The entry to store for a result. */
export function sealEntry(key: string, result: PlainCheckResult): Entry {
  return { key, result, sha256: digest(key, result) };
}

function record(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plainResult(value: unknown): value is PlainCheckResult {
  if (!record(value) || !record(value.report) || !Array.isArray(value.messages)) return false;
  if (value.failure !== null && value.failure !== 'content') return false;
  if (typeof value.skipped !== 'boolean') return false;
  if (value.summary !== undefined && !isSiteSummary(value.summary)) return false;
  const report = value.report;
  if (!record(report.score) || typeof report.score.seo !== 'number' || typeof report.score.readability !== 'number') return false;
  return value.messages.every((m) => record(m) && typeof m.reason === 'string');
}

/** The entry's result when the entry is well formed, was made under `key` and its hash matches; else undefined. */
export function openEntry(entry: unknown, key: string): PlainCheckResult | undefined {
  if (!record(entry) || entry.key !== key || typeof entry.sha256 !== 'string') return undefined;
  if (!plainResult(entry.result)) return undefined;
  return digest(key, entry.result) === entry.sha256 ? entry.result : undefined;
}
