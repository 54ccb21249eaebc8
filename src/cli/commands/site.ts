/**
 * `seo-rewrite site <results.jsonl…>`: the site-level checks over the results of sharded `--jsonl` runs. Each result
 * line carries its output's site summary (`site`); the lines of every shard are read (in the order given, a record
 * id once: the last line wins) and compared as one site, each rule at the level the configuration gives it (the
 * project's `seo-rewrite.config.*` as `check` finds it for a file at the record's id, or `-c FILE`), else its
 * default. Exit 0 (the findings are warnings), 2 for usage, configuration and I/O errors.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { rules } from '../../assess/index.js';
import { ConfigError, ConfigResolver, type ResolvedConfig } from '../../config/index.js';
import { formatSiteJson, formatSiteStylish } from '../../report/site.js';
import { SITE_RULE_IDS, siteCheck, type SiteFile, type SiteLevel, type SiteRuleId } from '../../site/index.js';
import { levelOf } from '../../site/rules.js';
import { isSiteSummary } from '../../site/validate.js';
import { EXIT, printError, type CliIO } from '../io.js';

export interface SiteCliOptions {
  format: 'stylish' | 'json';
  permalink?: string;
  root?: string;
  /** `-c FILE`: this configuration for every record, instead of the one found from the working directory. */
  config?: string;
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
  // Each record's configuration, as `check` would find it for a file at its id (the project's, for ids that are no
  // files of it: a JSONL record's).
  const resolver = new ConfigResolver({ cwd: io.cwd, ruleIds: [...rules.map((r) => r.id), ...SITE_RULE_IDS], configFile: options.config });
  const configs = new Map<string, ResolvedConfig>();
  try {
    for (const f of all) configs.set(f.path, await resolver.forFile(resolve(io.cwd, f.path)));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    printError(io, null, error.message);
    return EXIT.error;
  }
  const level = (path: string, id: SiteRuleId): SiteLevel => levelOf(id, configs.get(path)?.rules[id]);
  const outcome = siteCheck(all, { permalink: options.permalink, root: options.root, level });
  const ids = all.map((f) => f.path);
  io.stdout.write(options.format === 'json' ? formatSiteJson(ids, outcome) : formatSiteStylish(ids, outcome));
  return EXIT.ok;
}
