/**
 * The fix hint of a passive sentence: its passive verb and, when the sentence says, who did it, so that the writer
 * can make the agent the subject. Only passives the writer would rewrite get one: a verb inside a relative clause
 * (`warga yang dievakuasi`, `the bridge which was built`) is the natural way to describe a noun, not worth a note.
 */
import type { Sentence } from '../../document/types.js';
import type { WordRange } from '../../grammar/chunks.js';
import { passiveWords as enPassive } from '../../lang/en/passive.js';
import { passiveWords as idPassive } from '../../lang/id/passive.js';
import { activeForm as idActive } from '../../lang/id/active-form.js';
import type { LanguagePack } from '../../lang/types.js';
import { parse } from './relative.js';

const byCode: Readonly<Record<string, (words: readonly string[]) => number[]>> = { en: enPassive, id: idPassive };
/** The active form of a passive word, in the languages that have a rule for it. */
const activeByCode: Readonly<Record<string, (word: string) => string | undefined>> = { id: idActive };

/** What a passive note says. */
export interface PassiveHint {
  /** The verb as written (its verb group: `telah ditangkap`, `was arrested`). */
  verb: string;
  /** Index (into the sentence's words) of the passive word the hint names. */
  index: number;
  /** The active form of that word (`menangkap` for `ditangkap`), when the language has a rule for it. */
  active?: string;
  /** The agent as written (`polisi`, `the police`), when the sentence names it. */
  agent?: string;
}

/** Indices of a sentence's passive words, by its language's rule; empty for a language without one. */
export function passiveWordsOf(lang: Pick<LanguagePack, 'code'>, words: readonly string[]): number[] {
  const find = Object.hasOwn(byCode, lang.code) ? byCode[lang.code] : undefined;
  return find ? find(words) : [];
}

function text(sentence: Sentence, range: WordRange): string {
  return sentence.words.slice(range.start, range.end).map((w) => w.text).join(' ');
}

/**
 * The hint for a passive sentence; null when every passive verb stands in a relative clause (no note), undefined
 * when the language has no word-level passive rule.
 */
export function passiveHint(sentence: Sentence, lang: LanguagePack): PassiveHint | null | undefined {
  let memo = memos.get(lang);
  if (!memo) memos.set(lang, (memo = new Map()));
  if (memo.has(sentence.text)) return memo.get(sentence.text);
  const hint = computeHint(sentence, lang);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(sentence.text, hint);
  return hint;
}

/**
 * Hints by sentence text, per language: a hint depends only on the text (its words and tags follow from it), and
 * the rewrite assesses the same sentences twice, the second time as new objects the grammar's cache does not know.
 */
const memos = new WeakMap<LanguagePack, Map<string, PassiveHint | null | undefined>>();
const MEMO_LIMIT = 4096;

function computeHint(sentence: Sentence, lang: LanguagePack): PassiveHint | null | undefined {
  const hint = findHint(sentence, lang);
  if (!hint) return hint;
  const toActive = Object.hasOwn(activeByCode, lang.code) ? activeByCode[lang.code] : undefined;
  const active = toActive?.(sentence.words[hint.index]?.text ?? '');
  return active ? { ...hint, active } : hint;
}

function findHint(sentence: Sentence, lang: LanguagePack): PassiveHint | null | undefined {
  const words = sentence.words.map((w) => w.text);
  const found = passiveWordsOf(lang, words);
  if (found.length === 0) return undefined;
  const parsed = parse(sentence, lang);
  const main = parsed ? found.filter((i) => !parsed.relative[i]) : found;
  const index = main[0];
  if (index === undefined) return null;
  if (!parsed) return { verb: words[index] ?? '', index };
  const clause = parsed.grammar.clause;
  const predicate = clause?.predicate;
  if (predicate?.passive && clause && main.some((i) => i >= predicate.start && i < predicate.end)) {
    const at = main.find((i) => i >= predicate.start && i < predicate.end) ?? index;
    return { verb: text(sentence, predicate), index: at, ...(clause.agent ? { agent: text(sentence, clause.agent) } : {}) };
  }
  const group = parsed.grammar.chunks.verbGroups.find((vg) => index >= vg.start && index < vg.end);
  const verb = group ? text(sentence, group) : (words[index] ?? '');
  // `… dihadiri oleh Presiden`: the agent after the marker.
  const end = group?.end ?? index + 1;
  const marker = parsed.tokens[end];
  const agent = marker && lang.grammar?.agentMarkers.has(marker.lower) ? parsed.grammar.chunks.nounPhrases.find((np) => np.start === end + 1) : undefined;
  return { verb, index, ...(agent ? { agent: text(sentence, agent) } : {}) };
}
