/** Small formatting helpers for rule messages. */

/** Rounds like Yoast's formatNumber: integers stay, others keep one decimal. */
export function round1(n: number): number {
  return Math.round(n) === n ? n : Math.round(n * 10) / 10;
}

/** `n` followed by `word`, pluralised with `s` unless `n` is 1 (`1 word`, `3 words`). */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

/** A percentage with at most one decimal (`12.5%`). */
export function percent(n: number): string {
  return `${round1(n)}%`;
}

/** Quotes text for a message, shortened to `max` characters. */
export function quote(text: string, max = 60): string {
  const t = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `“${t}”`;
}
