/**
 * The dateline a news article opens with: where and for whom it was filed, before a dash. `Rimanews - `,
 * `Jakarta (ANTARA News) - `, `JAKARTA, KOMPAS.com – `, `WASHINGTON (AP) — `, `BEIJING, April 2 (Xinhua) - `,
 * `(CBS/AP) VIENNA - `. It stays in the article as written, but it is not what the story says: a title,
 * a meta description or a keyphrase taken from it would name the agency, not the news. About one article in four
 * of the id-news corpus opens with one.
 *
 * Not language data: the shape is the wire services' convention in every language the tool reads.
 */

/** Words before the dash, brackets left out: a place, an outlet, a date. More is a sentence with a dash in it. */
const MAX_WORDS = 6;
const MAX_CHARS = 60;

/** The prefix up to a spaced dash (`-`, `--`, `–`, `—`) that a capital, a digit or an opening quote follows. */
const SHAPE = /^(.{2,60}?)\s+(?:--?|–|—)\s+(?=[\p{Lu}\p{N}"“‘'])/u;

/** Every word outside brackets starts with a capital or a digit ("By Mark Cina LOS ANGELES", "April 2"). */
function datelineWords(prefix: string): boolean {
  const outside = prefix.replace(/\([^()]*\)/gu, ' ').replace(/,/gu, ' ').trim();
  const words = outside.split(/\s+/u).filter(Boolean);
  if (words.length > MAX_WORDS) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Length of the dateline at the start of `sentence` (up to the first character of the story), 0 when none. */
export function datelineLength(sentence: string): number {
  const m = SHAPE.exec(sentence);
  if (!m?.[1] || m[1].length > MAX_CHARS || !datelineWords(m[1])) return 0;
  return m[0].length;
}

/** The sentence without its dateline. */
export function withoutDateline(sentence: string): string {
  return sentence.slice(datelineLength(sentence));
}
