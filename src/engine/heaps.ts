/**
 * The heaps of the pool's workers (see `pool.ts`), apart so that the CLI can start a run's worker (`cli/early.ts`)
 * before it loads the pool.
 */

/**
 * Old-generation heap of a worker, in MB. A worker holds about 22 MB live (code, stem caches, the article at hand),
 * but one that is never idle gets no idle-time collection, and V8 then lets its heap grow well past that: uncapped,
 * the process grew from 230 MB at 1,000 files to 310 MB at 10,000. The cap keeps it flat. Too tight a cap costs
 * CPU: at 48 MB V8 ran near its limit in memory-saving mode and kept dropping and recompiling optimised code (2,189
 * optimisations on 5,278 files against 960 at 256 MB). Measured with `--jobs 2` on 20,000 files in 100-file
 * folders: 48 MB took 62 s (110 CPU-s) with a 267 MB peak; 56 MB takes 56 s (94 CPU-s), 282 MB; 64 MB 51 s, but
 * 302 MB, over the 300 MB the batch promises. An article too big for the cap is run again, alone, in a worker with
 * LARGE_HEAP_MB.
 */
export const WORKER_HEAP_MB = 56;

/**
 * Heap of the worker for one large file (a run of one file, or a file that ran out of WORKER_HEAP_MB). A cap, not
 * what a file uses: an article of 1 MB peaks well under 500 MB in all; a 5 MB one (the read limit is 50 MB) needed
 * about 450 MB of process memory and failed under a 320 MB heap when the machine was busy. With the main thread
 * (~80 MB) this keeps a one-file run under about 800 MB, which a few-GB CI runner has.
 */
export const LARGE_HEAP_MB = 640;
