/**
 * The H1/SEO title: starts with the focus keyphrase (Yoast rates a title good when it leads), fits 60 characters
 * and Yoast's 400–600 px, and is built from the article's own words: the lead's main clause when it fits, else
 * the article's main phrases.
 */
import type { LanguagePack } from '../lang/types.js';
import { textWidth } from '../text/width.js';
import { capitalise, titleCase } from './casing.js';
import { cleanPrefixes, mainClause } from './clauses.js';
import { lowerWords } from './match.js';

export interface TitleInput {
  /** Sentences of the lead paragraph. */
  lead: readonly string[];
  focus: string;
  /** Further keyphrases, best first (focus excluded or not: it is skipped). */
  phrases: readonly string[];
  lang: LanguagePack;
}

function startsWithWords(text: string, prefix: string): boolean {
  const a = lowerWords(text);
  const b = lowerWords(prefix);
  return b.length > 0 && b.every((w, i) => a[i] === w);
}

/** Candidate titles in order of preference. */
function candidates(input: TitleInput): string[] {
  const { lang, focus } = input;
  const focusTitle = titleCase(focus, lang);
  const out: string[] = [];
  for (const sentence of input.lead.slice(0, 2)) {
    const clause = mainClause(sentence);
    for (const prefix of cleanPrefixes(clause, lang)) {
      if (prefix.split(/\s+/u).length < 3) continue;
      const headline = titleCase(prefix, lang);
      out.push(startsWithWords(prefix, focus) ? headline : `${focusTitle}: ${headline}`);
    }
  }
  const focusWords = new Set(lowerWords(focus));
  const others = input.phrases.filter((p) => !lowerWords(p).every((w) => focusWords.has(w)));
  const [a, b, c] = others.map((p) => titleCase(p, lang));
  if (a && b && c) out.push(`${focusTitle}: ${a}, ${b} ${lang.words.and} ${c}`);
  if (a && b) out.push(`${focusTitle}: ${a} ${lang.words.and} ${b}`);
  if (a) out.push(`${focusTitle}: ${a}`);
  out.push(capitalise(focusTitle));
  return out;
}

/** Chooses the title: the first candidate within the limits, else the longest one that fits the characters. */
export function buildTitle(input: TitleInput): string {
  const { maxChars, maxWidth, minWidth } = input.lang.thresholds.title;
  const all = candidates(input);
  const fits = all.filter((t) => t.length <= maxChars && textWidth(t) <= maxWidth);
  const good = fits.find((t) => textWidth(t) >= minWidth);
  if (good) return good;
  return fits.sort((x, y) => textWidth(y) - textWidth(x))[0] ?? capitalise(input.focus).slice(0, maxChars);
}
