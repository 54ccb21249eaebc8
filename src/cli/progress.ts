/**
 * The progress bar of a batch (cli-progress) on stderr: count, rate and ETA. Shown only when stderr is a
 * terminal, not with `--quiet`, and for more than one file; otherwise every method does nothing. Other output to
 * the same terminal goes through `write`, which clears the bar's line first (the bar redraws on its next frame).
 */
import { clearLine, cursorTo } from 'node:readline';
import type { Writable } from 'node:stream';
import type { CliIO } from './io.js';

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

function rate(done: number, started: number): string {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? (done / seconds).toFixed(1) : '0.0';
}

/** A progress bar for `total` files, or a silent one when `enabled` is false (cli-progress is then not loaded). */
export async function createProgress(io: CliIO, total: number, enabled: boolean): Promise<Progress> {
  if (!enabled) return silent;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  const multi = new cliProgress.MultiBar(
    {
      stream: io.stderr,
      format: ' {bar} {percentage}% | {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
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
  const bar = multi.create(total, 0, { rate: '0.0' });
  let done = 0;
  let stopped = false;
  return {
    tick() {
      done += 1;
      bar.update(done, { rate: rate(done, started) });
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
