/**
 * `seo-rewrite site <results.jsonl…>`: the site-level checks over the results of sharded `--jsonl` runs. Each result
 * line carries its output's site summary (`site`); the lines of every shard are read (in the order given, a record
 * id once: the last line wins) and compared as one site, with each rule at its default level. Exit 0 (the findings
 * are warnings), 2 for usage and I/O errors.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { formatSiteJson, formatSiteStylish } from '../../report/site.js';
import { siteCheck, type SiteFile } from '../../site/index.js';
import { isSiteSummary } from '../../site/validate.js';
import { EXIT, printError, type CliIO } from '../io.js';

export interface SiteCliOptions {
  format: 'stylish' | 'json';
  permalink?: string;
  root?: string;
}

async function readRecords(input: Readable, name: string, files: Map<string, SiteFile>, io: CliIO): Promise<void> {
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      printError(io, name, `line ${line}: not JSON; skipped`);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const record = value as { id?: unknown; site?: unknown };
    if (typeof record.id !== 'string' && typeof record.id !== 'number') continue;
    const id = String(record.id);
    files.delete(id);
    files.set(id, isSiteSummary(record.site) ? { path: id, summary: record.site } : { path: id });
  }
}

/** Runs `site`; resolves to the exit code. */
export async function runSite(inputs: string[], options: SiteCliOptions, io: CliIO): Promise<number> {
  if (inputs.length === 0) {
    printError(io, null, "no input: give the --jsonl result files of the shards ('-' for stdin)");
    return EXIT.error;
  }
  const files = new Map<string, SiteFile>();
  for (const input of inputs) {
    const stream = input === '-' ? io.stdin : createReadStream(resolve(io.cwd, input));
    try {
      await readRecords(stream, input, files, io);
    } catch (error) {
      printError(io, input, error instanceof Error ? error.message : String(error));
      return EXIT.error;
    }
  }
  const all = [...files.values()];
  const outcome = siteCheck(all, { permalink: options.permalink, root: options.root });
  const ids = all.map((f) => f.path);
  io.stdout.write(options.format === 'json' ? formatSiteJson(ids, outcome) : formatSiteStylish(ids, outcome));
  return EXIT.ok;
}
