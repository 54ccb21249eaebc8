/**
 * A worker thread of `bench/golden.ts`: rewrites its share of the articles and posts their records back. Plain
 * JavaScript that registers tsx itself: a worker does not inherit the `--import tsx` loader of the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runArticle } = await import('./run.ts');
/** @type {import('./sets.js').Article[]} */
const articles = workerData;
parentPort?.postMessage(articles.map((a) => ({ set: a.set, record: runArticle(a) })));
