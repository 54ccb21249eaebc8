import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import { fixture, project, ROOT } from './helpers.js';

/** The built CLI (`npm test` builds first; a bare `vitest run` builds here when dist is missing). */
const BIN = join(ROOT, 'bin', 'seo-rewrite.js');
const ALL_WARN = JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.id, 'warn'])) });

function cli(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  // (The JSON report of 120 files, with the site-level messages, is over spawnSync's 1 MB default buffer.)
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
let cleanup = (): void => undefined;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'check.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  // 120 files: enough for `check` to use worker threads with --jobs 2.
  const files: Record<string, string> = { '.seo-rewriterc': ALL_WARN };
  const sources = ['short.md', 'no-front-matter.md', 'disabled.md', 'code-and-comments.md', 'hugo-fields.md', 'article.txt'];
  for (let i = 0; i < 120; i++) {
    const name = sources[i % sources.length] ?? 'short.md';
    const ext = name.endsWith('.txt') ? 'txt' : 'md';
    files[`content/${String(i % 7)}/${String(i).padStart(3, '0')}.${ext}`] = `${fixture(name)}\nParagraph ${i} of the generated site.\n`;
  }
  files['content/_index.md'] = fixture('_index.md');
  ({ dir, cleanup } = project(files));
}, 120_000);

afterAll(() => cleanup());

describe('the built binary', () => {
  it('checks a folder with worker threads and prints what one thread prints', () => {
    const one = cli(['check', 'content', '--format', 'json', '--jobs', '1'], dir);
    const two = cli(['check', 'content', '--format', 'json', '--jobs', '2'], dir);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as { files: unknown[] }).files).toHaveLength(120);
  }, 60_000);

  it('caches with --cache and gives the same report on the second run', () => {
    const first = cli(['check', 'content', '--format', 'sarif', '--cache', '--cache-location', '.cache/'], dir);
    expect(existsSync(join(dir, '.cache', 'check.json'))).toBe(true);
    const second = cli(['check', 'content', '--format', 'sarif', '--cache', '--cache-location', '.cache/'], dir);
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it('caps GitHub annotations at 50 and exits 1 under --min-score, 2 for a missing input', () => {
    const github = cli(['check', 'content', '--format', 'github', '--min-score', '100'], dir);
    expect(github.code).toBe(1);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(50);
    expect(lines.slice(0, 50).every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^seo-rewrite: .*121 files checked · 1 skipped \(no article text\) · 120 under --min-score 100/);
    const missing = cli(['check', 'nope.md'], dir);
    expect(missing.code).toBe(2);
  }, 60_000);

  it('writes --output-file to a device without replacing it', () => {
    const r = cli(['check', 'content/0/000.md', '--format', 'github', '--output-file', '/dev/stdout'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^seo-rewrite: .*1 file checked/m);
  }, 60_000);
});
