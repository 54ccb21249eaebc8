/** Timing and memory measures: statistics, timed child processes with their peak RSS (worker threads included). */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** @param {number[]} values @param {number} q 0–1 */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {number[]} values */
export const sum = (values) => values.reduce((a, b) => a + b, 0);

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME) && spawnSync(TIME, ['-v', 'true']).status === 0;

/**
 * @typedef Timed
 * @property {number} ms wall time
 * @property {number | null} peakMB peak resident memory of the process (threads included), in MB
 * @property {number | null} cpuMs user + system CPU time of the process (all threads), when GNU time is there
 * @property {number | null} code exit code
 * @property {string} stderr
 */

/** Peak RSS of a running process from /proc (fallback when GNU time is missing), polled. */
function pollPeak(pid) {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]));
    } catch {
      // gone
    }
  }, 20);
  return { stop: () => (clearInterval(timer), peak > 0 ? peak / 1024 : null) };
}

/**
 * Runs `node args…` in `cwd`, measuring wall time and peak RSS.
 * @param {string[]} args
 * @param {{cwd?: string, input?: string}} [options]
 * @returns {Promise<Timed>}
 */
export function timed(args, options = {}) {
  return new Promise((resolve, reject) => {
    const [cmd, argv] = hasTime ? [TIME, ['-v', process.execPath, ...args]] : [process.execPath, args];
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['pipe', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const poll = hasTime ? null : pollPeak(child.pid);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      const ms = performance.now() - start;
      let peakMB = poll ? poll.stop() : null;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (m) peakMB = Number(m[1]) / 1024;
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : null;
      resolve({ ms, peakMB, cpuMs, code, stderr: stderr.replace(/\n\tCommand being timed:[\s\S]*$/, '') });
    });
  });
}

/**
 * Median wall time of `runs` starts of `node args…` (after one unmeasured start that warms the disk cache).
 * @param {string[]} args
 * @param {number} runs
 * @param {string} cwd
 */
export function coldStart(args, runs, cwd) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Wall times of fresh processes of several commands, interleaved (A B C A B C …, after one unmeasured round that
 * warms the disk cache), so that every command meets the same moments of a busy machine: medians by name.
 * @param {Record<string, string[]>} commands node arguments by name
 * @param {number} runs measured runs of each
 * @param {string} cwd
 * @returns {Record<string, number>}
 */
export function interleavedStarts(commands, runs, cwd) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i <= runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
      if (i > 0) times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

/**
 * Times `fn` once per item after `warm` unmeasured calls on the first items; returns ms per item.
 * @template T
 * @param {T[]} items
 * @param {(item: T) => unknown} fn
 * @param {number} warm
 */
export function perItem(items, fn, warm) {
  for (const item of items.slice(0, warm)) fn(item);
  return items.map((item) => {
    const start = performance.now();
    fn(item);
    return performance.now() - start;
  });
}

/** The machine's 1-minute load average (other work skews every number). */
export function load() {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

/**
 * How much CPU `threads` threads get right now, relative to one: the same fixed pure-CPU loop run in one process
 * and then in `threads` processes at once (1.0: no parallelism to be had, `threads`: all of it). Other work on the
 * machine lowers it; it bounds any speed-up measured at the same time.
 * @param {number} threads
 */
export function parallelCapacity(threads) {
  const loop = 'let x = 0; for (let i = 0; i < 1.5e8; i++) x = (x + i * 7) % 1000003;';
  const script = `const { spawn } = require('node:child_process');
const n = Number(process.argv[1]); const s = Date.now(); let left = n;
for (let i = 0; i < n; i++) spawn(process.execPath, ['-e', ${JSON.stringify(loop)}]).on('close', () => { if (--left === 0) console.log(Date.now() - s); });`;
  const time = (n) => Number(spawnSync(process.execPath, ['-e', script, String(n)], { encoding: 'utf8' }).stdout);
  const one = time(1);
  return (threads * one) / time(threads);
}

/**
 * The control for the pool's speed-up: the library's rewrite() over the corpus in one process, then in `n`
 * processes on 1/n of it each, at the same moment. Its ratio is what this machine lets this workload gain now
 * (cores shared with other work, or whose caches are shared, give less than `n`).
 * @param {string} root the repository
 * @param {string} corpus
 * @param {number} n
 */
export function processControl(root, corpus, n) {
  const script = `const [part, parts] = process.argv.slice(1).map(Number);
const { rewrite } = await import(${JSON.stringify(`${root}/dist/pipeline/rewrite.js`)});
const { loadCorpus } = await import(${JSON.stringify(`${root}/bench/throughput/corpus.mjs`)});
for (const a of loadCorpus(${JSON.stringify(corpus)}).filter((_, i) => i % parts === part)) rewrite(a.text);`;
  const run = (parts) => `${Array.from({ length: parts }, (_, i) => `"$NODE" --input-type=module -e "$S" ${i} ${parts} &`).join(' ')} wait`;
  const time = (parts) => {
    const start = performance.now();
    const r = spawnSync('sh', ['-c', run(parts)], { env: { ...process.env, S: script, NODE: process.execPath }, stdio: 'ignore' });
    if (r.status !== 0) throw new Error('control run failed');
    return performance.now() - start;
  };
  return time(1) / time(n);
}
