/**
 * The form a keyphrase is shown in: the one the article writes most, with each word in the case the article
 * gives it where case is telling (so a sentence-initial `Kecerdasan buatan` is shown as `kecerdasan buatan`,
 * `AS` and `Jensen Huang` stay as written).
 */
import type { Candidate } from './candidates.js';
import type { TokenStream } from './tokens.js';

/**
 * How often each lowercased word is written capitalised or lowercase where case is telling, and the stems the
 * article writes in lowercase there (`putus` of `memutuskan`: a sentence-initial `Keputusan` is a common word).
 */
export interface CaseStats {
  words: Map<string, { capital: number; lower: number }>;
  lowerStems: Set<string>;
}

/** Counts the telling case of every word of the stream. */
export function caseStats(stream: TokenStream): CaseStats {
  const words: CaseStats['words'] = new Map();
  const lowerStems = new Set<string>();
  for (const t of stream.tokens) {
    if (t.caseless || t.acronym) continue;
    const lower = t.text.toLowerCase();
    let s = words.get(lower);
    if (!s) {
      s = { capital: 0, lower: 0 };
      words.set(lower, s);
    }
    if (t.capital) s.capital++;
    else if (t.text === lower) {
      s.lower++;
      lowerStems.add(t.stem);
    }
  }
  return { words, lowerStems };
}

/**
 * How the candidate is written, form by form, in order of first appearance: the occurrences of the phrase itself
 * (not of another name merged into it, such as an acronym's long form or a person's surname alone).
 */
export function formsOf(candidate: Candidate, stream: TokenStream): Map<string, number> {
  const forms = new Map<string, number>();
  const n = candidate.stems.length;
  for (const span of candidate.spans) {
    if (span.end - span.start !== n) continue;
    let form = '';
    for (let i = span.start; i < span.end; i++) form += (i === span.start ? '' : ' ') + (stream.tokens[i]?.text ?? '');
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  return forms;
}

/** The most written form of the candidate, ties to the earliest written. */
function mostWritten(candidate: Candidate, stream: TokenStream): string {
  const groups = new Map<string, { total: number; forms: Map<string, number> }>();
  for (const [form, n] of formsOf(candidate, stream)) {
    const lower = form.toLowerCase();
    let g = groups.get(lower);
    if (!g) {
      g = { total: 0, forms: new Map() };
      groups.set(lower, g);
    }
    g.total += n;
    g.forms.set(form, n);
  }
  let best: { total: number; forms: Map<string, number> } | undefined;
  for (const g of groups.values()) if (!best || g.total > best.total) best = g;
  let form = '';
  let count = 0;
  for (const [f, n] of best?.forms ?? []) {
    if (n > count) {
      form = f;
      count = n;
    }
  }
  return form;
}

/** True for a word in capitals (two letters or more): an acronym, kept as written. */
const isCaps = (word: string): boolean => {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
};

/** The word with its first letter lowercased, unless it has capitals inside (`WeChat`, `iPhone`). */
const lowerFirst = (word: string): string =>
  word.slice(1) === word.slice(1).toLowerCase() ? word.toLowerCase() : word;

/**
 * The display form of a candidate: the most written form, each capitalised word re-cased by the article's
 * evidence. Where its case is telling, the majority wins. A word only ever capitalised where case says nothing
 * (sentence starts, headings) stays capitalised next to a name (`Jensen Huang`), is lowercased next to lowercase
 * words (`Kecerdasan buatan` → `kecerdasan buatan`), when it is a common word or, alone, when the article writes
 * another form of it in lowercase (`Keputusan`, `memutuskan`), and otherwise stays as written (a name that only
 * opens sentences, `Tencent`). `bare` drops a clitic from the last word (the language's
 * `bareForm`).
 */
export function displayForm(
  candidate: Candidate,
  stream: TokenStream,
  stats: CaseStats,
  common?: ReadonlySet<string>,
  bare?: (word: string) => string,
): string {
  const words = mostWritten(candidate, stream).split(' ');
  const last = words.length - 1;
  if (bare && last >= 0) words[last] = bare(words[last] ?? '');
  const told = words.map((word) => {
    const s = stats.words.get(word.toLowerCase());
    return s !== undefined && s.capital + s.lower > 0;
  });
  const nameNearby = words.some(
    (w, i) => isCaps(w) || (told[i] === true && (stats.words.get(w.toLowerCase())?.capital ?? 0) > 0),
  );
  const lowerNearby = words.some((w) => w === w.toLowerCase() && /\p{L}/u.test(w));
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (word === lower || isCaps(word)) return word;
      const s = stats.words.get(lower);
      if (told[i] && s) return s.lower > s.capital ? lowerFirst(word) : word;
      if (nameNearby) return word;
      if (lowerNearby || common?.has(lower)) return lowerFirst(word);
      // Alone and only ever capitalised where case says nothing: a common word when another form of it is
      // written in lowercase (`Keputusan` beside `memutuskan`), else perhaps a name (`Tencent`).
      const stem = words.length === 1 ? candidate.stems[0] : undefined;
      if (stem !== undefined && stats.lowerStems.has(stem)) return lowerFirst(word);
      return word;
    })
    .join(' ');
}
