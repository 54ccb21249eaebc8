/**
 * The meta description: whole sentences (or whole leading clauses) of the article's opening, 120–156 characters,
 * containing the focus keyphrase once or twice, ending on a full stop. Nothing is cut mid-clause.
 */
import type { LanguagePack } from '../lang/types.js';
import { capitalise } from './casing.js';
import { cleanPrefixes, clauseCuts } from './clauses.js';
import { countRun, lowerWords } from './match.js';

export interface DescriptionInput {
  /** Sentences of the article's first paragraphs, in order. */
  sentences: readonly string[];
  focus: string;
  lang: LanguagePack;
}

/** The ways one sentence can enter a description: whole, or cut after a leading clause. */
function units(sentence: string, lang: LanguagePack): string[] {
  const whole = /[.!?…]["”’]?$/u.test(sentence) ? sentence : `${sentence}.`;
  return [whole, ...clauseCuts(sentence, lang)];
}

/** Last resort for a long sentence: cut at a word boundary before a function word, marked with an ellipsis. */
function truncated(sentence: string, max: number, lang: LanguagePack): string | undefined {
  return cleanPrefixes(sentence.slice(0, max - 1).replace(/\s+\S*$/u, ''), lang)
    .map((p) => `${p}…`)
    .find((p) => p.length <= max && p.length >= max * 0.75);
}

interface Candidate {
  text: string;
  focusCount: number;
  first: number;
}

function* combinations(sentences: readonly string[], maxLen: number, lang: LanguagePack): Generator<Candidate & { parts: number }> {
  for (let first = 0; first < Math.min(sentences.length, 8); first++) {
    const stack: { text: string; next: number; parts: number }[] = [{ text: '', next: first, parts: 0 }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (item.parts > 0) yield { text: item.text, focusCount: 0, first, parts: item.parts };
      if (item.parts >= 3 || item.next >= sentences.length) continue;
      for (const unit of units(sentences[item.next] ?? '', lang)) {
        const text = item.text ? `${item.text} ${unit}` : unit;
        if (text.length <= maxLen) stack.push({ text, next: item.next + 1, parts: item.parts + 1 });
      }
    }
  }
}

/** Chooses the description; falls back to the best that exists when nothing fits the range. */
export function buildDescription(input: DescriptionInput): string {
  const { min, max } = input.lang.thresholds.metaDescription;
  const focusWords = lowerWords(input.focus);
  let best: { text: string; rank: number[] } | undefined;
  for (const c of combinations(input.sentences, max, input.lang)) {
    const n = countRun(lowerWords(c.text), focusWords);
    // Preference: focus present (1–2 times), length in range, opening sentences, then longer.
    const rank = [n >= 1 && n <= 2 ? 1 : 0, c.text.length >= min ? 1 : 0, -c.first, -c.parts, c.text.length];
    if (!best || compare(rank, best.rank) > 0) best = { text: c.text, rank };
  }
  let text = best?.text ?? '';
  if (!best || best.rank[0] === 0 || best.rank[1] === 0) {
    // Nothing clean in range with the focus: cut the first sentence that has the focus, at a word boundary.
    const withFocus = input.sentences.slice(0, 8).find((s) => countRun(lowerWords(s), focusWords) > 0);
    const cut = withFocus ? truncated(withFocus, max, input.lang) : undefined;
    if (cut && countRun(lowerWords(cut), focusWords) > 0) text = cut;
  }
  if (countRun(lowerWords(text), focusWords) === 0) {
    // The focus is not in the opening: lead with it, as a label, still from the article's words.
    const labelled = `${capitalise(input.focus)}: ${text}`;
    if (labelled.length <= max) text = labelled;
  }
  return text;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
