#!/usr/bin/env node
/**
 * Editorial decisions under review: `npm run golden -- [--update] [--corpus DIR] [--sets a,b] [--show N] [--jobs N]`.
 *
 * Rewrites every dev article of the corpus (`../shared/corpus` next to the repo, or `--corpus`, or
 * `SEO_REWRITE_CORPUS`) as the CLI does and compares its decisions (focus, title and alternatives, headings,
 * description, slug, tags, scores) with `golden/<set>.jsonl`: one line per article, sorted by id, the decisions'
 * text where the licence allows it and a hash of each decision plus metrics elsewhere (see `golden/README.md`).
 * `--sets` runs only the sets named (`id-news,md-rust`) while working on them. Prints per set how many articles changed and which decisions, then the first `--show` changes (default 5).
 * Exit 0 when equal, 1 on a difference (CI fails), 2 when the corpus cannot be read. `--update` rewrites the files
 * and exits 0.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compareSet, detailLines, differs, parseGolden, summaryLine } from './golden/diff.js';
import { goldenFile, type GoldenRecord } from './golden/record.js';
import { runArticle } from './golden/run.js';
import { articlesOf, SETS, type Article, type GoldenSet } from './golden/sets.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldenDir = join(repo, 'golden');

interface Args {
  update: boolean;
  corpus: string;
  show: number;
  jobs: number;
  sets: readonly GoldenSet[];
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i < 0 ? undefined : argv[i + 1];
  };
  return {
    update: argv.includes('--update'),
    corpus: resolve(value('--corpus') ?? process.env.SEO_REWRITE_CORPUS ?? join(repo, '..', 'shared', 'corpus')),
    show: Number(value('--show') ?? 5),
    // Two threads halve the run on a 2-core CI runner; more rarely pay for their start-up (about 1 s each).
    jobs: Math.max(1, Number(value('--jobs') ?? Math.min(availableParallelism(), 4))),
    sets: SETS.filter((s) => value('--sets')?.split(',').includes(s.name) ?? true),
  };
}

interface Done {
  set: string;
  record: GoldenRecord;
}

/** Runs the articles on `jobs` worker threads (every `jobs`-th article each), or in this thread for one job. */
async function runAll(articles: Article[], jobs: number): Promise<Done[]> {
  if (jobs === 1) return articles.map((a) => ({ set: a.set, record: runArticle(a) }));
  const shares = Array.from({ length: jobs }, (_, j) => articles.filter((_a, i) => i % jobs === j));
  const url = new URL('./golden/worker.mjs', import.meta.url);
  const parts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Done[]>((done, fail) => {
          const worker = new Worker(url, { workerData: share });
          worker.once('message', (m: Done[]) => done(m));
          worker.once('error', fail);
          worker.once('exit', (code) => code !== 0 && fail(new Error(`a worker exited with code ${code}`)));
        }),
    ),
  );
  return parts.flat();
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpus)) {
    console.error(`golden: no corpus at ${args.corpus} (give --corpus DIR or SEO_REWRITE_CORPUS)`);
    return 2;
  }
  if (args.sets.length === 0) {
    console.error(`golden: --sets names none of ${SETS.map((s) => s.name).join(', ')}`);
    return 2;
  }
  const started = performance.now();
  const articles = (await Promise.all(args.sets.map((s) => articlesOf(args.corpus, s)))).flat();
  const done = await runAll(articles, args.jobs);
  let different = false;
  if (args.update) await mkdir(goldenDir, { recursive: true });
  for (const set of args.sets) {
    const text = goldenFile(done.filter((d) => d.set === set.name).map((d) => d.record));
    const path = join(goldenDir, `${set.name}.jsonl`);
    const stored = await readFile(path, 'utf8').catch(() => '');
    const diff = compareSet(parseGolden(stored), parseGolden(text));
    console.log(summaryLine(set.name, diff));
    for (const line of detailLines(diff, args.show)) console.log(line);
    if (differs(diff) || stored !== text) {
      different = true;
      if (args.update) await writeFile(path, text);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (args.update) console.log(`golden: ${articles.length} articles in ${seconds} s; ${different ? 'golden/ rewritten' : 'golden/ already up to date'}`);
  else if (different) console.log(`golden: ${articles.length} articles in ${seconds} s; decisions differ from golden/ (commit them with \`npm run golden -- --update\`)`);
  else console.log(`golden: ${articles.length} articles in ${seconds} s; every decision as stored`);
  return !args.update && different ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`golden: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
});
