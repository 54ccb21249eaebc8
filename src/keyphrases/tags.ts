/**
 * Which keyphrases are tags: phrases that name what the article is about. The ranking keeps verb forms and
 * modifiers for recall (crowd annotators tag them), but a tag, a title's subject or a heading names a thing.
 */
import type { Sentence } from '../document/types.js';
import { tagsOf } from '../grammar/annotate.js';
import type { LanguagePack } from '../lang/types.js';
import { attributiveOnly, nominal, nounByUse, verbByUse } from './nominal.js';

type Blocks = readonly { sentences: readonly Sentence[] }[];

/** Tags of a verb's words (the tagger's UPOS). */
const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Tags of a modifier's. */
const MODIFIER: ReadonlySet<string> = new Set(['ADJ', 'ADV']);

/**
 * True when the tagger says the article uses the phrase as a verb or, one word alone, as a modifier: in most of
 * its occurrences (the same words in order, any case), a word at its edge is tagged VERB or AUX (`will continue`),
 * or the one word is tagged VERB, AUX, ADJ or ADV (`naik`, `presidential`, `digital`). A phrase the article never writes as it
 * stands (an alias) is not judged; a language without a tagger never says so.
 */
export function verbOrModifierByTag(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  const words = phrase.toLowerCase().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return false;
  let uses = 0;
  let verbal = 0;
  let modifier = 0;
  for (const { sentences } of blocks) {
    for (const sentence of sentences) {
      const ws = sentence.words;
      if (ws.length < words.length || !ws.some((w) => w.text.toLowerCase() === words[0])) continue;
      const tags = tagsOf(sentence, lang);
      if (!tags) return false;
      for (let i = 0; i + words.length <= ws.length; i++) {
        if (!words.every((w, j) => ws[i + j]!.text.toLowerCase() === w)) continue;
        uses++;
        if (VERBAL.has(tags[i]!) || VERBAL.has(tags[i + words.length - 1]!)) verbal++;
        else if (words.length === 1 && MODIFIER.has(tags[i]!)) modifier++;
      }
    }
  }
  return uses > 0 && (verbal + modifier) * 2 > uses;
}

/**
 * True when the phrase may stand for a thing in titles and headings: not a word the article uses as a verb
 * (`will continue`, `sudah masuk`) nor one only ever written as a modifier (`strong evidence`).
 */
export function namesThing(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  return !verbByUse(phrase, blocks, lang) && !attributiveOnly(phrase, blocks, lang);
}

/**
 * True when the phrase is one of the article's tags: it names a thing (`namesThing`), no edge is a verb form by
 * the language's rules unless the article uses the word as a noun (`the kidnapping`), and the tagger does not read
 * it as a verb or a lone modifier where the article writes it.
 */
export function isTag(phrase: string, blocks: Blocks, lang: LanguagePack): boolean {
  return (
    namesThing(phrase, blocks, lang) &&
    (nominal(phrase, lang) || nounByUse(phrase, blocks, lang)) &&
    !verbOrModifierByTag(phrase, blocks, lang)
  );
}
