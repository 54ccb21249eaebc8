/** Limits and clear failures: --lang, nothing to check, control characters in names, stdout that cannot be written. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { article, BIN } from '../batch/helpers.js';
import { project, runCli } from '../check/helpers.js';
import { canMakeDevices, charDevice, FULL_DEVICE, scratch } from '../engine/special-files.js';

describe('--lang', () => {
  it('is a usage error unless it is a language code, for rewrite and check alike', async () => {
    const { dir } = project({ 'a.txt': article(0) });
    for (const value of ['__proto__', 'constructor', 'EN', 'english']) {
      for (const argv of [['a.txt', '--lang', value], ['check', 'a.txt', '--lang', value]]) {
        expect(await runCli(argv, dir)).toMatchObject({ code: 2, stdout: '', stderr: `seo-rewrite: --lang: expected a language code such as id or en, got ${JSON.stringify(value)}\n` });
      }
    }
  });

  it('never finds Object.prototype behind a language code', () => {
    expect(getLanguagePack('constructor').generic).toBe(true);
    expect(getLanguagePack('__proto__').pack.code).toBe('__proto__');
  });
});

describe('check with nothing to check', () => {
  it('exits 2 with "no files to check" when the ignore file matches everything', async () => {
    const { dir } = project({ '.seo-rewriteignore': '*\n', 'content/a.md': '# A\n\nSatu dua tiga.\n' });
    expect(await runCli(['check', 'content'], dir)).toMatchObject({ code: 2, stdout: '', stderr: 'seo-rewrite: no files to check: every file found matches an ignore pattern\n' });
  });
});

describe('control characters in file names', () => {
  it('are escaped on stderr and in the stylish report, never sent raw', async () => {
    const { dir } = project({});
    const name = 'x\u001b[2J\u202ey.md';
    writeFileSync(join(dir, name), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'ok\u0007.md'), `---\ntitle: Judul\n---\n\n${article(0)}`);
    for (const argv of [['check', '.'], ['check', '.', '-f', 'github'], ['.', '--dry-run']]) {
      const r = await runCli(argv, dir);
      expect(`${r.stdout}${r.stderr}`).toContain('x\\x1b[2J\\u202ey.md');
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/u);
    }
    expect((await runCli(['.', '--dry-run', '--locale', 'en'], dir)).stderr).toContain('seo-rewrite: x\\x1b[2J\\u202ey.md: binary file');
    expect((await runCli(['check', '.'], dir)).stdout).toContain('ok\\x07.md');
  });
});

describe('standard output that cannot be written', () => {
  const run = (stdout: number): { status: number | null; stderr: string } => {
    const r = spawnSync(process.execPath, [BIN, join(scratch(), 'missing.txt'), 'fixtures/china-ai-id.txt', '--dry-run', '--format', 'json'], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr.split('\n').filter((l) => !l.includes('missing.txt')).join('\n') };
  };

  it.skipIf(!canMakeDevices)('a full device (ENOSPC): one line, exit 2', () => {
    const full = join(scratch(), 'full');
    charDevice(full, ...FULL_DEVICE);
    const fd = openSync(full, 'w');
    try {
      expect(run(fd)).toEqual({ status: 2, stderr: 'seo-rewrite: cannot write to standard output: no space left on the device\n' });
    } finally {
      closeSync(fd);
    }
  });

  it('a descriptor not open for writing (EBADF): one line, exit 2', () => {
    const fd = openSync('fixtures/china-ai-id.txt', 'r');
    try {
      expect(run(fd)).toEqual({ status: 2, stderr: 'seo-rewrite: cannot write to standard output: not open for writing\n' });
    } finally {
      closeSync(fd);
    }
  });

  it('a closed pipe (EPIPE) is quiet', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" fixtures/china-ai-id.txt --dry-run --format json | head -c 1 >/dev/null`], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});
