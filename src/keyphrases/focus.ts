/**
 * The library's focus keyphrase for a document and its keyphrases: the focus model's choice (`src/focus/`) on the
 * document laid out as the rewrite lays it out, sentences that are not the article's (an upstream tool's
 * instruction, a reader note) left out as the rewrite leaves them out. The rewrite and `check` use the model through
 * the pipeline's analysis; this entry serves callers that hold a `Doc` and keyphrases only. On the bundled sample,
 * normalised as the CLI normalises it, both choose `China`.
 */
import type { Doc } from '../document/types.js';
import { chooseFocus } from '../focus/index.js';
import type { LanguagePack } from '../lang/types.js';
import { layout } from '../restructure/index.js';
import { countPhrase } from './count.js';
import type { Keyphrase } from './index.js';
import { stemWord } from './tokens.js';

/** The focus keyphrase among `keyphrases` (best first), or undefined when none can be one. */
export function chooseFocusKeyphrase(doc: Doc, keyphrases: readonly Keyphrase[], lang: LanguagePack): Keyphrase | undefined {
  const base = layout({ blocks: doc.blocks, lang, keepAll: false });
  const headline = doc.blocks.find((b) => b.kind === 'heading' && b.depth === 1)?.text;
  const choice = chooseFocus({ base, keyphrases, headline });
  if (!choice) return undefined;
  const key = choice.phrase.toLowerCase();
  const same = keyphrases.find((k) => k.phrase.toLowerCase() === key);
  if (same) return same;
  // A short name or a two-word variant of a keyphrase: described as the extractor would.
  const words = doc.blocks.flatMap((b) => b.sentences.flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
  const stem = key.split(/\s+/u).map((w) => stemWord(w, lang)).join(' ');
  return { phrase: choice.phrase, score: choice.candidates[0]?.features.centrality ?? 0, stem, count: countPhrase(words, choice.phrase, lang) };
}
