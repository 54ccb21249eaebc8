/**
 * JSON front matter (Hugo's: the file opens with `{` on a line of its own and the object closes with `}` on its own
 * line; the parser hands over the members between). Edited in place: a missing member is added after the last one,
 * with the indentation of the first; a top-level string value is replaced where it stands.
 */
import { problem } from '../../lang/problem.js';
import { FrontMatterError, type FieldUpdate, type MatterEditResult, type MatterFormat } from './types.js';

function read(value: string, firstLine: number): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(`{${value}}`);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const at = /position (\d+)/.exec(reason);
    const line = at ? value.slice(0, Number(at[1]) - 1).split('\n').length + firstLine - 1 : firstLine;
    throw new FrontMatterError(problem('invalidFrontMatter', 'JSON', reason.replace(/ in JSON at position \d+.*$/, '')), line);
  }
  return data as Record<string, unknown>;
}

/** The span of the string value of a top-level member `key`, found by scanning the object's tokens. */
function valueSpan(value: string, key: string): { start: number; end: number } | undefined {
  let depth = 0;
  let expectKey = true;
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === '"') {
      const start = i;
      i++;
      while (i < value.length && value[i] !== '"') i += value[i] === '\\' ? 2 : 1;
      i++;
      if (depth !== 0) continue;
      if (expectKey) {
        const name = JSON.parse(value.slice(start, i)) as string;
        const colon = /^\s*:\s*/.exec(value.slice(i));
        if (name === key && colon && value[i + colon[0].length] === '"') {
          const at = i + colon[0].length;
          let j = at + 1;
          while (j < value.length && value[j] !== '"') j += value[j] === '\\' ? 2 : 1;
          return { start: at, end: j + 1 };
        }
        expectKey = false;
      }
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) expectKey = true;
    i++;
  }
  return undefined;
}

export const jsonMatter: MatterFormat = {
  read,

  edit(value: string, updates: readonly FieldUpdate[]): MatterEditResult {
    const data = read(value, 1);
    let out = value;
    const result: MatterEditResult = { value, added: [], changed: [], kept: [] };
    const added: string[] = [];
    for (const update of updates) {
      const current = data[update.key];
      if (current === undefined) {
        added.push(`${JSON.stringify(update.key)}: ${JSON.stringify(update.value)}`);
        result.added.push(update.key);
        continue;
      }
      const span = current === '' || (update.overwrite && current !== update.value) ? valueSpan(out, update.key) : undefined;
      if (!span) {
        result.kept.push(update.key);
        continue;
      }
      out = out.slice(0, span.start) + JSON.stringify(update.value) + out.slice(span.end);
      (current === '' ? result.added : result.changed).push(update.key);
    }
    if (added.length > 0) {
      const indent = /^([ \t]*)"/m.exec(out)?.[1] ?? '  ';
      const trimmed = out.trimEnd();
      const tail = out.slice(trimmed.length);
      const comma = trimmed === '' ? '' : ',';
      out = `${trimmed}${comma}\n${added.map((member) => indent + member).join(',\n')}${tail}`;
    }
    result.value = out;
    return result;
  },
};
