/**
 * fast-check generators for fuzzing the whole engine (issue 18): raw text (Indonesian and English words, any
 * Unicode, control characters, odd line breaks), realistic Markdown posts, the pathological shapes of issue 18 at
 * random sizes, and random front matter (YAML, TOML, JSON; many keys, deep values, broken syntax). `scale` shrinks
 * the largest sizes for the bounded slice in `npm test`; `npm run fuzz` runs them at full size.
 */
import fc from 'fast-check';
import { markdownDoc, pathologicalMarkdown } from '../support/markdown-arb.js';
import { brackets, manyKeys, manyOpeners, nestedList, nestedQuotes, stars } from './repros.js';

/** One fuzz input: the text, the name it is given (its extension picks raw text or Markdown) and its shape. */
export interface FuzzCase {
  shape: string;
  path: string;
  text: string;
}

const WORDS = ['the', 'council', 'said', 'ferry', 'pemerintah', 'kota', 'mengatakan', 'kapal', 'Jakarta', 'Rp', '2024', 'U.S.', 'dr.', 'e.g.', '—', '"', '(', ')', '…'];

const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });
const separator = fc.constantFrom(' ', ' ', ' ', '. ', ', ', '\n', '\n\n', '\r\n', '\r', '\t', '  ', '\u00a0', '! ', '? ');

/** Raw text: words and separators, at most `maxWords`. */
export function rawText(maxWords: number): fc.Arbitrary<string> {
  return fc.array(fc.tuple(word, separator), { maxLength: maxWords }).map((parts) => parts.map(([w, s]) => w + s).join(''));
}

const key = fc.oneof(fc.constantFrom('title', 'description', 'slug', 'keyphrase', 'lang', 'tags', 'date', 'draft'), fc.string({ minLength: 1, maxLength: 10 }));
const scalar = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('v'), { maxKeys: 4 })),
})).v;

/** Random front matter (sometimes broken) over a small body. */
export function frontMatterDoc(maxKeys: number): fc.Arbitrary<string> {
  const body = rawText(40).map((t) => `\n# Heading\n\n${t}\n`);
  const fields = fc.dictionary(key, value, { maxKeys });
  const yaml = fields.map((o) => `---\n${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join('\n')}\n---\n`);
  const toml = fields.map((o) => `+++\n${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)} = ${JSON.stringify(v)}`).join('\n')}\n+++\n`);
  const json = fields.map((o) => `${JSON.stringify(o, null, 2)}\n`);
  const broken = fc.tuple(fc.constantFrom('---\n', '+++\n', '{\n'), fc.string({ maxLength: 200 }), fc.constantFrom('\n---\n', '\n+++\n', '\n}\n', '\n'));
  return fc.tuple(fc.oneof(yaml, toml, json, broken.map((parts) => parts.join(''))), body).map(([m, b]) => m + b);
}

/** The repro shapes of issue 18 at random sizes, up to `scale` times their full size. */
export function reproShapes(scale: number): fc.Arbitrary<FuzzCase> {
  const size = (full: number): fc.Arbitrary<number> => fc.integer({ min: 1, max: Math.max(1, Math.round(full * scale)) });
  return fc.oneof(
    size(20_000).map((n) => ({ shape: 'stars', path: 'stars.md', text: stars(n) })),
    size(1_000).map((n) => ({ shape: 'nested list', path: 'nest.md', text: nestedList(n) })),
    size(10_000).map((n) => ({ shape: 'nested quotes', path: 'quotes.md', text: nestedQuotes(n) })),
    size(200_000).map((n) => ({ shape: 'front-matter keys', path: 'keys.md', text: manyKeys(n) })),
    size(50_000).map((n) => ({ shape: 'openers', path: 'openers.md', text: manyOpeners(n) })),
    size(50_000).map((n) => ({ shape: 'brackets', path: 'brackets.md', text: brackets(n) })),
  );
}

/** Every kind of fuzz input. */
export function fuzzCase(scale: number): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    { weight: 3, arbitrary: rawText(Math.round(2_000 * scale) + 20).map((text) => ({ shape: 'raw text', path: 'draft.txt', text })) },
    { weight: 3, arbitrary: markdownDoc().map((text) => ({ shape: 'markdown post', path: 'post.md', text })) },
    { weight: 1, arbitrary: markdownDoc({ long: true }).map((text) => ({ shape: 'long markdown post', path: 'long.md', text })) },
    { weight: 2, arbitrary: frontMatterDoc(Math.round(200 * scale) + 5).map((text) => ({ shape: 'front matter', path: 'matter.md', text })) },
    { weight: 1, arbitrary: pathologicalMarkdown({ scale: scale / 4 }).map((text) => ({ shape: 'pathological', path: 'patho.md', text })) },
    { weight: 1, arbitrary: reproShapes(scale) },
  );
}
