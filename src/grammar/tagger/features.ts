/**
 * Feature extraction of the tagger. Static features depend on the words only (the word, its affixes and shape, the
 * words around it) and are computed once per sentence; dynamic features depend on the tags already chosen to the
 * left. Every feature is a 32-bit hash (see `hash.ts`).
 */
import { hashString, mix } from './hash.js';

/**
 * Language-specific affixes that become features of their own (the generic prefixes and suffixes of up to four
 * letters are always there). Kept in the model, so that a model always reads words the way it was trained.
 */
export interface AffixSpec {
  /** Clitics that may end a word (`nya`, `lah`): the word without one is a feature, with its suffixes. */
  clitics?: readonly string[];
  /** Prefixes (`meng`, `di`, `ber`): a match leaving at least three letters is a feature. */
  prefixes?: readonly string[];
  /** Suffixes (`kan`, `an`, `i`), tested on the word without its clitic. */
  suffixes?: readonly string[];
  /** Circumfixes as `prefix-suffix` (`ke-an`, `pe-an`). */
  circumfixes?: readonly string[];
}

const seed = (name: string): number => hashString(`${name}\u0000`);
const T = {
  bias: seed('bias'),
  word: seed('w'),
  cap: seed('cap'),
  shape: seed('shape'),
  suffix: [seed('s1'), seed('s2'), seed('s3'), seed('s4')],
  prefix: [seed('p1'), seed('p2'), seed('p3')],
  prev: seed('w-1'),
  prev2: seed('w-2'),
  next: seed('w+1'),
  next2: seed('w+2'),
  prevSuffix: seed('s3-1'),
  nextSuffix: seed('s3+1'),
  clitic: seed('clitic'),
  stem: seed('stem'),
  stemSuffix: seed('stem-s3'),
  affix: seed('affix'),
  tag1: seed('t-1'),
  tag2: seed('t-2'),
  tag12: seed('t-1 t-2'),
  tag1Word: seed('t-1 w'),
  tag1Next: seed('t-1 w+1'),
  prevWord: seed('w-1 w'),
  wordNext: seed('w w+1'),
} as const;

/** The form a word is known by: lowercase, or a shape for anything with a digit (`5.000` → `!d.ddd`). */
export function normalise(text: string): string {
  if (/\p{N}/u.test(text)) return `!${shape(text, 4)}`;
  return text.toLowerCase();
}

/** Character classes (`X`, `x`, `d`, others as written), runs longer than `keep` cut to `keep`. */
export function shape(text: string, keep = 3): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= keep) out += c;
  }
  return out;
}

function capitalisation(text: string): string {
  const first = text[0] ?? '';
  if (/\p{Lu}/u.test(first)) return /\p{Ll}/u.test(text) ? 'U' : text.length > 1 ? 'A' : 'U1';
  if (/\p{Ll}/u.test(first)) return 'L';
  if (/\p{N}/u.test(first)) return 'N';
  return 'O';
}

function affixFeatures(lower: string, spec: AffixSpec, out: number[]): void {
  let stem = lower;
  for (const clitic of spec.clitics ?? []) {
    if (lower.length >= clitic.length + 3 && lower.endsWith(clitic)) {
      stem = lower.slice(0, -clitic.length);
      out.push(hashString(clitic, T.clitic), hashString(stem, T.stem));
      if (stem.length > 3) out.push(hashString(stem.slice(-3), T.stemSuffix));
      break;
    }
  }
  for (const p of spec.prefixes ?? []) {
    if (stem.length >= p.length + 3 && stem.startsWith(p)) out.push(hashString(`${p}-`, T.affix));
  }
  for (const s of spec.suffixes ?? []) {
    if (stem.length >= s.length + 3 && stem.endsWith(s)) out.push(hashString(`-${s}`, T.affix));
  }
  for (const c of spec.circumfixes ?? []) {
    const [p = '', s = ''] = c.split('-');
    if (stem.length >= p.length + s.length + 2 && stem.startsWith(p) && stem.endsWith(s)) out.push(hashString(c, T.affix));
  }
}

/** What the dynamic features need of a sentence besides its tags: the hash of each normalised word. */
export interface SentenceFeatures {
  /** Static features of token `i`: `hashes[offsets[i]]` up to `hashes[offsets[i + 1]]`. */
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** Hash of each token's normalised form (and of the one after it), for the tag-and-word features. */
  words: Uint32Array;
}

/** Static features of every token of a sentence (token texts in order). */
export function sentenceFeatures(texts: readonly string[], spec: AffixSpec): SentenceFeatures {
  const n = texts.length;
  const norm = texts.map(normalise);
  const lower = texts.map((t) => t.toLowerCase());
  const at = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (norm[i] ?? ''));
  const suffix3 = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (lower[i] ?? '').slice(-3));
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const words = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const text = texts[i] ?? '';
    const low = lower[i] ?? '';
    const w = at(i);
    words[i] = hashString(w);
    out.push(T.bias, hashString(w, T.word), hashString(`${capitalisation(text)}${i === 0 ? '^' : ''}`, T.cap));
    out.push(hashString(shape(text), T.shape));
    for (let k = 1; k <= 4; k++) {
      if (low.length > k) out.push(hashString(low.slice(-k), T.suffix[k - 1] ?? 0));
    }
    for (let k = 1; k <= 3; k++) {
      if (low.length > k) out.push(hashString(low.slice(0, k), T.prefix[k - 1] ?? 0));
    }
    out.push(hashString(at(i - 1), T.prev), hashString(at(i - 2), T.prev2));
    out.push(hashString(at(i + 1), T.next), hashString(at(i + 2), T.next2));
    out.push(hashString(suffix3(i - 1), T.prevSuffix), hashString(suffix3(i + 1), T.nextSuffix));
    out.push(hashString(`${at(i - 1)} ${w}`, T.prevWord), hashString(`${w} ${at(i + 1)}`, T.wordNext));
    affixFeatures(low, spec, out);
  }
  offsets[n] = out.length;
  words[n] = hashString('</s>');
  return { hashes: Uint32Array.from(out), offsets, words };
}

/** Number of dynamic features `dynamicFeatures` writes. */
export const DYNAMIC_FEATURES = 5;

/**
 * Writes the features of token `i` that depend on the two tags before it (`-1` before the sentence) into `out` from
 * index `at`.
 */
export function dynamicFeatures(f: SentenceFeatures, i: number, tag1: number, tag2: number, out: Uint32Array, at: number): void {
  out[at] = mix(T.tag1, tag1);
  out[at + 1] = mix(T.tag2, tag2);
  out[at + 2] = mix(mix(T.tag12, tag1), tag2);
  out[at + 3] = mix(mix(T.tag1Word, tag1), f.words[i] ?? 0);
  out[at + 4] = mix(mix(T.tag1Next, tag1), f.words[i + 1] ?? 0);
}
