/**
 * The H1/SEO title: the writer's headline as written when it fits and holds the focus keyphrase; else it starts
 * with the focus (Yoast rates a title good when it leads), fits 60 characters and Yoast's 400–600 px, and is built
 * from the article's own words: the lead's main clause, cut or shortened as a sub-editor would (words left out,
 * never changed), completed with the article's main phrases when short; a list of those phrases only when the
 * lead's first four sentences give nothing better. Candidates are scored; the best one wins.
 */
import type { LanguagePack } from '../lang/types.js';
import { textWidth } from '../text/width.js';
import { capitalise, headlineCasing, titleCase } from './casing.js';
import { balanced, cleanPrefixes, compressed, headlineClauses, withoutRelative } from './clauses.js';
import { countRun, lowerWords } from './match.js';
import type { Sentence } from '../document/types.js';
import { DEFINITION } from './clause-headline.js';
import { clauseHeadlines, type ArticleNames } from './headline.js';
import { QUOTE_OPENING } from './lead-sentences.js';
import { titleFeatures, titleScore, type TitleFeatures } from './title-model.js';
import { best, type Candidate } from './title-best.js';
import { docFromParagraphs } from '../document/from-text.js';

export interface TitleInput {
  /** Sentences of the lead paragraph. */
  lead: readonly string[];
  /** The first paragraphs as the document model has them (words, offsets), for the grammar layer's clause. */
  paragraphs?: readonly (readonly Sentence[])[];
  /** True when the article writes the word (lowercased): what the headline register may build on. */
  attested?: (word: string) => boolean;
  /** How often the article names each person by one word alone (`loneNames`), for headlines that name them so. */
  names?: ArticleNames;
  /** The writer's headline, when the draft has one. */
  headline?: string;
  focus: string;
  /** The writer gave the focus: a title that holds it wins whenever one fits, however it scores. */
  focusGiven?: boolean;
  /** Further keyphrases, best first (phrases made of the focus's words are skipped). */
  phrases: readonly string[];
  lang: LanguagePack;
}



/** How far below the best clause headline one that holds the focus may score and still be chosen. */
const FOCUS_MARGIN = 1;

/** What a title without the focus costs (Yoast's title check fails; the focus's density drops). */
const NO_FOCUS = 1.5;

/** What a sentence that opens by pointing back costs: better than the bare focus, worse than any other. */
const POINTING = 4;

/**
 * What a clause whose predicate is a copula alone costs (`Sunderland Adalah Tim dengan Status …`, `Beer is taxed`):
 * a definition or a background fact, which editors do not headline; judged 1–2 of 5 in the blind test.
 */
const COPULA = 2;

/**
 * What reported speech in the quotation's form costs on top of a quotation's weight (`Iftitah: Prabowo Miliki …`):
 * editors give a title that form seldom (19 of 404 Detik headlines), so another clause of the lead comes first. Set
 * so that our share of such titles on the Detik dev articles (18 of 404) is about the editors'.
 */
const REPORTED = 1.5;

/**
 * What a clause whose speaker is named for a pronoun costs (`John Berharap …` of `Dia berharap …`): a sentence that
 * leans on the one before is a side detail for a title, however well it names someone.
 */
const RESOLVED = 1;

/** What a clause shortened by leaving words out costs against the clause as written. */
const COMPRESSED_COST = 0.25;

function startsWithWords(text: string, prefix: string): boolean {
  const a = lowerWords(text);
  const b = lowerWords(prefix);
  return b.length > 0 && b.every((w, i) => a[i] === w);
}

/** A headline from the lead's main clause with what the title model reads in it. */
export interface ClauseTitle {
  text: string;
  features: TitleFeatures;
  score: number;
}

/**
 * Who did what, from the grammar layer's main clause, in the headline register (`Prabowo Teken Perpres …`): every
 * candidate within the title's limits, scored by the language's title model, best first.
 */
export function clauseTitles(input: TitleInput, reach = CLAUSE_SENTENCES): ClauseTitle[] {
  const { lang, focus } = input;
  const { maxChars, maxWidth } = lang.thresholds.title;
  // Called with the lead's text only (the library's string API, tests): segmented here.
  const paragraphs = input.paragraphs ?? [docFromParagraphs([...input.lead], lang).blocks.flatMap((b) => b.sentences)];
  const written = new Set(paragraphs.flat().flatMap((x) => x.words.map((w) => w.text.toLowerCase())));
  const attested = input.attested ?? ((w: string) => written.has(w));
  const keywords = new Set(input.phrases.slice(0, 12).flatMap((p) => lowerWords(p)));
  const out: ClauseTitle[] = [];
  const seen = new Set<string>();
  for (const h of clauseHeadlines(paragraphs, lang, attested, reach, input.names, lang.headline?.titleWords)) {
    const text = headlineCasing(h.text, lang);
    if (seen.has(text) || text.length > maxChars || textWidth(text) > maxWidth || !balanced(text)) continue;
    seen.add(text);
    const features = titleFeatures(h, text, focus, keywords, lang);
    out.push({ text, features, score: titleScore(features, lang) - (h.copula ? COPULA : 0) - (h.definition ? DEFINITION : 0) - (h.reported ? REPORTED : 0) - (h.resolved ? RESOLVED : 0) });
  }
  // Best first; ties keep the order found (earlier sentence, longer cut).
  return out.map((c, i) => ({ c, i })).sort((a, b) => b.c.score - a.c.score || a.i - b.i).map((x) => x.c);
}

