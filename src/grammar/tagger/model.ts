/**
 * A trained tagger model and its file format. The file is a small JSON header followed by the model's lookup table
 * as it is used, so loading is reading the file and taking two typed-array views on it (no parsing, no building):
 *
 *   "SRTG" | u32 version | u32 table bits b | u32 weights m | u32 header length | header JSON (padded to 4 bytes)
 *   u32[2 × 2^b] open-addressing table: per slot, a feature hash and where its weights are (start × 32 + count;
 *                0 for an empty slot); a hash's first slot is (hash × 0x9e3779b1) >>> (32 − b), then linear probing
 *   i32[m]       the weights, each as quantised weight × 32 + class
 *
 * All numbers little-endian.
 */
import type { Scorer } from './decode.js';
import { FEATURE_SET, type AffixSpec } from './features.js';

const MAGIC = 'SRTG';
const VERSION = 2;
const FIB = 0x9e3779b1;

export interface ModelHeader {
  /** The class names, in the order of the class indices. */
  tags: string[];
  /** The version of the features the model was trained with (`FEATURE_SET`). */
  featureSet: number;
  /** The affixes the model was trained with. */
  affixes: AffixSpec;
  /** True when the model reads a sentence from its last token to its first (see `tagTexts`). */
  reverse: boolean;
  /** Quantisation: stored weight = round(real weight × scale). */
  scale: number;
  /**
   * Frequent words that nearly always had the same tag in training, by tag (as in Honnibal's tagger): tagged
   * without scoring, which is faster and as accurate.
   */
  known: Record<string, string[]>;
  /** Number of features kept (set by `encodeModel`). */
  features: number;
  /** Where the model came from (treebank files), for people reading the file. */
  source: string;
}

export class TaggerModel implements Scorer {
  readonly classes: number;
  /** Number of features kept. */
  readonly features: number;
  readonly known: ReadonlyMap<string, number>;
  private readonly shift: number;
  private readonly mask: number;

  constructor(
    readonly header: ModelHeader,
    private readonly table: Uint32Array,
    private readonly pairs: Int32Array,
  ) {
    this.classes = header.tags.length;
    const slots = table.length >>> 1;
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
    this.features = header.features;
    const known = new Map<string, number>();
    header.tags.forEach((tag, c) => {
      for (const word of header.known[tag] ?? []) known.set(word, c);
    });
    this.known = known;
  }

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    const table = this.table;
    const pairs = this.pairs;
    for (let j = 0; j < count; j++) {
      const hash = features[j] ?? 0;
      let slot = Math.imul(hash, FIB) >>> this.shift;
      let where = 0;
      for (;;) {
        where = table[2 * slot + 1] ?? 0;
        if (where === 0 || table[2 * slot] === hash) break;
        slot = (slot + 1) & this.mask;
      }
      if (where === 0) continue;
      const end = (where >>> 5) + (where & 31);
      for (let p = where >>> 5; p < end; p++) {
        const v = pairs[p] ?? 0;
        scores[v & 31] = (scores[v & 31] ?? 0) + (v >> 5);
      }
    }
  }
}

const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * Builds a model file from averaged weights (one row of `classes` weights per hash). Weights are quantised to 16
 * bits; a weight smaller than `minWeight` (in perceptron updates: 1 is one update's worth, averaged) is dropped, and
 * a feature with no weight left with it.
 */
export function encodeModel(
  header: Omit<ModelHeader, 'scale' | 'features'>,
  hashes: Uint32Array,
  weights: Float64Array,
  minWeight: number,
): Uint8Array {
  const k = header.tags.length;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? Math.floor(32767 / max) || 32767 / max : 1;
  // Features in hash order, so the table (and the file) does not depend on the order of training.
  const order = Array.from(hashes.keys()).sort((a, b) => (hashes[a] ?? 0) - (hashes[b] ?? 0));
  const keys: number[] = [];
  const starts: number[] = [];
  const pairs: number[] = [];
  for (const row of order) {
    const start = pairs.length;
    for (let c = 0; c < k; c++) {
      const w = weights[row * k + c] ?? 0;
      const v = Math.round(w * scale);
      if (v !== 0 && Math.abs(w) >= minWeight) pairs.push(v * 32 + c);
    }
    if (pairs.length === start) continue;
    if (keys.length > 0 && keys[keys.length - 1] === hashes[row]) throw new Error('duplicate feature hash');
    keys.push(hashes[row] ?? 0);
    starts.push(start);
  }
  // At most two thirds of the slots are used, so a lookup rarely probes more than one or two.
  let bits = 4;
  while (1 << bits < keys.length * 1.5) bits++;
  const slots = 1 << bits;
  const table = new Uint32Array(2 * slots);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? 0;
    let slot = Math.imul(key, FIB) >>> (32 - bits);
    while ((table[2 * slot + 1] ?? 0) !== 0) slot = (slot + 1) & (slots - 1);
    const start = starts[i] ?? 0;
    const end = starts[i + 1] ?? pairs.length;
    table[2 * slot] = key;
    table[2 * slot + 1] = start * 32 + (end - start);
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, scale, features: keys.length }));
  const at = 20 + pad4(json.length);
  const out = new Uint8Array(at + 4 * table.length + 4 * pairs.length);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, bits, true);
  view.setUint32(12, pairs.length, true);
  view.setUint32(16, json.length, true);
  out.fill(0x20, 20, at);
  out.set(json, 20);
  table.forEach((v, i) => view.setUint32(at + 4 * i, v, true));
  pairs.forEach((v, i) => view.setInt32(at + 4 * table.length + 4 * i, v, true));
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
  const bits = view.getUint32(8, true);
  const m = view.getUint32(12, true);
  const jsonLength = view.getUint32(16, true);
  const header = JSON.parse(new TextDecoder().decode(data.subarray(20, 20 + jsonLength))) as ModelHeader;
  if (header.featureSet !== FEATURE_SET) {
    throw new Error(`tagger model of feature set ${header.featureSet}, the code has ${FEATURE_SET}: run npm run train:tagger`);
  }
  const at = 20 + pad4(jsonLength);
  const slots = 2 ** bits;
  if (bits > 30 || data.byteLength !== at + 8 * slots + 4 * m) throw new Error('truncated tagger model');
  const table = new Uint32Array(data.buffer, data.byteOffset + at, 2 * slots);
  const pairs = new Int32Array(data.buffer, data.byteOffset + at + 8 * slots, m);
  return new TaggerModel(header, table, pairs);
}
