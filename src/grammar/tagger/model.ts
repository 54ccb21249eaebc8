/**
 * A trained tagger model and its file format. The file is a small JSON header followed by typed arrays, so loading
 * is reading the file and taking views on it:
 *
 *   "SRTG" | u32 version | u32 features n | u32 weights m | u32 header length | header JSON (padded to 4 bytes)
 *   u32[n] feature hashes, ascending | u8[n] weights per feature (padded to 4)
 *   u8[m] class of each weight (padded to 4) | i16[m] weight (quantised: real weight × header.scale)
 *
 * All numbers little-endian.
 */
import type { Scorer } from './decode.js';
import type { AffixSpec } from './features.js';

const MAGIC = 'SRTG';
const VERSION = 1;

export interface ModelHeader {
  /** The class names, in the order of the class indices. */
  tags: string[];
  /** The affixes the model was trained with. */
  affixes: AffixSpec;
  /** Quantisation: stored weight = round(real weight × scale). */
  scale: number;
  /** Where the model came from (treebank files), for people reading the file. */
  source: string;
}

export class TaggerModel implements Scorer {
  readonly classes: number;
  /** Start of the weights of feature `i` in `cls`/`weight`; `starts[n]` is their count. */
  private readonly starts: Uint32Array;
  /** First feature whose hash has a given top 16 bits (so a lookup searches a small range). */
  private readonly buckets: Uint32Array;

  constructor(
    readonly header: ModelHeader,
    private readonly keys: Uint32Array,
    counts: Uint8Array,
    private readonly cls: Uint8Array,
    private readonly weight: Int16Array,
  ) {
    this.classes = header.tags.length;
    this.starts = new Uint32Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) this.starts[i + 1] = (this.starts[i] ?? 0) + (counts[i] ?? 0);
    this.buckets = new Uint32Array(65537);
    let f = 0;
    for (let b = 0; b <= 65536; b++) {
      while (f < keys.length && (keys[f] ?? 0) >>> 16 < b) f++;
      this.buckets[b] = f;
    }
  }

  /** Number of features kept. */
  get features(): number {
    return this.keys.length;
  }

  private find(hash: number): number {
    let lo = this.buckets[hash >>> 16] ?? 0;
    let hi = this.buckets[(hash >>> 16) + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const key = this.keys[mid] ?? 0;
      if (key === hash) return mid;
      if (key < hash) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    for (let j = 0; j < count; j++) {
      const i = this.find(features[j] ?? 0);
      if (i < 0) continue;
      const end = this.starts[i + 1] ?? 0;
      for (let p = this.starts[i] ?? 0; p < end; p++) {
        const c = this.cls[p] ?? 0;
        scores[c] = (scores[c] ?? 0) + (this.weight[p] ?? 0);
      }
    }
  }
}

const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * Builds a model file from averaged weights (one row of `classes` weights per hash). Weights are quantised to 16
 * bits; a weight under `minWeight` (in quantised units) is dropped, and a feature with no weight left with it.
 */
export function encodeModel(
  header: Omit<ModelHeader, 'scale'>,
  hashes: Uint32Array,
  weights: Float64Array,
  minWeight: number,
): Uint8Array {
  const k = header.tags.length;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? Math.floor(32767 / max) || 32767 / max : 1;
  const order = Array.from(hashes.keys()).sort((a, b) => (hashes[a] ?? 0) - (hashes[b] ?? 0));
  const keys: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const q: number[] = [];
  for (const row of order) {
    let kept = 0;
    for (let c = 0; c < k; c++) {
      const v = Math.round((weights[row * k + c] ?? 0) * scale);
      if (Math.abs(v) < Math.max(1, minWeight)) continue;
      cls.push(c);
      q.push(v);
      kept++;
    }
    if (kept === 0) continue;
    if (keys.length > 0 && keys[keys.length - 1] === hashes[row]) throw new Error('duplicate feature hash');
    keys.push(hashes[row] ?? 0);
    counts.push(kept);
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, scale }));
  const n = keys.length;
  const m = q.length;
  const size = 20 + pad4(json.length) + 4 * n + pad4(n) + pad4(m) + 2 * m;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, n, true);
  view.setUint32(12, m, true);
  view.setUint32(16, json.length, true);
  out.fill(0x20, 20, 20 + pad4(json.length));
  out.set(json, 20);
  let at = 20 + pad4(json.length);
  for (const key of keys) {
    view.setUint32(at, key, true);
    at += 4;
  }
  out.set(counts, at);
  at += pad4(n);
  out.set(cls, at);
  at += pad4(m);
  for (const v of q) {
    view.setInt16(at, v, true);
    at += 2;
  }
  return out;
}

/** Reads a model file (as written by `encodeModel`). */
export function decodeModel(bytes: Uint8Array): TaggerModel {
  // Typed-array views need aligned offsets: copy the odd buffer whose data does not start on 4 bytes.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (new TextDecoder().decode(data.subarray(0, 4)) !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw new Error('not a tagger model (or an unknown version)');
  }
  const n = view.getUint32(8, true);
  const m = view.getUint32(12, true);
  const jsonLength = view.getUint32(16, true);
  const header = JSON.parse(new TextDecoder().decode(data.subarray(20, 20 + jsonLength))) as ModelHeader;
  let at = 20 + pad4(jsonLength);
  if (data.byteLength !== at + 4 * n + pad4(n) + pad4(m) + 2 * m) throw new Error('truncated tagger model');
  const keys = new Uint32Array(data.buffer, data.byteOffset + at, n);
  at += 4 * n;
  const counts = new Uint8Array(data.buffer, data.byteOffset + at, n);
  at += pad4(n);
  const cls = new Uint8Array(data.buffer, data.byteOffset + at, m);
  at += pad4(m);
  const weight = new Int16Array(data.buffer, data.byteOffset + at, m);
  return new TaggerModel(header, keys, counts, cls, weight);
}
