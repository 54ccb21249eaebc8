/**
 * Language detection: franc (trigrams) for the broad language, then a lexical tie-break between Indonesian and
 * Malay, which trigrams confuse.
 */
import { franc } from 'franc-min';
import { indonesianMarkers, malayMarkers } from './id/malay-markers.js';

/** ISO 639-3 (franc) to ISO 639-1 for the languages franc-min knows and we may meet. */
const ISO1: Readonly<Record<string, string>> = {
  ind: 'id', zlm: 'ms', eng: 'en', spa: 'es', por: 'por', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', jav: 'jv',
  sun: 'su', tgl: 'tl', vie: 'vi', tur: 'tr', pol: 'pl', ron: 'ro', swe: 'sv', rus: 'ru', ukr: 'uk', arb: 'ar',
  cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ben: 'bn', tha: 'th', hau: 'ha', swh: 'sw', ces: 'cs', hun: 'hu',
};

/** Enough text to decide; longer texts only cost time. */
const SAMPLE_CHARS = 3000;

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
  const raw = franc(sample, { minLength: 10 });
  if (raw === 'ind' || raw === 'zlm') {
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    const ms = countMarkers(words, malayMarkers);
    const id = countMarkers(words, indonesianMarkers);
    return { lang: ms > id * 2 && ms >= 3 ? 'ms' : 'id', raw };
  }
  if (raw === 'und') return { lang: 'und', raw };
  return { lang: ISO1[raw] ?? raw, raw };
}
