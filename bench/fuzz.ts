/**
 * `npm run fuzz`: the fuzzing suite of issue 18 at full size, through the real engine: every case is rewritten and
 * checked in the bounded workers with the CLI's budgets (10 s, 56 MB heap per worker, a retry at 320 MB). Prints
 * the crashes (internal errors), the budget failures, the slowest ten cases and the peak memory of the process.
 *
 *   npm run fuzz -- [--runs 10000] [--seed 18] [--jobs 2] [--scale 1]
 *
 * Case i is made from seed + i: `--runs 1 --seed S+i` runs it again alone.
 *
 * Needs the build (`npm run build`): the workers run `dist/`.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { BoundedPool } from '../src/engine/bounded.js';
import { builtEngineFile } from '../src/engine/built.js';
import type { CheckTask } from '../src/engine/check.js';
import type { PlainCheckResult } from '../src/engine/cache.js';
import { budgetFor } from '../src/engine/pool.js';
import { englishReason } from '../src/lang/problem.js';
import type { TaskResult } from '../src/engine/result.js';
import type { Task } from '../src/engine/task.js';
import { fuzzCase, type FuzzCase } from '../tests/fuzz/arbitraries.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '18' }, jobs: { type: 'string', default: '2' }, scale: { type: 'string', default: '1' } } });
const runs = Number(values.runs);
const seed = Number(values.seed);
const jobs = Number(values.jobs);
const entry = builtEngineFile('bounded-entry.cjs');
if (!entry) throw new Error("not built: run 'npm run build'");

/** What came of one case in one engine. */
interface Outcome {
  index: number;
  engine: 'rewrite' | 'check';
  shape: string;
  bytes: number;
  ms: number;
  error: string | null;
}

const budget = budgetFor(2);
// One task per worker at a time, `jobs` in flight: a case's time is its own, not its wait in a queue.
const rewrite = new BoundedPool<Task, TaskResult>({ entry, module: 'worker', threads: jobs, perWorker: 1, budget, failed: (task, reason) => failedRewrite(task.path, englishReason(reason)), interrupted: (task) => failedRewrite(task.path, 'interrupted') });
const check = new BoundedPool<CheckTask, PlainCheckResult>({ entry, module: 'check', threads: jobs, perWorker: 1, budget, failed: (task, reason) => failedCheck(englishReason(reason)), interrupted: () => failedCheck('interrupted') });

function failedRewrite(path: string, reason: string): TaskResult {
  return { status: 'failed', report: { error: reason } as TaskResult['report'], messages: [], changes: [], warnings: [], sourceHash: null };
}
function failedCheck(reason: string): PlainCheckResult {
  return { report: { error: reason } as PlainCheckResult['report'], messages: [{ reason, ruleId: 'internal', fatal: true }], failure: 'content', skipped: false };
}

let peakRss = 0;
let peakAt = -1;
let current = 0;
const sampler = setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) [peakRss, peakAt] = [rss, current];
}, 50);

async function runCase(index: number, c: FuzzCase): Promise<Outcome[]> {
  const bytes = Buffer.byteLength(c.text);
  const format = c.path.endsWith('.md') ? 'markdown' : 'auto';
  let t = performance.now();
  const r = await rewrite.run({ path: c.path, text: c.text, rewrite: { format, ...(format === 'markdown' ? { path: c.path } : {}) }, output: null });
  const rewritten: Outcome = { index, engine: 'rewrite', shape: c.shape, bytes, ms: performance.now() - t, error: r.report.error };
  t = performance.now();
  const k = await check.run({ path: c.path, bytes: new TextEncoder().encode(c.text), settings: {} });
  const internal = k.messages.find((m) => m.ruleId === 'internal');
  const checked: Outcome = { index, engine: 'check', shape: c.shape, bytes, ms: performance.now() - t, error: internal?.reason ?? k.report.error };
  current = index;
  return [rewritten, checked];
}

const started = performance.now();
// Each case from its own seed, made when its turn comes: holding 10,000 cases (some of a megabyte) would be the
// peak memory measured.
const arbitrary = fuzzCase(Number(values.scale));
const caseAt = (index: number): FuzzCase => fc.sample(arbitrary, { numRuns: 1, seed: seed + index })[0] as FuzzCase;
const shapes = new Map<string, number>();
const outcomes: Outcome[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < runs) {
      const index = next++;
      const c = caseAt(index);
      shapes.set(c.shape, (shapes.get(c.shape) ?? 0) + 1);
      outcomes.push(...(await runCase(index, c)));
      if (outcomes.length % 2000 === 0) process.stderr.write(`${outcomes.length / 2} cases…\n`);
    }
  }),
);
clearInterval(sampler);
await Promise.all([rewrite.close(), check.close()]);

const kinds = (pattern: RegExp): Outcome[] => outcomes.filter((o) => o.error !== null && pattern.test(o.error));
const crashes = kinds(/internal error/);
const overTime = kinds(/took longer than/);
const overMemory = kinds(/MB of memory/);
const limits = kinds(/nested more than|a run of more than|delimiters/);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

console.log(`fuzz: ${runs} cases (seeds ${seed}…${seed + runs - 1}, scale ${values.scale}), each rewritten and checked, ${jobs} workers, budget ${budget.timeoutMs / 1000} s · ${budget.heapMb}/${budget.retryHeapMb} MB; ${seconds(performance.now() - started)}`);
console.log(`shapes: ${[...shapes].map(([s, n]) => `${s} ${n}`).join(', ')}`);
console.log(`crashes (internal errors): ${crashes.length}`);
for (const o of crashes.slice(0, 10)) console.log(`  #${o.index} ${o.engine} ${o.shape} (${o.bytes} B): ${o.error}`);
console.log(`over the time budget: ${overTime.length}   over the memory budget: ${overMemory.length}   refused by the Markdown limits: ${limits.length}`);
for (const o of [...overTime, ...overMemory].slice(0, 10)) console.log(`  #${o.index} ${o.engine} ${o.shape} (${o.bytes} B): ${o.error}`);
console.log('slowest ten:');
for (const o of [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 10)) {
  console.log(`  ${seconds(o.ms).padStart(8)}  #${o.index} ${o.engine} ${o.shape} (${o.bytes.toLocaleString('en')} B)${o.error ? `: ${o.error}` : ''}`);
}
console.log(`peak memory (process RSS, workers included): ${Math.round(peakRss / 2 ** 20)} MB (near case #${peakAt}); max RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
process.exitCode = crashes.length > 0 ? 1 : 0;
