/**
 * The file every worker thread of a bounded pool (`bounded.ts`) runs: it loads one task module (`worker`, the
 * rewrite, or `check`) and runs the tasks it is sent one at a time, saying when each starts, so that the main
 * thread times the task itself and not its wait in the queue. CommonJS, and the ES modules through `import()` only
 * (bundled when built: `bundled.cts`), as piscina's entries were: on Node 20 a `require()` of an ES module racing
 * with an `import()` of it can fail.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bundledOr } from './bundled.cjs';

type Work = (task: unknown) => unknown;

/** A message from the main thread: a task to run. */
interface Request {
  id: number;
  task: unknown;
}

const data = workerData as { module?: unknown; cache?: unknown } | null;
const name = data?.module === 'check' ? 'check' : 'worker';
const variant = typeof data?.cache === 'string' ? data.cache : undefined;
const work: Promise<Work> =
  name === 'check'
    ? bundledOr('check', () => import('./check.js'), variant).then((m) => m.default as Work)
    : bundledOr('worker', () => import('./worker.js'), variant).then((m) => m.default as Work);

let chain: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: Request) => {
  chain = chain.then(async () => {
    const fn = await work;
    parentPort?.postMessage({ id: request.id, started: true });
    try {
      parentPort?.postMessage({ id: request.id, result: await fn(request.task) });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
