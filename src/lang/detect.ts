/**
 * Language detection: franc (trigrams) for the broad language, then a lexical tie-break between Indonesian and
 * Malay, which trigrams confuse.
 */
import { franc } from './franc.js';
import { en } from './en/index.js';
import { indonesianMarkers, malayMarkers } from './id/malay-markers.js';
import { id } from './id/index.js';
import type { LanguagePack } from './types.js';

/** ISO 639-3 (franc) to ISO 639-1 for the languages franc-min knows and we may meet. */
const ISO1: Readonly<Record<string, string>> = {
  ind: 'id', zlm: 'ms', eng: 'en', spa: 'es', por: 'por', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', jav: 'jv',
  sun: 'su', tgl: 'tl', vie: 'vi', tur: 'tr', pol: 'pl', ron: 'ro', swe: 'sv', rus: 'ru', ukr: 'uk', arb: 'ar',
  cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ben: 'bn', tha: 'th', hau: 'ha', swh: 'sw', ces: 'cs', hun: 'hu',
};

/** Enough text to decide; longer texts only cost time. */
const SAMPLE_CHARS = 2000;

/** Packs tried by the fast path (their function words). */
const FAST: readonly LanguagePack[] = [id, en];
const fastSets = FAST.map((p) => ({ code: p.code, words: new Set(p.detectionWords) }));

/**
 * The fast path: the share of words that are one language's most frequent function words. Decides only when one
 * language clearly dominates (news prose runs at 20–35 %); otherwise the trigram detector decides.
 */
function byFunctionWords(words: readonly string[]): string | undefined {
  if (words.length < 30) return undefined;
  const shares = fastSets.map((s) => ({ code: s.code, share: words.filter((w) => s.words.has(w)).length / words.length }));
  shares.sort((a, b) => b.share - a.share);
  const [first, second] = shares;
  if (first && first.share >= 0.12 && first.share >= 3 * (second?.share ?? 0)) return first.code;
  return undefined;
}

function indonesianOrMalay(words: readonly string[]): string {
  const ms = countMarkers(words, malayMarkers);
  const idn = countMarkers(words, indonesianMarkers);
  return ms > idn * 2 && ms >= 3 ? 'ms' : 'id';
}

function countMarkers(words: readonly string[], markers: readonly string[]): number {
  const set = new Set(markers);
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}

export interface Detection {
  /** ISO 639-1 code, or `und` when undetermined. */
  lang: string;
  /** The detector's raw answer (ISO 639-3). */
  raw: string;
}

/** Detects the language of a text (at least `id`, `en`; Indonesian is not mistaken for Malay). */
export function detectLanguage(text: string): Detection {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const fast = byFunctionWords(words);
  if (fast === 'id') return { lang: indonesianOrMalay(words), raw: 'function-words' };
  if (fast) return { lang: fast, raw: 'function-words' };
  const raw = franc(sample, { minLength: 10 });
  if (raw === 'ind' || raw === 'zlm') return { lang: indonesianOrMalay(words), raw };
  if (raw === 'und') return { lang: 'und', raw };
  return { lang: ISO1[raw] ?? raw, raw };
}
