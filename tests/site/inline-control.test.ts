import { afterEach, describe, expect, it } from 'vitest';
import { offAt, offLines } from '../../src/site/off.js';
import { project, runCli } from '../check/helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

const front = (i: number): string =>
  `---\ntitle: Judul Artikel Nomor ${i} Tentang Banjir\ndescription: Deskripsi yang sama untuk semua artikel tentang banjir besar di Jakarta pada musim hujan tahun ini.\n---\n\n`;

type Json = { files: { path: string; messages: { ruleId: string; line: number }[] }[] };

describe('inline comments turn site rules off, as they do the per-file rules', () => {
  it('honours disable-file and disable-line for the site pass', async () => {
    const p = project({
      'a1.md': `${front(1)}<!-- seo-rewrite-disable-file duplicate-description -->\n\nBanjir besar melanda Jakarta. Lihat [peta](./tidak-ada.md) untuk detail.\n`,
      'a2.md': `${front(2)}Banjir melanda lagi. Lihat [peta](./hilang.md) untuk detail. <!-- seo-rewrite-disable-line broken-internal-link -->\n`,
      'a3.md': `${front(3)}Banjir besar melanda Bogor. Lihat [peta](./hilang2.md) untuk detail.\n`,
    });
    cleanups.push(p.cleanup);
    const json = JSON.parse((await runCli(['check', '.', '--site', '--format', 'json'], p.dir)).stdout) as Json;
    const ids = (path: string): string[] => json.files.find((f) => f.path === path)!.messages.map((m) => m.ruleId);
    expect(ids('a1.md')).not.toContain('duplicate-description');
    expect(ids('a1.md')).toContain('broken-internal-link');
    expect(ids('a2.md')).toContain('duplicate-description');
    expect(ids('a2.md')).not.toContain('broken-internal-link');
    expect(ids('a3.md')).toEqual(expect.arrayContaining(['duplicate-description', 'broken-internal-link']));
  });

  it('records the lines each rule is off as ranges', () => {
    const source = 'a\nb\nc\nd\n';
    const off = offLines(source, ['broken-internal-link', 'duplicate-title'], (id, offset) => id === 'broken-internal-link' && offset >= 2 && offset < 6);
    expect(off).toEqual({ 'broken-internal-link': [[2, 3]] });
    expect(offAt(off, 'broken-internal-link', 3)).toBe(true);
    expect(offAt(off, 'broken-internal-link', 4)).toBe(false);
    expect(offAt(off, 'duplicate-title', 2)).toBe(false);
    expect(offLines(source, ['duplicate-title'], () => false)).toBeUndefined();
  });
});
