/**
 * The meta description: the article's opening sentences (whole, or cut before a subordinate clause), 120–156
 * characters, containing the focus keyphrase once or twice; a whole sentence or clause of at least 3/4 of the minimum
 * is preferred over a cut one (the length check's "too short" is milder than a broken sentence). When no clean cut
 * fits, the last sentence is cut at a word boundary and marked with an ellipsis, as search engines do; a
 * description is never cut mid-word, nor opens a quotation it does not close.
 */
import type { LanguagePack } from '../lang/types.js';
import { balanced, clauseCuts, wordCuts } from './clauses.js';
import { countRun, lowerWords } from './match.js';

export interface DescriptionInput {
  /** Sentences of the article's first paragraphs, in order. */
  sentences: readonly string[];
  focus: string;
  lang: LanguagePack;
}

/** Shortest whole description preferred over a cut one, as a share of the range's minimum. */
const WHOLE_SHARE = 0.75;

/** How far into the article a description may start, in sentences. */
const MAX_START = 8;
/** Most sentences (or clauses) in one description. */
const MAX_PARTS = 3;

interface Unit {
  text: string;
  /** Cut at a word boundary with an ellipsis: can only end a description. */
  truncated: boolean;
  /** Occurrences of the focus keyphrase. */
  focus: number;
}

/** What a sentence offers a description, worked out once per sentence (the search below asks many times). */
interface Offer {
  /** The sentence whole, and cut before each subordinate clause. */
  clean: Unit[];
  whole: string;
  /** Word-boundary cuts that break no name, longest first, with five words or more. */
  cuts: string[];
  /** Units made from `cuts`, by cut. */
  cutUnits: Map<string, Unit>;
}

function offerOf(sentence: string, lang: LanguagePack, focus: readonly string[], max: number): Offer {
  const whole = /[.!?…]["”’]?$/u.test(sentence) ? sentence : `${sentence}.`;
  const texts = [whole, ...clauseCuts(sentence, lang)];
  return {
    clean: texts.map((text) => ({ text, truncated: false, focus: countRun(lowerWords(text), focus) })),
    whole,
    cuts: wordCuts(sentence, lang, max).filter((p) => p.split(/\s+/u).length >= 5),
    cutUnits: new Map(),
  };
}

/** The ways one sentence can enter a description: whole, cut before a subordinate clause, or truncated to fit. */
function units(offer: Offer, room: number, focus: readonly string[]): Unit[] {
  if (!(room >= 40 && offer.whole.length > room)) return offer.clean;
  // Cut at a word boundary that breaks no name ("dari Amerika…" for "Amerika Serikat"); the few longest such cuts
  // that fit, so that a combination can still reach the minimum length.
  const out = [...offer.clean];
  for (const cut of offer.cuts.filter((p) => p.length + 1 <= room).slice(0, 4)) {
    let unit = offer.cutUnits.get(cut);
    if (!unit) {
      const text = `${cut.replace(/[,;:]$/u, '')}…`;
      unit = { text, truncated: true, focus: countRun(lowerWords(text), focus) };
      offer.cutUnits.set(cut, unit);
    }
    out.push(unit);
  }
  return out;
}

interface Candidate {
  text: string;
  first: number;
  parts: number;
  truncated: boolean;
  focus: number;
}

function* combinations(sentences: readonly string[], max: number, lang: LanguagePack, focus: readonly string[]): Generator<Candidate> {
  const offers = new Map<number, Offer>();
  const offer = (i: number): Offer => {
    let o = offers.get(i);
    if (!o) {
      o = offerOf(sentences[i] ?? '', lang, focus, max);
      offers.set(i, o);
    }
    return o;
  };
  for (let first = 0; first < Math.min(sentences.length, MAX_START); first++) {
    const stack: Candidate[] = [{ text: '', first, parts: 0, truncated: false, focus: 0 }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (item.parts > 0) yield item;
      const next = first + item.parts;
      if (item.truncated || item.parts >= MAX_PARTS || next >= sentences.length) continue;
      const room = max - (item.text ? item.text.length + 1 : 0);
      for (const unit of units(offer(next), room, focus)) {
        const text = item.text ? `${item.text} ${unit.text}` : unit.text;
        if (text.length <= max) stack.push({ text, first, parts: item.parts + 1, truncated: unit.truncated, focus: item.focus + unit.focus });
      }
    }
  }
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Chooses the description; falls back to the best that exists when nothing fits the range. */
export function buildDescription(input: DescriptionInput): string {
  const { min, max } = input.lang.thresholds.metaDescription;
  const focusWords = lowerWords(input.focus);
  let best: { text: string; rank: number[] } | undefined;
  const connectives = input.lang.words.connectives;
  const pointers = input.lang.headline?.pointers;
  const sequels = input.lang.headline?.sequels;
  // Not `Namun …`, `But …`, a quotation, nor a sentence that points back (`Dalam kesempatan itu, …`, `China juga …`).
  const standsAlone = (text: string): number => {
    const words = lowerWords(text);
    if (connectives?.has(words[0] ?? '') === true || /^["“‘']/u.test(text)) return 0;
    return words.slice(0, 4).some((w) => pointers?.has(w) === true || sequels?.has(w) === true) ? 0 : 1;
  };
  for (const c of combinations(input.sentences, max, input.lang, focusWords)) {
    const n = c.focus;
    // Preference: focus present (1–2 times), length in range, an opening that stands alone (not `Namun`, `But`,
    // `Ia`), clean cut, opening sentences, fewer parts, longer.
    // A whole sentence or clause, even a little under the length range, before one cut with an ellipsis (the
    // length check's "too short" is a milder verdict than a reader's broken sentence); but not a stub.
    const whole = !c.truncated && c.text.length >= min * WHOLE_SHARE ? 1 : 0;
    // Whole sentences with the focus first, then whole sentences without it before one cut with an ellipsis: a
    // reader's broken sentence costs more than Yoast's missing keyphrase.
    const holds = n >= 1 && n <= 2 ? 1 : 0;
    const alone = standsAlone(c.text);
    // (Never a quotation opened and not closed, `"Kami tegaskan, … tersebut.`, where the speaker goes on: it reads
    // as a broken text whatever else it has.)
    const rank = [balanced(c.text) ? 1 : 0, holds * whole * alone, whole * alone, holds * whole, whole, holds, c.text.length >= min ? 1 : 0, alone, c.truncated ? 0 : 1, -c.first, -c.parts, c.text.length];
    if (!best || compare(rank, best.rank) > 0) best = { text: c.text, rank };
  }
  // Without the focus it stays as written: a `Focus: …` label in front reads as no editor writes (Yoast's
  // keyphrase-in-description check says the rest).
  return best?.text ?? '';
}
