/**
 * Section headings built from the article's own words: a clean cut of one of the section's opening clauses that
 * names what the section is about (`heading-clauses.ts`), or else the phrases that characterise the section
 * (frequent in it, rarer elsewhere), joined the way a sub-editor would ("Tencent dan Penimbunan Chip"). The focus
 * keyphrase is in the headings of the sections where it matters most, in a share Yoast considers good (30–75 %).
 */
import type { LanguagePack } from '../lang/types.js';
import type { Sentence } from '../document/types.js';
import { clauseHeadlines, type ArticleNames } from './headline.js';
import { DEFINITION, HEADING_CHARS } from './clause-headline.js';
import { phraseHeading } from './heading-phrases.js';
import { headlineCasing } from './casing.js';
import { clauseHeading } from './heading-clauses.js';
import { countRun, lowerWords, restates, stems } from './match.js';
import { repeats } from './title-best.js';
import { nominal } from '../keyphrases/nominal.js';

/** A candidate phrase with its document-level score. */
export interface HeadingPhrase {
  phrase: string;
  score: number;
}

export interface HeadingInput {
  /** Lowercased words of each section. */
  sections: readonly (readonly string[])[];
  /** The sentences of each section: headings may be cut from them. Without them, headings are made of phrases. */
  sentences?: readonly (readonly string[])[];
  /** Candidate phrases, best first. */
  phrases: readonly HeadingPhrase[];
  focus: string;
  lang: LanguagePack;
  /** Longest heading in characters. */
  maxChars?: number;
  /** Each section's paragraphs as the document model has them, for headlines from their main clauses. */
  paragraphs?: readonly (readonly (readonly Sentence[])[])[];
  /** True when the article writes the word (lowercased): what the headline register may build on. */
  attested?: (word: string) => boolean;
  /** How often the article names each person by one word alone (`loneNames`). */
  names?: ArticleNames;
  /** Texts no heading may repeat (the title). */
  avoid?: readonly string[];
  /** How many headings carry the focus keyphrase (default: Yoast's good share of all of them). */
  focusSlots?: number;
}

/** How many of `h` headings should carry the focus keyphrase (Yoast: between 30 % and 75 %, one of one). */
export function focusHeadingCount(h: number): number {
  if (h <= 1) return h;
  const min = Math.ceil(h * 0.3);
  const max = Math.floor(h * 0.75);
  return Math.max(min, Math.min(max, Math.round(h / 2)));
}

interface Scored {
  phrase: string;
  words: readonly string[];
  stems: string[];
  score: number;
}

function overlaps(a: Scored, b: Scored): boolean {
  return a.stems.some((s) => b.stems.includes(s));
}

/** What a heading clause whose subject names nothing in particular costs (`Kondisi Negara Tidak Bagus`). */
const VAGUE_SUBJECT = 1;
/** What a figure in a heading clause is worth (`Purbaya: Total Dana Daerah Capai Rp 234 Triliun`). */
const FIGURE = 0.75;

/**
 * True when a text holds an amount: a number that is not a year or decade alone (`in 1999`, `1980s` date, `Rp 234 Triliun` counts), a
 * time of day (`5:03`, `Pukul 11.30`: after one of the language's time words) or a code with a leading zero (`RT 03/09`).
 */
function figure(text: string, lang: LanguagePack): boolean {
  const words = text.split(/\s+/u);
  return words.some((w, i) => /^\p{Sc}?\d/u.test(w) && !/^(?:19|20)\d\d(?:s|an)?$/u.test(w) && !/^\d{1,2}:\d\d$/u.test(w) && !/^0\d/u.test(w) &&
    lang.grammar?.timeWords?.has(words[i - 1]?.toLowerCase() ?? '') !== true);
}

/**
 * The best headline from the main clauses of a section's first sentences: within the heading length, not used
 * already, holding `require` when given (else any), and naming most of the section's salient phrases; shorter wins
 * ties, as subheadings are short.
 */
