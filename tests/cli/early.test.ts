/**
 * The bin's guess of a one-input rewrite (src/cli/early.ts), made before commander is loaded, reads the command
 * line as commander does: its table of options that take values is the rewrite command's, and the inputs it finds
 * are the ones the command gets.
 */
import { PassThrough } from 'node:stream';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { rewriteInputs, VALUE_OPTIONS, VARIADIC_OPTIONS } from '../../src/cli/early.js';
import { program, type CliIO } from '../../src/cli/index.js';

function io(): CliIO {
  return { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {}, cwd: process.cwd() } as unknown as CliIO;
}

/** The inputs commander gives the rewrite command for `argv` (the command's action replaced). */
function commanderInputs(argv: string[]): string[] {
  const root = program(io(), () => undefined);
  const rewrite = root.commands.find((c) => c.name() === 'rewrite') as Command;
  let seen: string[] = [];
  rewrite.action((inputs: string[]) => {
    seen = inputs;
  });
  root.parse(argv, { from: 'user' });
  return seen;
}

describe('the early guess of a one-input rewrite', () => {
  it('knows which options of rewrite take values', () => {
    const rewrite = program(io(), () => undefined).commands.find((c) => c.name() === 'rewrite') as Command;
    for (const option of rewrite.options) {
      const names = [option.short, option.long].filter((n): n is string => typeof n === 'string');
      const takesValue = option.required || option.optional;
      for (const name of names) {
        expect(VALUE_OPTIONS.has(name), name).toBe(takesValue && !option.variadic);
        expect(VARIADIC_OPTIONS.has(name), name).toBe(takesValue && option.variadic);
      }
    }
  });

  it('finds the inputs commander finds', () => {
    const lines = [
      ['a.txt'],
      ['a.txt', '-o', '/tmp/x.md'],
      ['-o', 'out.md', 'a.txt'],
      ['rewrite', 'a.txt', 'b.txt'],
      ['a.txt', '--out-dir', 'out', '-q'],
      ['--lang=id', 'a.txt', '-j', '2'],
      ['-qn', 'a.txt'],
      ['-qo', 'out.md', 'a.txt'],
      ['-oout.md', 'a.txt'],
      ['--report', 'html', 'r.html', '--quiet', 'a.txt'],
      ['a.txt', '--report', 'html'],
      ['-', '--stdin-filename', 'x.md'],
      ['--', '-weird.txt'],
      ['-k', 'chip', 'a.txt', '--h1', 'never', '--file-timeout', '3', '--min-score', '50'],
      ['drafts/', '--keep-all', '--restructure', '--no-color'],
    ];
    for (const argv of lines) expect(rewriteInputs(argv), argv.join(' ')).toEqual(commanderInputs(argv));
  });

  it('makes no guess for other commands, help, the version or JSON Lines', () => {
    for (const argv of [['check', 'a.md'], ['site', 'x.jsonl'], ['rules'], ['help'], ['--help'], ['a.txt', '-h'], ['-v'], ['--jsonl'], ['a.txt', '--jsonl']]) {
      expect(rewriteInputs(argv), argv.join(' ')).toBeNull();
    }
  });
});
