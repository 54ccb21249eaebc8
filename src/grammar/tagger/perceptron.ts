/**
 * The averaged perceptron (Collins 2002; as in Honnibal's "A good part-of-speech tagger in about 200 lines"): on a
 * mistake, the features of the token vote up the right tag and down the guessed one; the model keeps the average of
 * every weight over all updates, with lazy bookkeeping so that an update costs only the weights it touches.
 */
import type { Scorer } from './decode.js';

export class AveragedPerceptron implements Scorer {
  readonly classes: number;
  known?: ReadonlyMap<string, number>;
  /** Feature hash → row. Rows are added in the order features are first updated (deterministic). */
  private readonly rows = new Map<number, number>();
  private weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  /** Number of tokens seen so far (the averaging clock). */
  private now = 0;

  constructor(classes: number) {
    this.classes = classes;
    this.weights = new Float64Array(1024 * classes);
    this.totals = new Float64Array(1024 * classes);
    this.stamps = new Float64Array(1024 * classes);
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const k = this.classes;
    for (let j = 0; j < count; j++) {
      const row = this.rows.get(features[j] ?? 0);
      if (row === undefined) continue;
      const base = row * k;
      for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + (this.weights[base + c] ?? 0);
    }
  }

  /** Counts one token; on a wrong guess moves the weights of its features towards `truth`. */
  update(features: Uint32Array, count: number, truth: number, guess: number): void {
    this.now++;
    if (truth === guess) return;
    for (let j = 0; j < count; j++) {
      const base = this.row(features[j] ?? 0) * this.classes;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  private bump(cell: number, delta: number): void {
    this.totals[cell] = (this.totals[cell] ?? 0) + (this.now - (this.stamps[cell] ?? 0)) * (this.weights[cell] ?? 0);
    this.stamps[cell] = this.now;
    this.weights[cell] = (this.weights[cell] ?? 0) + delta;
  }

  private row(hash: number): number {
    let row = this.rows.get(hash);
    if (row !== undefined) return row;
    row = this.rows.size;
    this.rows.set(hash, row);
    const need = (row + 1) * this.classes;
    if (need > this.weights.length) {
      const grow = (a: Float64Array): Float64Array => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.weights = grow(this.weights);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    return row;
  }

  /** The averaged weights, one row per feature hash (in first-update order). */
  averaged(): { hashes: Uint32Array; weights: Float64Array } {
    const k = this.classes;
    const hashes = new Uint32Array(this.rows.size);
    const weights = new Float64Array(this.rows.size * k);
    const now = Math.max(1, this.now);
    for (const [hash, row] of this.rows) {
      hashes[row] = hash;
      for (let c = 0; c < k; c++) {
        const cell = row * k + c;
        const total = (this.totals[cell] ?? 0) + (now - (this.stamps[cell] ?? 0)) * (this.weights[cell] ?? 0);
        weights[cell] = total / now;
      }
    }
    return { hashes, weights };
  }
}
