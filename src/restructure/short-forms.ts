/**
 * The short forms an article defines for its names (`Komisi Pemberantasan Korupsi (KPK)`, `Kementerian Keuangan
 * (Kemenkeu)`), which headlines use as editors do (`KPK Tetapkan …`): the article's own words, shorter. A form is
 * taken only when the word in brackets is made of letters of the name before it, in order, starting with its first
 * letter and taking at least one from each of its words (`Bawaslu` of `Badan Pengawas Pemilu`), or three or more
 * capitals that are the initials of all its words but the last (`WKP` of `Wilayah Kerja Panas Bumi`); the name is the
 * shortest run of words before the bracket that does so (`KPK` of `Ketua Komisi Pemberantasan Korupsi`).
 */
import type { Sentence } from '../document/types.js';
import { joined } from './sentence-words.js';

/**
 * A capitalised name, which may hold a linking word (`Badan Meteorologi Klimatologi dan Geofisika`), then one word
 * in brackets.
 */
const DEFINITION = /((?:(?:[\p{Lu}][\p{L}\p{N}-]*|dan|dalam|untuk|of|and|for|the)[\s]+){1,8})\(([\p{Lu}][\p{L}\p{N}-]{1,11})\)/gu;
/** Lowercase words a name may hold (`Menteri dalam Negeri`, `Bank of England`). */
const LINKS = new Set(['dan', 'dalam', 'dan', 'untuk', 'of', 'and', 'for', 'the']);

/** Lowercase words, then an acronym in brackets: a term and the (often foreign) acronym it is known by. */
const TERM = /((?:\p{Ll}[\p{Ll}-]*\s+){2,6})\((\p{Lu}(?:\p{Lu}{1,5}|\p{Ll}{2,6}))\)/gu;

/**
 * Long form (lowercased words joined by a space) → its short form, as the article defines them. Besides names, a
 * lowercase term with as many words as its acronym has letters (`kecerdasan buatan (AI)`, where the acronym is
 * the English one), none of them a stopword (`stopwords`, when given).
 */
export function shortForms(sentences: Iterable<Sentence>, stopwords?: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sentences) {
    if (stopwords) {
      for (const m of s.text.matchAll(TERM)) {
        const short = m[2]!;
        const before = m[1]!.trim().split(/\s+/u);
        // The shortest run that the acronym abbreviates (`surat pemberitahuan (SPT)`, not `pelaporan surat
        // pemberitahuan`); without one, as many words as it has letters (`kecerdasan buatan (AI)`).
        const run = before.map((_, i) => before.slice(-1 - i)).find((r) => r.length >= 2 && abbreviates(short, r));
        const words = run ?? before.slice(-short.length);
        // (A short form in lower case, `Pemda`, only for words it abbreviates.)
        if ((run === undefined && (words.length !== short.length || /\p{Ll}/u.test(short))) || words.some((w) => stopwords.has(w) || LINKS.has(w) || w.length < 3)) continue;
        const key = words.join(' ');
        if (!out.has(key)) out.set(key, short);
      }
    }
    for (const m of s.text.matchAll(DEFINITION)) {
      const words = m[1]!.trim().split(/\s+/u);
      const short = m[2]!;
      // Shortest run ending at the bracket that the short form abbreviates.
      for (let i = words.length - 1; i >= 0; i--) {
        const run = words.slice(i);
        if (run.length < 2 || LINKS.has(run[0]!.toLowerCase())) continue;
        if (abbreviates(short, run)) {
          const key = run.join(' ').toLowerCase();
          if (!out.has(key)) out.set(key, short);
          break;
        }
      }
    }
  }
  return out;
}

/** True when `short` takes letters of `words` in order: the first word's first letter, then ≥ 1 from each word. */
export function abbreviates(short: string, words: readonly string[]): boolean {
  // (Linking words give no letter, `Badan Pemeriksa Keuangan`; or one, `Menteri Dalam Negeri` → `Mendagri`.)
  const without = words.filter((w) => !LINKS.has(w.toLowerCase()));
  return lettersFrom(short, without) || (without.length < words.length && lettersFrom(short, words)) || initialsButOne(short, without);
}

/**
 * True when `short`, three or more capitals, is the initials of `words` but the last (`WKP` of `Wilayah Kerja Panas
 * Bumi`, where `panas bumi` is one thing).
 */
function initialsButOne(short: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}{3,}$/u.test(short) || words.length !== short.length + 1) return false;
  return words.slice(0, -1).map((w) => w[0]!.toLowerCase()).join('') === short.toLowerCase();
}