function candidates(input: TitleInput, from: number, to: number): Candidate[] {
  const { lang, focus } = input;
  const focusTitle = titleCase(focus, lang);
  const out: Candidate[] = [];
  const sources: { text: string; source: number }[] = [];
  if (input.headline) sources.push({ text: input.headline, source: 3 });

  input.lead.slice(from, to).forEach((s, k) => {
    const i = from + k;
    // A quote lede (`"Iya," kata Wakil Ketua KPK…`) gives spoken words and their attribution, not the news.
    if (QUOTE_OPENING.test(s)) return;
    for (const clause of headlineClauses(s, lang)) {
      const short = withoutRelative(clause, lang);
      for (const text of short ? [clause, short] : [clause]) {
        sources.push({ text, source: i === 0 ? 2 : i === 1 ? 0.5 : 0 });
        // Shortened as a headline is, by leaving words out: it reads as well and may fit whole where the clause
        // would be cut.
        const brief = compressed(text, lang);
        if (brief) sources.push({ text: brief, source: (i === 0 ? 2 : i === 1 ? 0.5 : 0) - COMPRESSED_COST });
        // Without the title or description before the name the focus is (`Wakil Ketua MPR RI Lestari Moerdijat
        // menekankan…`), as a headline names a person.
        const named = fromName(brief ?? text, focus, lang);
        if (named) sources.push({ text: named, source: (i === 0 ? 2 : i === 1 ? 0.5 : 0) - COMPRESSED_COST });
      }
    }
  });
  for (const { text, source } of sources) {
    // `Pernyataan itu disampaikan …`, `This deal ensures …`: a sentence that opens by pointing back stands on
    // nothing in a headline (the writer's own headline excepted).
    const pointing = source !== 3 && lowerWords(text).slice(0, 3).some((w) => lang.headline?.pointers.has(w) === true);
    for (const prefix of cleanPrefixes(text, lang)) {
      if (prefix.split(/\s+/u).length < 3) continue;
      // (Never a fragment that ends on a verb of saying, `Andi Muhammad Yasir Arafat Menegaskan`: what was said is
      // the news.)
      const last = lowerWords(prefix).at(-1) ?? '';
      if (lang.grammar?.reportingVerbs.has(last) === true || lang.grammar?.complementVerbs.has(last) === true) continue;
      const cut = prefix.length < text.length;
      const headline = source === 3 ? prefix : headlineCasing(prefix, lang);
      const natural = startsWithWords(prefix, focus);
      // A clause that has the focus further in is used as it is: "Focus: … focus …" repeats it (and, in a short
      // article, pushes its density over the limit).
      const inside = !natural && countRun(lowerWords(prefix), lowerWords(focus)) > 0;
      // No label in front (`Focus: …`) and no list after: an editor rates those 1 of 5. A clause without the focus
      // is used as it is, for less.
      out.push({ text: headline, source: (natural || inside ? source : source - NO_FOCUS) - (pointing ? POINTING : 0), natural, cut });
    }
  }
  // The focus alone says nothing of the story: the last resort, after any list.
  out.push({ text: capitalise(focusTitle), source: -3, natural: true, fallback: true });
  return out;
}

/** Most words of a title or description before a name. */
const ROLE_WORDS = 8;

/**
 * The clause from the focus on, when the focus is the name its subject ends with, after a title (`Wakil Ketua MPR
 * RI Lestari Moerdijat menekankan…`, `Presiden Prabowo Subianto bertekad…`): the clause opens with a role word of
 * the language's generic words, only capitalised words, brackets and function words stand between, and a lowercase
 * word follows the name.
 */
function fromName(clause: string, focus: string, lang: LanguagePack): string | undefined {
  if (!/^\p{Lu}/u.test(focus)) return undefined;
  const tokens = clause.split(/\s+/u).filter(Boolean);
  const lower = tokens.map((t) => t.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''));
  const name = lowerWords(focus);
  const at = lower.findIndex((_, i) => i > 0 && name.every((w, k) => lower[i + k] === w));
  const after = tokens[at + name.length];
  if (at < 1 || at > ROLE_WORDS || after === undefined || !/^\p{Ll}/u.test(after)) return undefined;
  if (lang.genericWords?.has(lower[0]!) !== true) return undefined;
  const titled = tokens.slice(0, at).every((t, k) => /^[\p{Lu}(]/u.test(t) || lang.stopwords.has(lower[k]!));
  return titled ? tokens.slice(at).join(' ') : undefined;
}


