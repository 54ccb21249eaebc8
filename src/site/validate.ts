/**
 * Shape checks of a site summary read back from outside (a `check --cache` entry, a `--jsonl` record): a summary
 * that is not exactly the expected shape is not used.
 */
import type { SiteImage, SiteKeyphrase, SiteLink, SiteSummary } from './types.js';

function record(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function point(value: Record<string, unknown>): boolean {
  return Number.isInteger(value.line) && Number.isInteger(value.column);
}

function isLink(value: unknown): value is SiteLink {
  return record(value) && typeof value.url === 'string' && point(value);
}

function isImage(value: unknown): value is SiteImage {
  return record(value) && typeof value.src === 'string' && typeof value.alt === 'string' && point(value);
}

function isKeyphrase(value: unknown): value is SiteKeyphrase {
  return record(value) && typeof value.stem === 'string' && typeof value.score === 'number' && typeof value.entity === 'boolean' && typeof value.anchor === 'string' && point(value);
}

function isRanges(value: unknown): boolean {
  return Array.isArray(value) && value.every((r) => Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]));
}

/** True when `value` is a well-formed site summary. */
export function isSiteSummary(value: unknown): value is SiteSummary {
  if (!record(value)) return false;
  for (const key of ['title', 'description', 'slug', 'focus', 'lang'] as const) if (typeof value[key] !== 'string') return false;
  if (value.date !== undefined && typeof value.date !== 'string') return false;
  if (!record(value.lines) || !Object.values(value.lines).every((l) => Number.isInteger(l))) return false;
  if (!Array.isArray(value.links) || !value.links.every(isLink)) return false;
  if (!Array.isArray(value.images) || !value.images.every(isImage)) return false;
  if (value.off !== undefined && !(record(value.off) && Object.values(value.off).every(isRanges))) return false;
  return value.keyphrases === undefined || (Array.isArray(value.keyphrases) && value.keyphrases.every(isKeyphrase));
}