function lettersFrom(short: string, words: readonly string[]): boolean {
  const letters = short.toLowerCase();
  const content = words.map((w) => w.toLowerCase());
  if (content.length === 0 || letters.length < 2 || letters.length >= content.join('').length) return false;
  if (letters[0] !== content[0]![0]) return false;
  // match(k, w, p): letters from k on can be taken from word w at position p on and the words after it, each word
  // giving at least one (the current one has given one when p > 0).
  const memo = new Map<string, boolean>();
  const match = (k: number, w: number, p: number): boolean => {
    if (k === letters.length) return w === content.length - 1 && p > 0;
    if (w >= content.length) return false;
    const key = `${k},${w},${p}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const word = content[w]!;
    let ok = false;
    // Take the letter from this word (at or after p), or move to the next word once this one has given a letter.
    for (let q = p; q < word.length && !ok; q++) if (word[q] === letters[k]) ok = match(k + 1, w, q + 1);
    if (!ok && p > 0) ok = match(k, w + 1, 0);
    memo.set(key, ok);
    return ok;
  };
  return match(0, 0, 0);
}

/** `words` with every long form the article defines replaced by its short form (`Bank Indonesia` → `BI`), colon kept. */
export function abbreviate(words: readonly string[], forms: ReadonlyMap<string, string> | undefined): string[] {
  if (!forms || forms.size === 0) return [...words];
  // (A run may end on the colon that closes a speaker's name: `Badan … dan Geofisika:` → `BMKG:`.)
  const lower = words.map((w) => w.toLowerCase().replace(/:$/u, ''));
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(9, words.length - i); n >= 2 && taken === 0; n--) {
      const short = forms.get(lower.slice(i, i + n).join(' '));
      if (short !== undefined) {
        // (A form with its name word, `Pemkab Bogor`, is two words.)
        out.push(...(words[i + n - 1]!.endsWith(':') ? `${short}:` : short).split(' '));
        taken = n;
      }
    }
    if (taken === 0) {
      out.push(words[i]!);
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/**
 * True when `short` is a piece from the start of each of `words` in turn (`pem` + `kab` of `pemerintah kabupaten`,
 * `ja` + `teng` of `jawa tengah`), as register short forms are coined; not `kapolres` of `kasi humas polres`.
 */
function syllabic(short: string, words: readonly string[]): boolean {
  if (words.length === 0) return short === '';
  const [first, ...rest] = words;
  for (let n = Math.min(first!.length, short.length); n >= 1; n--) if (short.startsWith(first!.slice(0, n)) && syllabic(short.slice(n), rest)) return true;
  return false;
}

/** A short form a name word may follow: a capitalised word of 3 to 8 letters (`Pemkab`). */
const SHORT = /^\p{Lu}\p{Ll}{2,7}$/u;
/** A word of a name (`Bogor`, `PT`, `II`). */
const NAME = /^\p{Lu}[\p{L}-]+$/u;
/** A word of an office's or body's name before it (`Pemerintah`, `Kabupaten`). */
const TITLED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Short forms the article writes without defining them, of a name it also writes whole: `Pemkab Bogor` where it
 * writes `Pemerintah Kabupaten Bogor` (the short form a piece from the start of each of the two or three words before
 * the shared name word). Long form (lowercased) → short form, with the name word. One pass over the words, then
 * each distinct pair: linear in the article.
 */
export function writtenShortForms(sentences: Iterable<Sentence>): Map<string, string> {
  // Each name word with the runs of two or three capitalised words written before it, and the short forms.
  const runs = new Map<string, Set<string>>();
  const shorts = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string): void => void (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const s of sentences) {
    s.words.forEach((w, j) => {
      if (j === 0 || !NAME.test(w.text) || !joined(s, j - 1)) return;
      let i = j;
      while (i > 0 && j - i < 3 && joined(s, i - 1) && TITLED.test(s.words[i - 1]!.text)) i--;
      if (SHORT.test(s.words[j - 1]!.text)) add(shorts, w.text, s.words[j - 1]!.text);
      if (j - i >= 2) add(runs, w.text, s.words.slice(i, j).map((x) => x.text).join(' '));
    });
  }
  const out = new Map<string, string>();
  for (const [name, forms] of shorts) {
    for (const short of forms) {
      for (const written of runs.get(name) ?? []) {
        const words = written.split(' ');
        // (The shortest run first, `Kejaksaan Negeri` of `Kepala Kejaksaan Negeri`; never one that holds the
        // short form as a word or part of one, `Presiden` of `Pemerintahan Presiden`.)
        for (let i = words.length - 2; i >= 0; i--) {
          const run = words.slice(i);
          if (run.some((x) => x.toLowerCase().includes(short.toLowerCase())) || !syllabic(short.toLowerCase(), run.map((x) => x.toLowerCase()))) continue;
          const key = `${run.join(' ')} ${name}`.toLowerCase();
          if (!out.has(key)) out.set(key, `${short} ${name}`);
          break;
        }
      }
    }
  }
  return out;
}