function bestClause(
  paragraphs: readonly (readonly Sentence[])[] | undefined,
  input: HeadingInput,
  salient: readonly (readonly string[])[],
  require: readonly string[] | undefined,
  maxChars: number,
  seen: ReadonlySet<string>,
  reach: { sentences: number; max: number } = { sentences: 3, max: HEADING_CHARS.max },
): string | undefined {
  if (!paragraphs || paragraphs.length === 0) return undefined;
  const { lang } = input;
  const found = clauseHeadlines(paragraphs.slice(0, 6), lang, input.attested ?? (() => false), reach.sentences, input.names);
  let best: { text: string; value: number } | undefined;
  for (const h of found) {
    // (A clause cut inside a noun phrase is a title's last resort: a subheading has room for a phrase instead.)
    if (h.trimmed) continue;
    const text = headlineCasing(h.text, lang);
    if (text.length < HEADING_CHARS.min || text.length > Math.min(maxChars, reach.max) || seen.has(text.toLowerCase())) continue;
    // A content word twice reads as a stutter (`Salah Satu Contoh Kolaborasi Adalah Kolaborasi`).
    if (repeats(text, lang) > 0) continue;
    const words = lowerWords(text);
    const names = salient.filter((p) => countRun(words, p) > 0).length;
    const holds = require !== undefined && countRun(words, require) > 0;
    // A copula clause (`Orang Kulit Hitam Merupakan Kelompok`) is a definition, seldom what a section says.
    // One that says again what the title or a heading above says comes after any other clause (never after a
    // label: a heading that restates is still a sentence of the section).
    const again = [...seen].some((other) => restates(text, other, lang)) ? 4 : 0;
    // A section heading says what the section is about; `Speaker: …` is a headline's form for a quotation.
    // (Editors head a section with who did what, and with its figure: a clause whose subject names nothing, `Sebagian
    // Besar Tunjukkan Kemajuan`, comes after one that names someone; one that holds a number before one without.)
    const value = names + (holds ? 3 : 0) - h.sentence * 0.5 - text.length / 200 - (h.copula ? 2 : 0) - (h.definition ? DEFINITION : 0) - again - (h.quoted ? 2 : 0) -
      (h.vague ? VAGUE_SUBJECT : 0) + (figure(text, lang) ? FIGURE : 0);
    if (!best || value > best.value) best = { text, value };
  }
  return best?.text;
}

/**
 * Where a heading came from: a clause of the section, a noun phrase of it, or, when neither reads well, the
 * section's two best phrases joined (`A dan B`) or the focus alone, which say nothing of the section.
 */
export type HeadingSource = 'clause' | 'phrase' | 'list' | 'focus';

export interface BuiltHeading {
  text: string;
  source: HeadingSource;
}

/** Builds one heading per section. */
export function buildHeadings(input: HeadingInput): string[] {
  return buildHeadingsWithSources(input).map((h) => h.text);
}

