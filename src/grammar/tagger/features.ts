/**
 * Feature extraction of the tagger. Static features depend on the words only (the word, its affixes and shape, the
 * words around it) and are computed once per sentence; dynamic features depend on the tags already chosen for the
 * tokens read before (those to the right when the model reads sentences backwards). Every feature is a 32-bit hash
 * (see `hash.ts`): a word is hashed once, and a feature about it (the word before, the pair of words) mixes that
 * hash with the feature's template.
 *
 * Changing a feature changes what the weights mean: bump `FEATURE_SET` and retrain (`npm run train:tagger`).
 */
import { hashRange, hashString, mix } from './hash.js';

/** The version of the features below; a model records the one it was trained with. */
export const FEATURE_SET = 1;

/**
 * Language-specific affixes that become features of their own (the generic prefixes of up to four letters and
 * suffixes of up to five are always there). Kept in the model, so that a model reads words as it was trained to.
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
  suffix: [seed('s1'), seed('s2'), seed('s3'), seed('s4'), seed('s5')],
  prefix: [seed('p1'), seed('p2'), seed('p3'), seed('p4')],
  prev: seed('w-1'),
  prev2: seed('w-2'),
  next: seed('w+1'),
  next2: seed('w+2'),
  prevSuffix: seed('s3-1'),
  nextSuffix: seed('s3+1'),
  prevWord: seed('w-1 w'),
  wordNext: seed('w w+1'),
  hyphen: seed('hyphen-last'),
  nextCap: seed('cap+1'),
  prevCap: seed('cap-1'),
  clitic: seed('clitic'),
  stem: seed('stem'),
  stemSuffix: seed('stem-s3'),
  affix: seed('affix'),
  tag1: seed('t-1'),
  tag2: seed('t-2'),
  tag12: seed('t-1 t-2'),
  tag1Word: seed('t-1 w'),
  tag1Next: seed('t-1 w+1'),
} as const;
const START = hashString('<s>');
const END = hashString('</s>');

const DIGIT = /\p{N}/u;

/** The form a word is known by: lowercase, or a shape for anything with a digit (`5.000` → `!d.ddd`). */
export function normalise(text: string): string {
  if (DIGIT.test(text)) return `!${shape(text, 4)}`;
  return text.toLowerCase();
}

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

/** Character classes (`X`, `x`, `d`, others as written), runs longer than `keep` cut to `keep`. */
export function shape(text: string, keep = 3): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= keep) out += c;
  }
  return out;
}

/** 0 lowercase, 1 capitalised, 2 all caps, 3 one capital, 4 digit first, 5 other. */
function capitalisation(text: string): number {
  const first = charClass(text[0] ?? '');
  if (first === 'X') {
    if (text.length === 1) return 3;
    for (const ch of text) if (charClass(ch) === 'x') return 1;
    return 2;
  }
  if (first === 'x') return 0;
  if (first === 'd') return 4;
  return 5;
}

/** An affix spec with the hashes of its features computed once. */
interface CompiledAffixes {
  clitics: Array<{ text: string; hash: number }>;
  prefixes: Array<{ text: string; hash: number }>;
  suffixes: Array<{ text: string; hash: number }>;
  circumfixes: Array<{ prefix: string; suffix: string; hash: number }>;
}

const compiledSpecs = new WeakMap<AffixSpec, CompiledAffixes>();

function compile(spec: AffixSpec): CompiledAffixes {
  let c = compiledSpecs.get(spec);
  if (!c) {
    c = {
      clitics: (spec.clitics ?? []).map((text) => ({ text, hash: hashString(text, T.clitic) })),
      prefixes: (spec.prefixes ?? []).map((text) => ({ text, hash: hashString(`${text}-`, T.affix) })),
      suffixes: (spec.suffixes ?? []).map((text) => ({ text, hash: hashString(`-${text}`, T.affix) })),
      circumfixes: (spec.circumfixes ?? []).map((text) => {
        const [prefix = '', suffix = ''] = text.split('-');
        return { prefix, suffix, hash: hashString(text, T.affix) };
      }),
    };
    compiledSpecs.set(spec, c);
  }
  return c;
}

function affixFeatures(lower: string, spec: CompiledAffixes, out: number[]): void {
  let stem = lower;
  for (const clitic of spec.clitics) {
    if (lower.length >= clitic.text.length + 3 && lower.endsWith(clitic.text)) {
      stem = lower.slice(0, -clitic.text.length);
      out.push(clitic.hash, hashString(stem, T.stem));
      if (stem.length > 3) out.push(hashRange(stem, stem.length - 3, stem.length, T.stemSuffix));
      break;
    }
  }
  for (const p of spec.prefixes) if (stem.length >= p.text.length + 3 && stem.startsWith(p.text)) out.push(p.hash);
  for (const s of spec.suffixes) if (stem.length >= s.text.length + 3 && stem.endsWith(s.text)) out.push(s.hash);
  for (const c of spec.circumfixes) {
    if (stem.length >= c.prefix.length + c.suffix.length + 2 && stem.startsWith(c.prefix) && stem.endsWith(c.suffix)) {
      out.push(c.hash);
    }
  }
}

