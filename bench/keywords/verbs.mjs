/**
 * Verb and lone-modifier check of the benchmark, by the part-of-speech tagger (`grammarOf`): a tag is a verb when,
 * in most of the article's occurrences of the phrase (same words in order, case-insensitive), its first or last
 * word is tagged VERB or AUX; a one-word tag is a lone modifier when most of its occurrences are tagged ADJ. A
 * phrase the article never writes as such (an alias) is not judged.
 */

/**
 * @param {readonly string[]} phrases as returned
 * @param {import('../../src/document/types.ts').Doc} doc the article as the extractor saw it
 * @param {(sentence: unknown) => readonly string[] | undefined} tagsOf the tags of a sentence's words
 * @returns {number} share of phrases that are verbs or lone modifiers
 */
export function verbShare(phrases, doc, tagsOf) {
  if (phrases.length === 0) return 0;
  /** @type {{ lower: string[], tags: readonly string[] }[]} */
  const sentences = [];
  for (const block of doc.blocks) {
    for (const s of block.sentences) {
      const tags = tagsOf(s);
      if (tags) sentences.push({ lower: s.words.map((w) => w.text.toLowerCase()), tags });
    }
  }
  let bad = 0;
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/u).filter((w) => w !== '');
    let uses = 0;
    let verbal = 0;
    let modifier = 0;
    for (const { lower, tags } of sentences) {
      for (let i = 0; i + words.length <= lower.length; i++) {
        if (!words.every((w, j) => lower[i + j] === w)) continue;
        uses++;
        const edges = [tags[i], tags[i + words.length - 1]];
        if (edges.some((t) => t === 'VERB' || t === 'AUX')) verbal++;
        if (words.length === 1 && tags[i] === 'ADJ') modifier++;
      }
    }
    if (uses > 0 && (verbal * 2 > uses || modifier * 2 > uses)) bad++;
  }
  return bad / phrases.length;
}
