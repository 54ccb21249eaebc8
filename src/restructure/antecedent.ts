/**
 * Whom a speaker's pronoun stands for (`Ia menekankan …`, `he said`): the person the sentences just before name as
 * a speaker, as the article names them alone (`Yusril`). A headline says a name, never `Ia: …`.
 */
import type { Sentence } from '../document/types.js';
import { grammarOf } from '../grammar/annotate.js';
import type { LanguagePack } from '../lang/types.js';
import { speakerSpan, subjectVariants, type ArticleNames } from './headline-subject.js';

/** Sentences looked back for the person a pronoun stands for. */
const LOOK_BACK = 3;

/**
 * The person a pronoun in a sentence of `paragraphs` may stand for: the one named last in the few sentences before
 * it, looked for only when asked (most sentences name their speaker).
 */
export function antecedents(paragraphs: readonly (readonly Sentence[])[], lang: LanguagePack, names?: ArticleNames): (s: Sentence) => string[] | undefined {
  const flat = paragraphs.flat();
  const at = new Map(flat.map((s, i) => [s, i]));
  return (s) => {
    const i = at.get(s);
    if (i === undefined || !lang.grammar?.speakerPronouns) return undefined;
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
      const name = personOf(flat[j]!, lang, names);
      if (name) return name;
    }
    return undefined;
  };
}

/** The person `s` names as its speaker (`kata Yusril`, `Menurut Yusril`): a run of names, as the article names them alone. */
function personOf(s: Sentence, lang: LanguagePack, names?: ArticleNames): string[] | undefined {
  const g = grammarOf(s, lang);
  const clause = g?.clause;
  if (!g || !clause) return undefined;
  // (A source named with `menurut`, `according to`, before the speaker of the clause: `Menurut Yusril, putusan MK
  // menyatakan …`.)
  const source = lang.grammar?.attribution?.find((words) => words.every((w, j) => s.words[j]?.text.toLowerCase() === w));
  const named = source ? { start: source.length, end: source.length, head: source.length } : undefined;
  if (named) while (g.tags[named.end] === 'PROPN' && named.end - named.start < 4) named.end++;
  // (The speaker whole, `Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono`: never `Kelautan`.)
  const report = clause.reporting;
  const speaker = report?.speaker ? speakerSpan(s, g.tags, { ...report, speaker: report.speaker }) : undefined;
  for (const span of [named && named.end > named.start ? named : undefined, speaker]) {
    if (!span || g.tags[span.head] !== 'PROPN') continue;
    const variants = subjectVariants(s, g.tags, span, lang, names);
    const person = variants[variants.length - 1];
    if (person && person.length <= 3 && person.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return person;
  }
  return undefined;
}

/** True when the span of `s` is one of the language's speaker pronouns (`ia`, `he`). */
export function isSpeakerPronoun(s: Sentence, span: { start: number; end: number } | undefined, lang: LanguagePack): boolean {
  return span !== undefined && span.end - span.start === 1 && lang.grammar?.speakerPronouns?.has(s.words[span.start]!.text.toLowerCase()) === true;
}