/** What the dynamic features need of a sentence besides its tags: the hash of each normalised word. */
export interface SentenceFeatures {
  /** Static features of token `i`: `hashes[offsets[i]]` up to `hashes[offsets[i + 1]]`. */
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** Hash of each token's normalised form (and of the end after the last), for the tag-and-word features. */
  words: Uint32Array;
}

/** What a token's features need of its text alone, computed once per distinct text (see `cached`). */
interface TokenInfo {
  /** Features of the token by itself: the word, its shape, prefixes, suffixes and affixes. */
  self: Uint32Array;
  /** Hash of the normalised form; of the last three letters; capitalisation class. */
  word: number;
  suffix3: number;
  cap: number;
}

function tokenInfo(text: string, spec: AffixSpec): TokenInfo {
  const low = text.toLowerCase();
  const word = DIGIT.test(text) ? hashString(normalise(text)) : hashString(low);
  const out: number[] = [T.bias, mix(T.word, word), hashString(shape(text), T.shape)];
  const len = low.length;
  for (let k = 1; k <= 5; k++) if (len > k) out.push(hashRange(low, len - k, len, T.suffix[k - 1]));
  for (let k = 1; k <= 4; k++) if (len > k) out.push(hashRange(low, 0, k, T.prefix[k - 1]));
  const dash = low.lastIndexOf('-');
  if (dash > 0 && dash < len - 1) out.push(hashRange(low, dash + 1, len, T.hyphen));
  affixFeatures(low, compile(spec), out);
  return { self: Uint32Array.from(out), word, suffix3: hashRange(low, Math.max(0, len - 3), len), cap: capitalisation(text) };
}

/**
 * Token infos by text, per affix spec (one per model). Words repeat (function words, names in an article), so most
 * tokens skip the string work. Bounded: emptied when full.
 */
const caches = new WeakMap<AffixSpec, Map<string, TokenInfo>>();
const CACHE_LIMIT = 50_000;

function cached(text: string, spec: AffixSpec): TokenInfo {
  let cache = caches.get(spec);
  if (!cache) caches.set(spec, (cache = new Map()));
  let info = cache.get(text);
  if (!info) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = tokenInfo(text, spec);
    cache.set(text, info);
  }
  return info;
}

/** Empties the token cache (for measuring the cost of unseen text). */
export function clearFeatureCache(spec: AffixSpec): void {
  caches.get(spec)?.clear();
}

/** Static features of every token of a sentence (token texts in order). */
export function sentenceFeatures(texts: readonly string[], spec: AffixSpec): SentenceFeatures {
  const n = texts.length;
  const infos = texts.map((t) => cached(t, spec));
  const words = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) words[i] = infos[i]?.word ?? 0;
  words[n] = END;
  const word = (i: number): number => (i < 0 ? START : i >= n ? END : (words[i] ?? 0));
  const suffix = (i: number): number => (i < 0 ? START : i >= n ? END : (infos[i]?.suffix3 ?? 0));
  const cap = (i: number): number => (i < 0 ? 6 : i >= n ? 7 : (infos[i]?.cap ?? 0));
  let size = 0;
  for (const info of infos) size += info.self.length + 11;
  const out = new Uint32Array(size);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    const self = infos[i]?.self ?? new Uint32Array();
    out.set(self, at);
    at += self.length;
    const w = word(i);
    const c = cap(i);
    // Capitalisation, marked on the first token read (the sentence's last for a backwards model: measured on the dev
    // sets, marking the sentence's first word instead did no better).
    out[at++] = mix(T.cap, c * 2 + (i === 0 ? 1 : 0));
    out[at++] = mix(T.prev, word(i - 1));
    out[at++] = mix(T.prev2, word(i - 2));
    out[at++] = mix(T.next, word(i + 1));
    out[at++] = mix(T.next2, word(i + 2));
    out[at++] = mix(T.prevSuffix, suffix(i - 1));
    out[at++] = mix(T.nextSuffix, suffix(i + 1));
    out[at++] = mix(mix(T.prevWord, word(i - 1)), w);
    out[at++] = mix(mix(T.wordNext, w), word(i + 1));
    out[at++] = mix(mix(T.nextCap, cap(i + 1)), c);
    out[at++] = mix(mix(T.prevCap, cap(i - 1)), c);
  }
  offsets[n] = at;
  return { hashes: out, offsets, words };
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
