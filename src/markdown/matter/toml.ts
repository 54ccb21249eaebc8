/**
 * TOML front matter (Hugo's `+++`). Read with smol-toml. Edited in place: a missing field is added as one line at
 * the end of the top-level keys (before the first `[table]`, where a key would otherwise land in that table); a
 * single-line string value is replaced where it stands. Everything else stays as written.
 */
import { parse, stringify, TomlError } from 'smol-toml';
import { problem } from '../../lang/problem.js';
import { FrontMatterError, type FieldUpdate, type MatterEditResult, type MatterFormat } from './types.js';

/** For each line: does it start outside any string or bracket (where a table header or a key can start)? */
function topLevelLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let depth = 0;
  let multi: '"""' | "'''" | null = null;
  for (const line of lines) {
    out.push(depth === 0 && multi === null);
    let i = 0;
    while (i < line.length) {
      if (multi) {
        const close = line.indexOf(multi, i);
        if (close === -1) break;
        multi = null;
        i = close + 3;
        continue;
      }
      const c = line[i];
      if (c === '#') break;
      if (line.startsWith('"""', i) || line.startsWith("'''", i)) {
        multi = line.slice(i, i + 3) as '"""' | "'''";
        i += 3;
      } else if (c === '"' || c === "'") {
        i++;
        while (i < line.length && line[i] !== c) i += c === '"' && line[i] === '\\' ? 2 : 1;
        i++;
      } else {
        if (c === '[' || c === '{') depth++;
        else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
        i++;
      }
    }
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function read(value: string, firstLine: number): Record<string, unknown> {
  try {
    return parse(value) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document:\s*/, '') ?? 'invalid TOML';
      throw new FrontMatterError(problem('invalidFrontMatter', 'TOML', reason), error.line + firstLine - 1, error.column);
    }
    throw new FrontMatterError(problem('invalidFrontMatter', 'TOML', error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)), firstLine);
  }
}

export const tomlMatter: MatterFormat = {
  read,

  edit(value: string, updates: readonly FieldUpdate[]): MatterEditResult {
    const data = read(value, 1);
    const lines = value === '' ? [] : value.split('\n');
    const top = topLevelLines(lines);
    let firstTable = lines.findIndex((line, i) => top[i] && /^\s*\[/.test(line));
    if (firstTable === -1) firstTable = lines.length;
    const result: MatterEditResult = { value, added: [], changed: [], kept: [] };
    const added: string[] = [];
    for (const update of updates) {
      const current = data[update.key];
      if (current === undefined || current === '') {
        if (current === '') {
          if (!replaceLine(lines, top, firstTable, update)) result.kept.push(update.key);
          else result.added.push(update.key);
          continue;
        }
        added.push(stringify({ [update.key]: update.value }).trimEnd());
        result.added.push(update.key);
      } else if (!update.overwrite || current === update.value || !replaceLine(lines, top, firstTable, update)) {
        result.kept.push(update.key);
      } else result.changed.push(update.key);
    }
    // New keys go after the last top-level key line, before any blank lines and comments that lead into a table.
    let at = firstTable;
    while (at > 0 && (lines[at - 1]?.trim() === '' || lines[at - 1]?.trimStart().startsWith('#')) && at < lines.length) at--;
    lines.splice(at, 0, ...added);
    result.value = lines.join('\n');
    return result;
  },
};

/** Replaces a top-level single-line string value in place; false when the key's value is not written that way. */
function replaceLine(lines: string[], top: readonly boolean[], end: number, update: FieldUpdate): boolean {
  const key = escapeRegExp(update.key);
  const pattern = new RegExp(`^(\\s*(?:${key}|"${key}"|'${key}')\\s*=\\s*)("(?:[^"\\\\]|\\\\.)*"|'[^']*')(.*)$`, 'u');
  for (let i = 0; i < end; i++) {
    if (!top[i]) continue;
    const match = pattern.exec(lines[i] ?? '');
    if (!match) continue;
    lines[i] = `${match[1]}${JSON.stringify(update.value)}${match[3]}`;
    return true;
  }
  return false;
}