/**
 * The writer's headline as the title, when it fits the limits: it is theirs, and Markdown's H1 is kept the same way.
 * The focus model already prefers a phrase the headline holds; Yoast rates a focus further in "ok" rather than
 * "good", and one missing from the title lower still, but the writer's words come first (never prefixed).
 */
function writersHeadline(input: TitleInput): string | undefined {
  const { maxChars, maxWidth } = input.lang.thresholds.title;
  const headline = input.headline?.trim();
  if (!headline || headline.length > maxChars || textWidth(headline) > maxWidth || !balanced(headline)) return undefined;
  return headline;
}

/**
 * A clause that a comma ended inside a subordinate or relative clause ("Laplante Acknowledged That the Law"): one of
 * its last three words opens such a clause.
 */
function openEnded(text: string, lang: LanguagePack): boolean {
  const words = lowerWords(text).slice(-3, -1);
  return words.some((w) => lang.words.relatives.includes(w) || lang.words.subordinators.includes(w));
}

/** Sentences of the lead a title is cut from; the next ones only when those give nothing but a list. */
const LEAD_SENTENCES = 2;
const MORE_SENTENCES = 2;
/** Sentences of the article a clause headline may come from: a later one beats a cut-down sentence or a list. */
const CLAUSE_SENTENCES = 6;
/** Sentences searched for a clause headline before the bare focus is taken. */
const FAR_SENTENCES = 40;

/** Chooses the best-scoring candidate within the character and pixel limits. */
export function buildTitle(input: TitleInput, ranked: readonly ClauseTitle[] = clauseTitles(input)): string {
  const kept = writersHeadline(input);
  if (kept !== undefined) return kept;
  // A headline from the lead's main clause, ranked by the title model: the cut-down sentences below are the fallback.
  // One that holds the focus wins when it scores close to the best: the title then carries the search words.
  const margin = input.focusGiven === true ? Infinity : FOCUS_MARGIN;
  // (Not a quotation's: holding the focus lifts no one's spoken words over the best clause.)
  // (Nor from further into the article than the best: the lead's news over a side detail that names the focus.)
  const place = (c: ClauseTitle): number => (c.features.first === 1 ? 0 : c.features.second === 1 ? 1 : 2);
  const top = ranked[0];
  // (A quotation's place counts for nothing: spoken words give way to a clause that holds the focus.)
  const clause = ranked.find((c) => c.features.holdsFocus === 1 && c.features.quoted === 0 && c.score >= (top?.score ?? 0) - margin && (input.focusGiven === true || top!.features.quoted === 1 || place(c) <= place(top!))) ?? top;
  if (clause) return clause.text;
  const first = best(input, candidates(input, 0, LEAD_SENTENCES));
  // A sentence of the lead cut short, or a name without a verb, is a fragment, which editors rate lowest: a whole
  // clause headline from further into the article says more.
  if (first && !first.fallback && (first.cut || first.verbless)) {
    const far = clauseTitles(input, FAR_SENTENCES)[0];
    if (far) return far.text;
  }
  // Only a list of phrases or the bare focus: the next sentences of the lead may give a headline instead.
  if (first && !first.fallback) return first.text;
  const later = input.lead.length > LEAD_SENTENCES ? candidates(input, LEAD_SENTENCES, LEAD_SENTENCES + MORE_SENTENCES) : [];
  // Only a whole clause there: one cut short ("The Advisory Panel Made") reads worse than the list.
  const chosen = best(input, later.filter((c) => !c.fallback && c.cut !== true && !openEnded(c.text, input.lang))) ?? first;
  // The bare focus says nothing: a headline from any sentence of the article says more.
  if (!chosen || chosen.fallback) {
    const far = clauseTitles(input, FAR_SENTENCES)[0];
    if (far) return far.text;
  }
  return chosen?.text ?? capitalise(input.focus).slice(0, input.lang.thresholds.title.maxChars);
}


/** A title the writer may choose instead: its text, its score (0–1, the chosen one 1), and where it came from. */
export interface TitleAlternative {
  text: string;
  score: number;
  source: 'writer' | 'lead clause' | 'lead';
}

/**
 * The chosen title first, then up to two more of `ranked` (`clauseTitles`, best first), each with a
 * score relative to the best (`1 / (1 + d)` for one `d` below it) and its source.
 */
export function titleAlternatives(ranked: readonly ClauseTitle[], chosen: string, fromWriter: boolean): TitleAlternative[] {
  const source = fromWriter ? 'writer' : ranked.some((c) => c.text === chosen) ? 'lead clause' : 'lead';
  const out: TitleAlternative[] = [{ text: chosen, score: 1, source }];
  const top = ranked[0]?.score ?? 0;
  for (const c of ranked) {
    if (out.length >= 3) break;
    if (out.some((o) => o.text.toLowerCase() === c.text.toLowerCase())) continue;
    out.push({ text: c.text, score: Math.round((1 / (1 + Math.max(0, top - c.score))) * 1000) / 1000, source: 'lead clause' });
  }
  return out;
}
