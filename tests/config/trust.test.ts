/**
 * Configuration is data unless the user asks for code: JSON and YAML cascade up to the project root and never
 * above it; JavaScript is loaded only from the working folder or with --config (a pull request that adds one to a
 * content folder must not run code in CI).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import { ConfigResolver } from '../../src/config/index.js';
import { fifo } from '../engine/special-files.js';
import { project, runCli } from '../check/helpers.js';

const ruleIds = rules.map((r) => r.id);
const resolver = (cwd: string, configFile?: string): ConfigResolver => new ConfigResolver({ cwd, ruleIds, configFile });

/** A JS configuration that leaves a marker file when it runs. */
function marking(marker: string): string {
  return `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { language: 'id' };\n`;
}

describe('JavaScript configuration', () => {
  it('is not loaded from a content folder, only named as not loaded; the data configuration above applies', async () => {
    const { dir } = project({ '.seo-rewriterc': 'language: en\n', 'content/a.md': '' });
    const marker = join(dir, 'ran.txt');
    for (const name of ['seo-rewrite.config.js', 'seo-rewrite.config.mjs', 'seo-rewrite.config.cjs']) {
        writeFileSync(join(dir, 'content', name), name.endsWith('.cjs') ? `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n` : marking(marker));
    }
    const r = resolver(dir);
    expect((await r.forFile('content/a.md')).file).toBe(join(dir, '.seo-rewriterc'));
    expect(existsSync(marker)).toBe(false);
    expect(r.notLoaded).toEqual(['content/seo-rewrite.config.cjs', 'content/seo-rewrite.config.js', 'content/seo-rewrite.config.mjs']);
  });

  it('is loaded from the working folder and with --config', async () => {
    const { dir } = project({ 'package.json': '{"type":"module"}', 'content/a.md': '', 'ci/custom.config.js': marking('/dev/null') });
    writeFileSync(join(dir, 'seo-rewrite.config.js'), marking(join(dir, 'ran.txt')));
    expect((await resolver(dir).forFile('content/a.md')).language).toBe('id');
    expect(existsSync(join(dir, 'ran.txt'))).toBe(true);
    expect((await resolver(join(dir, 'content'), '../ci/custom.config.js').forFile('a.md')).file).toBe(join(dir, 'ci', 'custom.config.js'));
  });

  it('check says so on stderr, once per file, and goes on', async () => {
    const { dir } = project({ 'content/a.md': '# Judul\n\nSatu dua tiga empat lima.\n' });
    writeFileSync(join(dir, 'content', 'seo-rewrite.config.mjs'), marking(join(dir, 'ran.txt')));
    const r = await runCli(['check', 'content', '-q'], dir);
    expect(r.stderr).toBe('seo-rewrite: content/seo-rewrite.config.mjs: not loaded: a JavaScript configuration runs code, so it is loaded only from the working folder or with --config\n');
    expect(existsSync(join(dir, 'ran.txt'))).toBe(false);
  });
});

describe('data configuration', () => {
  it('cascades up to the folder with .git, never above it', async () => {
    const { dir } = project({ '.seo-rewriterc': 'language: en\n', 'repo/content/a.md': '', 'repo/docs/.seo-rewriterc.yml': 'language: id\n', 'repo/docs/b.md': '' });
    mkdirSync(join(dir, 'repo', '.git'));
    for (const cwd of [dir, join(dir, 'repo')]) {
      const r = resolver(cwd);
      expect((await r.forFile(join(dir, 'repo/content/a.md'))).file).toBe(null);
      expect((await r.forFile(join(dir, 'repo/docs/b.md'))).language).toBe('id');
    }
  });

  it('without a project root, stops at the working folder, or at the file’s folder outside it', async () => {
    const { dir } = project({ '.seo-rewriterc': 'language: en\n', 'work/a.md': '', 'elsewhere/b.md': '' });
    const r = resolver(join(dir, 'work'));
    expect((await r.forFile('a.md')).file).toBe(null);
    expect((await r.forFile(join(dir, 'elsewhere/b.md'))).file).toBe(null);
    expect((await resolver(dir).forFile('work/a.md')).file).toBe(join(dir, '.seo-rewriterc'));
  });

  it('is read only from a regular file: a FIFO is one clear error, not a hang', async () => {
    const { dir } = project({ 'a.md': '' });
    fifo(join(dir, '.seo-rewriterc'));
    await expect(resolver(dir).forFile('a.md')).rejects.toThrow('.seo-rewriterc: cannot read configuration: not a regular file (a FIFO (named pipe)), expected a text file');
  });
});
