/**
 * How an article names people and bodies on second mention, which headlines use: the runs of capitalised words it
 * writes alone, the short forms it defines, and the possessive it writes for a person.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { joined } from './sentence-words.js';
import { shortForms, writtenShortForms } from './short-forms.js';

/** How the article names people and bodies on second mention: what headlines use. */
export interface ArticleNames {
  /** Runs of capitalised words written alone, with their counts (`loneNames`). */
  lone: ReadonlyMap<string, number>;
  /** Long forms and the short forms the article defines for them (`shortForms`: `komisi pemberantasan korupsi` → `KPK`). */
  short: ReadonlyMap<string, string>;
  /**
   * The person's possessive the article writes at least twice as often as any other (`his`), where the language has
   * them: the one a headline about a person named alone may keep.
   */
  possessive?: string;
  /**
   * Pairs of words (lowercased, joined by a space) the article writes together at least twice: fixed expressions
   * (`suku bunga`, `bulu tangkis`) that a headline cut to fit never splits. Optional.
   */
  pairs?: ReadonlySet<string>;
}

/** The article's names, from all its sentences. */
export function articleNames(sentences: readonly Sentence[], lang?: LanguagePack): ArticleNames {
  return { lone: loneNames(sentences, lang), short: new Map([...writtenShortForms(sentences), ...shortForms(sentences, lang?.stopwords)]), possessive: personPossessive(sentences, lang), pairs: repeatedPairs(sentences) };
}

/** The pairs of joined words `sentences` write at least twice (`ArticleNames.pairs`). */
function repeatedPairs(sentences: readonly Sentence[]): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const s of sentences) for (let i = 0; i + 1 < s.words.length; i++) {
    if (!joined(s, i)) continue;
    const pair = `${s.words[i]!.text.toLowerCase()} ${s.words[i + 1]!.text.toLowerCase()}`;
    if (seen.has(pair)) out.add(pair);
    else seen.add(pair);
  }
  return out;
}

/** The person's possessive `sentences` use at least twice as often as any other (`articleNames`). */
function personPossessive(sentences: readonly Sentence[], lang?: LanguagePack): string | undefined {
  const person = lang?.headline?.possessives?.person;
  if (!person) return undefined;
  const counts = new Map<string, number>([...person].map((p) => [p, 0]));
  for (const s of sentences) for (const w of s.words) {
    const lower = w.text.toLowerCase();
    const n = counts.get(lower);
    if (n !== undefined) counts.set(lower, n + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] > 0 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/**
 * How often the article writes each run of capitalised words with no capitalised word beside it (`kata Bimo`,
 * `Sri Mulyani mengatakan`), lowercased and joined by a space: how it names people on second mention. Not a run
 * after a word that opens a place (`di Jakarta`).
 */
export function loneNames(sentences: Iterable<Sentence>, lang?: LanguagePack): Map<string, number> {
  const out = new Map<string, number>();
  const capital = (t: string): boolean => /^\p{Lu}\p{Ll}/u.test(t);
  for (const s of sentences) {
    let run: string[] = [];
    // (A run after a word that opens a place, `di Jakarta`, names where, not whom.)
    let placed = false;
    const flush = (): void => {
      if (run.length > 0 && run.length <= 3 && !placed) out.set(run.join(' '), (out.get(run.join(' ')) ?? 0) + 1);
      run = [];
    };
    s.words.forEach((w, i) => {
      if (i > 0 && !joined(s, i - 1)) flush();
      if (run.length === 0) placed = i > 0 && joined(s, i - 1) && lang?.headline?.placeOpeners?.has(s.words[i - 1]!.text.toLowerCase()) === true;
      // A sentence's first word is capitalised anyway (`Menurut Bimo`): a function or common word there is no name.
      const plain = i === 0 && lang !== undefined && (lang.stopwords.has(w.text.toLowerCase()) || lang.commonWords?.has(w.text.toLowerCase()) === true || lang.frequentNouns?.has(w.text.toLowerCase()) === true);
      if (capital(w.text) && !plain) run.push(w.text.toLowerCase());
      else flush();
    });
    flush();
  }
  return out;
}
