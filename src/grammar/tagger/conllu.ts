/**
 * Reading Universal Dependencies treebanks (CoNLL-U) for training and measuring the tagger, and re-tokenizing their
 * sentences the way the pipeline does.
 *
 * Alignment rule: a sentence's text (`# text =`, or its tokens joined as `SpaceAfter` says) is re-tokenized with
 * `tokenizeWords` plus punctuation tokens (`tagTokens`). Each of our tokens takes the tags of the UD words whose
 * characters it overlaps, and keeps the first that is not PUNCT (the first overall when all are): `don't` (do/AUX +
 * n't/PART) is AUX, `Amerika-nya` (PROPN + PRON) is PROPN, `A.S.` is PROPN whether or not UD split off its period.
 * A punctuation token keeps PUNCT or SYM (the period of UD's `P.` is PUNCT, not PROPN): it is context, never a word.
 */
import { tokenizeWords } from '../../text/segment.js';
import { tagTokens, type TagToken } from './tokens.js';

/** A syntactic word of a treebank sentence. */
export interface UdWord {
  form: string;
  upos: string;
}

/** A surface token: one syntactic word, or a multiword token (`1-2 Menurutnya`) standing for several. */
export interface UdSurface {
  form: string;
  /** Indices of its syntactic words in `UdSentence.words`. */
  words: number[];
  spaceAfter: boolean;
}

export interface UdSentence {
  id: string;
  /** The text as the treebank gives it (`# text =`), or rebuilt from the tokens. */
  text: string;
  words: UdWord[];
  surface: UdSurface[];
}

/** Parses a CoNLL-U file into sentences (empty nodes such as `8.1` are skipped). */
export function parseConllu(content: string): UdSentence[] {
  const out: UdSentence[] = [];
  let id = '';
  let text: string | undefined;
  let words: UdWord[] = [];
  let surface: UdSurface[] = [];
  let rangeEnd = 0;
  const flush = (): void => {
    if (words.length > 0) {
      const rebuilt = surface.map((s) => s.form + (s.spaceAfter ? ' ' : '')).join('').trimEnd();
      out.push({ id, text: text ?? rebuilt, words, surface });
    }
    id = '';
    text = undefined;
    words = [];
    surface = [];
    rangeEnd = 0;
  };
  for (const line of content.split(/\r?\n/u)) {
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/u.exec(line);
      if (m?.[1] === 'sent_id') id = m[2] ?? '';
      else if (m?.[1] === 'text') text = m[2] ?? '';
      continue;
    }
    const cols = line.split('\t');
    const tokenId = cols[0] ?? '';
    const form = cols[1] ?? '';
    const spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/u.test(cols[9] ?? '');
    const range = /^(\d+)-(\d+)$/u.exec(tokenId);
    if (range) {
      rangeEnd = Number(range[2]);
      surface.push({ form, words: [], spaceAfter });
      continue;
    }
    if (!/^\d+$/u.test(tokenId)) continue;
    words.push({ form, upos: cols[3] ?? 'X' });
    const last = surface[surface.length - 1];
    if (last && Number(tokenId) <= rangeEnd) last.words.push(words.length - 1);
    else surface.push({ form, words: [words.length - 1], spaceAfter });
  }
  flush();
  return out;
}

/**
 * Character offsets of each surface token in `text`, found in order; undefined when one is missing (the text and
 * the tokens disagree).
 */
function locate(text: string, surface: readonly UdSurface[]): Array<[number, number]> | undefined {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of surface) {
    const at = text.indexOf(s.form, cursor);
    if (at < 0 || text.slice(cursor, at).trim() !== '') return undefined;
    spans.push([at, at + s.form.length]);
    cursor = at + s.form.length;
  }
  return spans;
}

/** A sentence as the tagger reads it: token texts, gold tags, and which tokens are words of the pipeline. */
export interface TaggedSentence {
  texts: string[];
  tags: string[];
  /** For re-tokenized sentences: false for punctuation tokens (not scored as words). */
  word: boolean[];
}

/** The sentence in UD's own tokens (syntactic words). */
export function udTokens(s: UdSentence): TaggedSentence {
  return { texts: s.words.map((w) => w.form), tags: s.words.map((w) => w.upos), word: s.words.map(() => true) };
}

/** The sentence in our tokens, with tags by the alignment rule above. */
export function ourTokens(s: UdSentence): TaggedSentence & { tokens: TagToken[] } {
  let text = s.text;
  let spans = locate(text, s.surface);
  if (!spans) {
    text = s.surface.map((u) => u.form + (u.spaceAfter ? ' ' : '')).join('');
    spans = locate(text, s.surface) ?? [];
  }
  const tokens = tagTokens(text, tokenizeWords(text));
  const tags = tokens.map((t) => alignedTag(t, s, spans));
  return { tokens, texts: tokens.map((t) => t.text), tags, word: tokens.map((t) => t.word) };
}

function alignedTag(t: TagToken, s: UdSentence, spans: ReadonlyArray<[number, number]>): string {
  let first: string | undefined;
  for (let u = 0; u < spans.length; u++) {
    const [start, end] = spans[u] ?? [0, 0];
    if (end <= t.start || start >= t.end) continue;
    for (const w of s.surface[u]?.words ?? []) {
      const tag = s.words[w]?.upos ?? 'X';
      if (!t.word) {
        if (tag === 'PUNCT' || tag === 'SYM') return tag;
      } else if (tag !== 'PUNCT') return tag;
      first ??= tag;
    }
  }
  if (!t.word) return 'PUNCT';
  return first ?? 'X';
}
