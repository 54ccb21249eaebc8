/**
 * How a focus keyphrase would fare in Yoast's keyphrase checks once the rewrite is built around it: in the
 * introduction (all its words in one sentence of the first paragraph), its density in the language's range once
 * the title and a share of the subheadings carry it, and that share (30–75 % of subheadings). A check on the
 * choice, not the criterion: the focus model reads these as a few features among others.
 */
import { hyphenSplits, matchesIn, matchUnits, parseKeyphrase, textUnits } from '../assess/keyphrase.js';
import type { Sentence } from '../document/types.js';
import { focusHeadingCount } from '../restructure/headings.js';
import type { Layout } from '../restructure/index.js';

/** Words a generated title and each generated subheading add, on average. */
const TITLE_WORDS = 7;
const HEADING_WORDS = 5;

export interface YoastFit {
  /** Content words of the phrase (Yoast's matching units). */
  content: readonly string[];
  /** Occurrences in the kept body. */
  body: number;
  /** All its words in one sentence of the first paragraph. */
  intro: boolean;
  /** Some choice of generated subheadings puts its density in range. */
  fits: boolean;
  /** One occurrence over the range at best (Yoast: "more than recommended", a mild fault). */
  near: boolean;
  /**
   * Written so often that its density is over Yoast's far limit (the maximum plus one point, as the density rule
   * counts it) whatever the headings do: the check's worst verdict, which sinks the SEO score. No subheading
   * carries such a phrase (`slots` counts none of the generated ones). Between the
   * maximum and that limit the verdict is a milder "over the maximum", which the model may accept in a text long
   * enough for Yoast's length check (a shorter one has no score to spare, so there any excess is held back).
   */
  overused: boolean;
  /** Some choice of generated subheadings gives Yoast's share of subheadings with the focus. */
  shareOk: boolean;
  /** In the writer's headline: 0 no, 1 yes, 2 at its start. */
  titled: 0 | 1 | 2;
  /** How many subheadings should carry it. */
  slots: number;
}

/** Occurrence range Yoast's density rule accepts for a text of `words` words and a keyphrase of `n` content words. */
export function densityRange(words: number, n: number, density: { min: number; max: number }): [number, number] {
  if (words < 100) return [1, words > 50 ? 2 : 1];
  const factor = 0.7 + n / 3;
  return [Math.max(2, Math.ceil((density.min * words) / (100 * factor))), Math.max(2, Math.floor((density.max * words) / (100 * factor)))];
}

/** Where a headline's units hold a keyphrase's content words: 0 not at all, 1 somewhere, 2 at its start. */
export function placeIn(units: readonly string[], content: readonly string[]): 0 | 1 | 2 {
  if (content.length === 0 || matchesIn(units, content) === 0) return 0;
  return content.every((w, i) => units[i] === w) ? 2 : 1;
}

/** Builds the evaluator for one layout (its text is read once). */
export function yoastFitter(base: Layout, headline?: string): (phrase: string) => YoastFit {
  const { lang } = base;
  const paragraphs: Sentence[][] = [...base.leadSection.paragraphs, ...base.sections.flatMap((s) => s.paragraphs)];
  const split = hyphenSplits(lang);
  // A sentence's words are already segmented (the same tokens `textUnits` would find in its text).
  const units = paragraphs.map((p) => p.map((s) => matchUnits(s.words.map((w) => w.text), split)));
  const bodyWords = paragraphs.reduce((n, p) => n + p.reduce((m, s) => m + s.words.length, 0), 0);
  const titleUnits = textUnits(headline ?? base.h1 ?? '', split);
  const h = base.sections.length;
  const heads = base.sections.filter((s) => s.heading === undefined).length;
  const words = bodyWords + TITLE_WORDS + heads * HEADING_WORDS;
  const slotMin = h <= 1 ? h : Math.ceil(h * 0.3);
  const slotMax = h <= 1 ? h : Math.floor(h * 0.75);
  const preferred = focusHeadingCount(h);
  const writerHeads = base.sections.flatMap((s) => (s.heading === undefined ? [] : [textUnits(s.heading, split)]));

  return (phrase) => {
    const content = parseKeyphrase(phrase, lang).content;
    const body = units.reduce((n, p) => n + p.reduce((m, u) => m + matchesIn(u, content), 0), 0);
    const intro = (units[0] ?? []).some((u) => matchesIn(u, content) > 0);
    const [low, high] = densityRange(words, content.length, lang.thresholds.keyphraseDensity);
    // The writer's subheadings carry it or not as written; only the generated ones (`m` of them) can be chosen.
    const fixedOcc = writerHeads.reduce((n, u) => n + matchesIn(u, content), 0);
    const fixedHeads = writerHeads.reduce((n, u) => n + (matchesIn(u, content) > 0 ? 1 : 0), 0);
    const lowM = Math.max(0, slotMin - fixedHeads);
    const highM = Math.min(heads, slotMax - fixedHeads);
    const shareOk = lowM <= highM;
    const preferredM = Math.min(heads, Math.max(0, preferred - fixedHeads));
    const choices = shareOk ? [Math.min(highM, Math.max(lowM, preferredM)), ...Array.from({ length: highM - lowM + 1 }, (_, i) => lowM + i)] : [preferredM];
    // Occurrences once the title (1) and the subheadings carry it; pick the m nearest the preferred share.
    let m = choices[0] ?? 0;
    let fits = false;
    for (const choice of choices) {
      const total = body + 1 + fixedOcc + choice;
      if (total >= low && total <= high) {
        m = choice;
        fits = true;
        break;
      }
    }
    const fewest = shareOk ? lowM : preferredM;
    const near = !fits && body + 1 + fixedOcc + fewest === high + 1;
    // Under 100 words Yoast accepts one or two occurrences: nearly every topic is over, so none is held back.
    const far = Math.floor(((lang.thresholds.keyphraseDensity.max + 1) * words) / (100 * (0.7 + content.length / 3)));
    // A short text already misses Yoast's length check: with no slack left in the SEO score, any excess is too much.
    const limit = bodyWords < lang.thresholds.textLength.min ? high + 1 : Math.max(high + 1, far);
    const overused = words >= 100 && !fits && body + 1 + fixedOcc + fewest > limit;
    if (near) m = fewest;
    // Written too often already: no subheading adds to it (each would push Yoast's density verdict further, and the
    // body alone may still earn a milder one than the headings would).
    if (overused) m = 0;
    const titled = placeIn(titleUnits, content);
    return { content, body, intro, fits, near, overused, shareOk, titled, slots: fixedHeads + m };
  };
}
