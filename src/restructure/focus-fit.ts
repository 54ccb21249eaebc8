/**
 * Choosing the focus keyphrase among the extractor's best candidates by how well it can serve the article in
 * search: it should appear in the introduction (Yoast's check: all its words in one sentence of the first
 * paragraph) and its density in the rewritten article should fall in the language's range once the title and a
 * share of the subheadings carry it. Centrality (the extractor's score) still leads; these are multipliers.
 */
import { hyphenSplits, matchesIn, matchUnits, parseKeyphrase, textUnits } from '../assess/keyphrase.js';
import type { Sentence } from '../document/types.js';
import { focusHeadingCount } from './headings.js';
import { focusContext, focusForm } from '../keyphrases/focus-form.js';
import type { Layout } from './index.js';

export interface FocusCandidate {
  phrase: string;
  /** Centrality, 0–1. */
  score: number;
}

export interface FocusFit {
  focus: string;
  /** How many subheadings should carry it so that its density lands in range. */
  slots: number;
}

/** Words a generated title and each generated subheading add, on average. */
const TITLE_WORDS = 7;
const HEADING_WORDS = 5;
const MAX_FOCUS_WORDS = 3;
/**
 * Preference for a focus that the writer's headline holds: the title keeps that headline as written when it has
 * the focus, and is otherwise relabelled ("Highway: Dozens Injured…") or rebuilt from the lead.
 */
const HEADLINE_FIT = 2;
/** Further preference for a focus the headline opens with: the title then leads with it (Yoast's "good"). */
const HEADLINE_START = 1.5;
/**
 * For a focus the writer's own subheadings put in too few or too many of them, whatever the generated ones do:
 * Yoast's subheading check fails, a fault like a missed introduction.
 */
const SHARE_MISSED = 0.5;

/** Occurrence range Yoast's density rule accepts for a text of `words` words and a keyphrase of `n` content words. */
export function densityRange(words: number, n: number, density: { min: number; max: number }): [number, number] {
  if (words < 100) return [1, words > 50 ? 2 : 1];
  const factor = 0.7 + n / 3;
  return [Math.max(2, Math.ceil((density.min * words) / (100 * factor))), Math.max(2, Math.floor((density.max * words) / (100 * factor)))];
}

/** Picks the candidate with the best centrality (rank) × introduction × density fit; ties keep the order given. */
export function fitFocus(base: Layout, all: readonly FocusCandidate[], headline?: string): FocusFit | undefined {
  const { lang } = base;
  // A focus names what the article is about: a name's part stands for the name; verbs, modifiers and generic words
  // are left out while anything else remains (`focusForm`). A possessive or dotted form (`Marsden's`, `U.S.`)
  // cannot be written in a slug, so search engines never match it; an elided article inside a name can
  // (`Cote d'Ivoire`).
  const paragraphs: Sentence[][] = [...base.leadSection.paragraphs, ...base.sections.flatMap((s) => s.paragraphs)];
  const ctx = focusContext(paragraphs.flat(), lang);
  const named = all.flatMap((c) => {
    const phrase = focusForm(c.phrase, ctx);
    return phrase === undefined || /['’]s?(?:\s|$)|\./u.test(phrase) ? [] : [{ ...c, phrase }];
  });
  const candidates = named.length > 0 ? named : all;
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

  let best: (FocusFit & { value: number }) | undefined;
  const seen = new Set<string>();
  let rank = 0;
  for (const c of candidates) {
    const key = c.phrase.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // Centrality by rank: extractor scores are peaked (1.0, then 0.1), ranks are what they are sure of.
    const centrality = 1 / (1 + 0.5 * rank++);
    const content = parseKeyphrase(c.phrase, lang).content;
    if (content.length === 0 || content.length > MAX_FOCUS_WORDS) continue;
    const body = units.reduce((n, p) => n + p.reduce((m, u) => m + matchesIn(u, content), 0), 0);
    const intro = (units[0] ?? []).some((u) => matchesIn(u, content) > 0);
    const [low, high] = densityRange(words, content.length, lang.thresholds.keyphraseDensity);
    // The writer's subheadings carry it or not as written; only the generated ones (`m` of them) can be chosen.
    const fixedOcc = writerHeads.reduce((n, u) => n + matchesIn(u, content), 0);
    const fixedHeads = writerHeads.reduce((n, u) => n + (matchesIn(u, content) > 0 ? 1 : 0), 0);
    const lowM = Math.max(0, slotMin - fixedHeads);
    const highM = Math.min(heads, slotMax - fixedHeads);
    // Some choice of generated subheadings gives Yoast's share (30–75 % of subheadings carry the focus).
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
    // One occurrence over the maximum is a mild fault (Yoast: "more than recommended", not "way more").
    const fewest = shareOk ? lowM : preferredM;
    const near = !fits && body + 1 + fixedOcc + fewest === high + 1;
    if (near) m = fewest;
    const slots = fixedHeads + m;
    // Searchers type two or three words more often than one, and a phrase is more specific than a lone word.
    const specific = content.length > 1 ? 1.35 : 1;
    const titled = matchesIn(titleUnits, content) === 0 ? 1 : content.every((w, i) => titleUnits[i] === w) ? HEADLINE_FIT * HEADLINE_START : HEADLINE_FIT;
    const value = centrality * specific * titled * (intro ? 1 : 0.3) * (fits ? 1 : near ? 0.5 : 0.2) * (shareOk ? 1 : SHARE_MISSED);
    if (!best || value > best.value + 1e-12) best = { focus: c.phrase, slots, value };
  }
  return best && { focus: best.focus, slots: best.slots };
}
