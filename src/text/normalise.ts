/**
 * Normalisation of raw article text: line endings, stray whitespace, paragraphs, sentences glued together by a
 * missing space (`China.Ini`), and page furniture between sentences (`Advertisement`). Curly quotes and all other
 * characters are kept as they are.
 */

export interface NormaliseResult {
  /** Paragraphs, each one line of clean text. */
  paragraphs: string[];
  /** What was repaired, for the report. */
  changes: { gluedSentences: number; whitespace: number; entities: number; furniture: number };
}

/**
 * Page furniture that text copied out of a news page carries between sentences: an ad slot's label, a prompt to
 * scroll. Never article content, whatever the article's language (Indonesian pages print them in English too).
 */
const FURNITURE = ['Advertisement', 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'Scroll down for video'];
/** A furniture label at the start of a paragraph or right after a sentence end, before a capital or the end. */
const FURNITURE_AT = new RegExp(`(^|[.!?…]["”’)]?\\s+)(?:${FURNITURE.join('|')})(?:\\s+(?=[\\p{Lu}"“‘])|\\s*$)`, 'gu');

/** Removes page furniture from one line, returning the new line and how many labels went. */
export function removeFurniture(line: string): { text: string; count: number } {
  let count = 0;
  const text = line
    .replace(FURNITURE_AT, (_whole, before: string) => {
      count++;
      return before;
    })
    .trim();
  return { text, count };
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const SPACES = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;

/**
 * A sentence end glued to the next sentence: lowercase letter or digit or closing bracket, terminal punctuation,
 * optional closing quote, then a capitalised word of two or more letters. `Rp 5.000`, `3,5`, `A.S.` and
 * `Node.js` don't match (digits, single capitals and lowercase continuations are left alone).
 */
const GLUED = /([\p{Ll}\p{N})%])([.!?]+["”’]?)(\p{Lu}[\p{Ll}]+)/gu;
/** A token that is a URL, a domain or an e-mail address: never split. */
const URLISH = /(?:https?:\/\/|www\.|@)\S*$|^\S*\.(?:com|co|id|net|org|go|ac|io)\b/iu;

/** Repairs glued sentences in one line, returning the new line and how many were repaired. */
export function repairGluedSentences(line: string): { text: string; count: number } {
  let count = 0;
  const text = line.replace(GLUED, (whole, left: string, punct: string, right: string, index: number) => {
    const before = line.slice(0, index + 1);
    const tokenStart = Math.max(before.lastIndexOf(' '), 0);
    const token = line.slice(tokenStart, index + whole.length).trim();
    if (URLISH.test(token)) return whole;
    count++;
    return `${left}${punct} ${right}`;
  });
  return { text, count };
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * Decodes the HTML character references that text copied out of a CMS carries (`&#039;`, `&quot;`, `&amp;`):
 * a reader sees the character, so the article has it.
 */
export function decodeEntities(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6});/giu, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? parseInt(lower.slice(1), 10) : undefined;
    const char = code === undefined ? NAMED[lower] : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (char === undefined) return whole;
    count++;
    return char;
  });
  return { text: out, count };
}

/** Collapses runs of spaces and removes space before closing punctuation. */
function cleanLine(line: string): { text: string; changed: boolean } {
  const text = line
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ +([,.;:!?])(?=\s|$)/g, '$1')
    .trim();
  return { text, changed: text !== line.trim() };
}

/**
 * Splits raw text into paragraphs. One paragraph per line is the usual form; when paragraphs are separated by
 * blank lines and lines inside them look hard-wrapped, the lines of a block are joined.
 */
function splitParagraphs(text: string): string[] {
  const lines = text.split('\n');
  const blocks = text.split(/\n[ \t]*\n+/).map((b) => b.split('\n').filter((l) => l.trim() !== ''));
  const multiLine = blocks.filter((b) => b.length > 1);
  // Hard-wrapped: inner lines are short and most stop mid-sentence.
  const inner = multiLine.flatMap((b) => b.slice(0, -1));
  const midSentence = inner.filter((l) => !/[.!?…:"”’)]\s*$/u.test(l)).length;
  const hardWrapped =
    blocks.length > 1 && multiLine.length > 0 && multiLine.length >= blocks.length / 2 &&
    inner.every((l) => l.length <= 100) && midSentence > inner.length / 2;
  if (hardWrapped) return blocks.map((b) => b.map((l) => l.trim()).join(' '));
  return lines;
}

/** Normalises decoded text (any line endings) into clean paragraphs. */
export function normaliseText(raw: string): NormaliseResult {
  const decoded = decodeEntities(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const text = decoded.text;
  const changes = { gluedSentences: 0, whitespace: 0, entities: decoded.count, furniture: 0 };
  const paragraphs: string[] = [];
  for (const line of splitParagraphs(text)) {
    const cleaned = cleanLine(line);
    if (cleaned.text === '') continue;
    if (cleaned.changed) changes.whitespace++;
    const repaired = repairGluedSentences(cleaned.text);
    changes.gluedSentences += repaired.count;
    const bare = removeFurniture(repaired.text);
    changes.furniture += bare.count;
    if (bare.text !== '') paragraphs.push(bare.text);
  }
  return { paragraphs, changes };
}
