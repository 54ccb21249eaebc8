/**
 * English adverbs recognised by their form (`reportedly`, `clearly`), so that the keyphrase extractor can rank
 * them low. Verbs are left alone: `-ing` and `-ed` forms are often good keyphrases in news (`hiring`, `arrested`).
 * Owned by the keyphrase work.
 */

/** Nouns and adjectives in `-ly` that are not adverbs. */
const exceptions: ReadonlySet<string> = new Set(
  `ally anomaly assembly belly bully butterfly daily early family fly holy italy jelly july monopoly rally reply
  supply ugly weekly monthly quarterly yearly elderly friendly lonely lovely silly melancholy homily`.split(/\s+/u),
);

/** True when the lowercase `word` is an adverb in `-ly`. */
export function isVerbOrAdverb(word: string, stem: string): boolean {
  void stem;
  return word.length >= 6 && word.endsWith('ly') && !exceptions.has(word);
}
