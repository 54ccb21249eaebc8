import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../check/helpers.js';

/** The long flags the CLI defines, per command, read from its source (`.option('-x, --flag …'` and `new Option(…)`). */
function definedFlags(): Record<string, string[]> {
  const source = readFileSync(join(ROOT, 'src/cli/index.ts'), 'utf8');
  const out: Record<string, string[]> = {};
  for (const part of source.split(/\.command\('/).slice(1)) {
    const name = part.slice(0, part.indexOf("'"));
    out[name] = [...part.matchAll(/(?:option\(|Option\()\s*'(?:-\w, )?(--[a-z0-9-]+)/g)].map((m) => m[1] ?? '');
  }
  // `...FILE_TIMEOUT` spreads a shared definition.
  for (const flags of Object.values(out)) flags.push('--file-timeout');
  return out;
}

describe('--help', () => {
  it('shows every option of every command, and examples of each', async () => {
    const r = await runCli(['--help'], tmpdir());
    expect(r.code).toBe(0);
    const flags = definedFlags();
    expect(Object.keys(flags)).toEqual(['rewrite', 'check']);
    for (const [command, list] of Object.entries(flags)) {
      expect(list.length).toBeGreaterThan(10);
      const section = r.stdout.slice(r.stdout.indexOf(`Usage: seo-rewrite ${command} [options]`));
      expect(section.length).toBeLessThan(r.stdout.length);
      const own = section.slice(0, section.indexOf('Examples:'));
      for (const flag of list) expect(own, `${command} ${flag}`).toMatch(new RegExp(`(^|[ ,])${flag}\\b`, 'm'));
    }
    expect(r.stdout.match(/^Examples:$/gm)).toHaveLength(2);
    expect(r.stdout).toContain('$ cat article.txt | seo-rewrite - > article.md');
    expect(r.stdout).toContain('$ git diff --name-only origin/main... | seo-rewrite check --stdin-filepaths');
  });

  it("each command's own --help ends with its examples", async () => {
    const r = await runCli(['check', '--help'], tmpdir());
    expect(r.stdout).toMatch(/--baseline <file>[\s\S]*\nExamples:\n {2}\$ seo-rewrite check content\n/);
    expect(r.stdout).not.toContain('seo-rewrite article.txt');
  });
});
