/**
 * YAML front matter. Read with the `yaml` library's Document API, once, in linear time: its own duplicate-key check
 * compares each key with every key before it (20,000 keys took 6 s), so duplicates are found here with a set.
 * Edited in place: a missing field is appended as one line, a value is replaced at its own range; comments, order,
 * quoting and layout of everything else stay as written.
 */
import { isMap, isScalar, LineCounter, parseDocument, stringify, type Pair } from 'yaml';
import { problem } from '../../lang/problem.js';
import { FrontMatterError, splice, type FieldUpdate, type MatterEditResult, type MatterFormat } from './types.js';

function scalarText(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

interface Parsed {
  pairs: Pair[];
  data: Record<string, unknown>;
}

/**
 * The last front matter parsed without error: the rewrite reads a file's front matter, then edits the same text,
 * and a front matter of 200,000 keys takes seconds to parse. One entry: a batch moves on to the next file.
 */
let last: { value: string; parsed: Parsed; data: boolean } | undefined;

/** `data: false` (an edit, after the same text was read): the pairs only, without converting them to data. */
function parse(value: string, firstLine: number, options: { data: boolean } = { data: true }): Parsed {
  if (last && last.value === value && (last.data || !options.data)) return last.parsed;
  const parsed = parseFresh(value, firstLine, options);
  last = { value, parsed, data: options.data };
  return parsed;
}

function parseFresh(value: string, firstLine: number, options: { data: boolean }): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(value, { uniqueKeys: false, lineCounter: counter });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?\s*$/, '') ?? 'invalid YAML';
    throw new FrontMatterError(problem('invalidFrontMatter', 'YAML', reason), at ? at.line + firstLine - 1 : firstLine, at?.col);
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { pairs: [], data: {} };
  if (!isMap(contents)) {
    throw new FrontMatterError(problem('notMapping', !isScalar(contents)), firstLine);
  }
  const seen = new Set<string>();
  const pairs = contents.items as Pair[];
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    if (seen.has(key)) {
      const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
      const pos = counter.linePos(offset);
      throw new FrontMatterError(problem('duplicateKey', key), pos.line + firstLine - 1, pos.col);
    }
    seen.add(key);
  }
  if (!options.data) return { pairs, data: {} };
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    throw new FrontMatterError(problem('invalidFrontMatter', 'YAML', error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)), firstLine);
  }
  return { pairs, data };
}

function pairOf(pairs: readonly Pair[], key: string): Pair | undefined {
  return pairs.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

export const yamlMatter: MatterFormat = {
  read: (value, firstLine) => parse(value, firstLine).data,

  edit(value: string, updates: readonly FieldUpdate[]): MatterEditResult {
    const { pairs } = parse(value, 1, { data: false });
    const edits: { start: number; end: number; text: string }[] = [];
    const appended: string[] = [];
    const result: MatterEditResult = { value, added: [], changed: [], kept: [] };
    for (const update of updates) {
      const pair = pairOf(pairs, update.key);
      if (!pair) {
        appended.push(stringify({ [update.key]: update.value }, { lineWidth: 0 }).trimEnd());
        result.added.push(update.key);
        continue;
      }
      const node = pair.value;
      const empty = node === null || (isScalar(node) && (node.value === null || node.value === ''));
      const current = isScalar(node) ? node.value : undefined;
      if (!empty && (!update.overwrite || current === update.value)) {
        result.kept.push(update.key);
        continue;
      }
      const range = node && isScalar(node) ? node.range : undefined;
      if (!range && node) {
        result.kept.push(update.key);
        continue;
      }
      if (range && range[0] !== range[1]) edits.push({ start: range[0], end: range[1], text: scalarText(update.value) });
      else {
        // `title:` with nothing after it: the value goes after the colon.
        const keyEnd = isScalar(pair.key) ? (pair.key.range?.[1] ?? 0) : 0;
        const colon = value.indexOf(':', keyEnd);
        edits.push({ start: colon + 1, end: colon + 1, text: ` ${scalarText(update.value)}` });
      }
      (empty ? result.added : result.changed).push(update.key);
    }
    let out = splice(value, edits);
    if (appended.length > 0) out = `${out}${out === '' ? '' : '\n'}${appended.join('\n')}`;
    result.value = out;
    return result;
  },
};