/** Builds one heading per section, with where each came from. */
export function buildHeadingsWithSources(input: HeadingInput): BuiltHeading[] {
  const { lang, focus } = input;
  const maxChars = input.maxChars ?? 60;
  const focusWords = lowerWords(focus);
  const focusStems = stems(focusWords, lang);
  const sectionStems = input.sections.map((words) => stems(words, lang));
  const candidates = input.phrases
    .map((p) => ({ p, words: lowerWords(p.phrase) }))
    .filter(({ p, words }) => words.length > 0 && countRun(words, focusWords) === 0 && !words.every((w) => focusWords.includes(w)) && nominal(p.phrase, lang))
    .map(({ p, words }) => ({ phrase: p.phrase, words, stems: stems(words, lang), score: p.score }));

  // Local salience: occurrences in the section, weighted by how specific the phrase is to it.
  const counts = candidates.map((c) => sectionStems.map((s) => countRun(s, c.stems)));
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));

  // The sections that carry the focus: those where it occurs most (earlier first on ties).
  const want = input.focusSlots ?? focusHeadingCount(input.sections.length);
  const focusCounts = sectionStems.map((s, i) => ({ i, n: countRun(s, focusStems) }));
  const carriers = new Set(
    [...focusCounts].sort((a, b) => b.n - a.n || a.i - b.i).slice(0, want).map((x) => x.i),
  );

  const keywords = new Set(input.phrases.slice(0, 12).flatMap((p) => lowerWords(p.phrase)));
  const used = new Set<string>();
  const headings: BuiltHeading[] = [];
  const seen = new Set<string>((input.avoid ?? []).map((t) => t.toLowerCase()));
  input.sections.forEach((_, si) => {
    const ranked = candidates
      .map((c, ci) => {
        const local = counts[ci]![si]!;
        // Share of the phrase's occurrences that fall in this section: what the section is about, not the article.
        const share = local / Math.max(totals[ci]!, 1);
        const penalty = used.has(c.stems.join(' ')) ? 0.25 : 1;
        // Names and multi-word phrases say more in a heading than a lone word, and a lone everyday word
        // (`teknologi`, `pengembangan`, `company`) says least: it would fit any section of any article.
        const everyday = c.words.length === 1 && c.phrase === c.phrase.toLowerCase() && lang.commonWords?.has(c.words[0]!) === true;
        const precise = c.words.length > 1 || /^\p{Lu}/u.test(c.phrase) ? 1.5 : everyday ? 0.5 : 1;
        return { c, value: local === 0 ? 0 : (1 + Math.log(local)) * (0.8 + 0.4 * c.score) * (0.1 + share * share) * penalty * precise };
      })
      .filter((x) => x.value > 0)
      .sort((a, b) => b.value - a.value || a.c.phrase.localeCompare(b.c.phrase));
    const first = ranked[0]?.c;
    const second = ranked.find((x) => first && !overlaps(x.c, first))?.c;
    let text: string;
    let source: HeadingSource;
    const focusTitle = headlineCasing(focus, lang);
    const sentences = input.sentences?.[si];
    const section = sentences && { sentences, sectionWords: input.sections[si] ?? [], salient: ranked.slice(0, 3).map((x) => x.c.words), keywords, lang };
    // What the section says: the main clause of its opening sentences, in the headline register, preferring one
    // that names the focus in a section that should carry it and one that names the section's own things.
    const salient = ranked.slice(0, 3).map((x) => x.c.words);
    const fromClause = bestClause(input.paragraphs?.[si], input, salient, carriers.has(si) ? focusWords : undefined, maxChars, seen);
    // A section that should carry the focus takes a clause of its own that names it, before one that does not.
    const holdsFocus = fromClause !== undefined && countRun(lowerWords(fromClause), focusWords) > 0;
    const named = carriers.has(si) && !holdsFocus && section ? clauseHeading({ ...section, require: focusWords, maxChars }) : undefined;
    // Else a clause from further into the section, up to the title's length, before a clean cut of its opening.
    const further = fromClause ?? bestClause(input.paragraphs?.[si], input, salient, undefined, maxChars, seen, { sentences: 8, max: maxChars });
    // (And then one a little longer than a title, before a cut that the grammar did not read.)
    const stretched = further ?? bestClause(input.paragraphs?.[si], input, salient, undefined, HEADING_CHARS.stretch, seen, { sentences: 8, max: HEADING_CHARS.stretch });
    const cut = named ?? stretched ?? (section ? clauseHeading({ ...section, maxChars }) : undefined);
    // (Never the title's or another heading's words again: `Barclays Shares Were Up 8 Pence and Pence`.)
    const clause = cut && !seen.has(cut.toLowerCase()) ? cut : undefined;
    // Never `Focus: A dan B`: an editor rates a label and a list 1 of 5. A noun phrase of the section's own things
    // when no clause reads well.
    const phrase = clause || !input.paragraphs?.[si] ? undefined : phraseHeading({ paragraphs: input.paragraphs[si]!, lang, salient, keywords, seen, maxChars });
    if (clause) {
      [text, source] = [clause, 'clause'];
    } else if (phrase) {
      [text, source] = [phrase, 'phrase'];
    } else if (first) {
      const two = second ? `${headlineCasing(`${first.phrase} ${lang.words.and} ${second.phrase}`, lang)}` : '';
      [text, source] = [two && two.length <= maxChars ? two : headlineCasing(first.phrase, lang), 'list'];
    } else {
      [text, source] = [focusTitle, 'focus'];
    }
    // Never two identical headings.
    let unique = text;
    for (const x of ranked.slice(1)) {
      if (!seen.has(unique.toLowerCase())) break;
      unique = `${text} ${lang.words.and} ${x.c.phrase}`;
    }
    seen.add(unique.toLowerCase());
    if (first) used.add(first.stems.join(' '));
    if (second) used.add(second.stems.join(' '));
    headings.push({ text: unique, source });
  });
  return headings;
}
