/**
 * The progress bar of a batch (cli-progress) on stderr: count, rate and ETA. Shown only when stderr is a
 * terminal, not with `--quiet`, and for more than one file; otherwise every method does nothing. Other output to
 * the same terminal goes through `write`, which clears the bar's line first (the bar redraws on its next frame). Its
 * words are the run's, looked up at each frame (the language is known once files are read).
 */
import { clearLine, cursorTo } from 'node:readline';
import type { Writable } from 'node:stream';
import type { CliIO } from './io.js';
import type { DiagnosticWords } from '../lang/diagnostic-words.js';

/** A batch's progress display (or a silent stand-in). */
export interface Progress {
  /** One more file finished. */
  tick(): void;
  /** Writes `text` to `stream` without garbling the bar. */
  write(stream: Writable, text: string): boolean;
  /** Removes the bar (call once, at the end). */
  stop(): void;
}

const silent: Progress = {
  tick: () => undefined,
  write: (stream, text) => stream.write(text),
  stop: () => undefined,
};

/** Whether a run shows a bar: stderr is a terminal, not quiet, several files. */
export function showsProgress(io: CliIO, quiet: boolean, total: number): boolean {
  return io.stderr.isTTY === true && !quiet && total > 1;
}

function rate(done: number, started: number): number {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

/** The bar's words for `done` files so far. */
function payload(words: DiagnosticWords['progress'], done: number, started: number): { files: string; rate: string; etaLabel: string } {
  return { files: words.files, rate: words.rate(rate(done, started)), etaLabel: words.eta };
}

/**
 * A progress bar for `total` files in the run's `words`, or a silent one when `enabled` is false (cli-progress is
 * then not loaded).
 */
export async function createProgress(io: CliIO, total: number, enabled: boolean, words: () => DiagnosticWords['progress']): Promise<Progress> {
  if (!enabled) return silent;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  const multi = new cliProgress.MultiBar(
    {
      stream: io.stderr,
      format: ' {bar} {percentage}% | {value}/{total} {files} | {rate} | {etaLabel} {eta_formatted}',
      barsize: 24,
      fps: 8,
      etaBuffer: 64,
      forceRedraw: true,
      clearOnComplete: true,
      hideCursor: null,
      linewrap: null,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, payload(words(), 0, started));
  let done = 0;
  let stopped = false;
  return {
    tick() {
      done += 1;
      bar.update(done, payload(words(), done, started));
    },
    write(stream, text) {
      if (!stopped && (stream === io.stderr || (stream as { isTTY?: boolean }).isTTY === true)) {
        cursorTo(io.stderr, 0);
        clearLine(io.stderr, 0);
      }
      return stream.write(text);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
    },
  };
}
