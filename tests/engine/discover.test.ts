import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/engine/discover.js';
import { englishReason } from '../../src/lang/problem.js';

describe('discover', () => {
  const base = mkdtempSync(join(tmpdir(), 'seo-discover-'));
  const store = join(base, 'store');
  const drafts = join(base, 'drafts');
  mkdirSync(join(store, 'deep'), { recursive: true });
  mkdirSync(join(drafts, 'b'), { recursive: true });
  writeFileSync(join(store, 'linked.txt'), 'x');
  writeFileSync(join(store, 'deep', 'in-linked-folder.txt'), 'x');
  writeFileSync(join(drafts, 'b', 'two.txt'), 'x');
  writeFileSync(join(drafts, 'a.txt'), 'x');
  writeFileSync(join(drafts, 'notes.json'), '{}');
  symlinkSync(join(store, 'linked.txt'), join(drafts, 'link.txt'));
  symlinkSync(join(store, 'deep'), join(drafts, 'folder-link'));
  const options = { cwd: base, extensions: ['txt'] };

  it('lists a folder sorted, following links to files but not into folders, mirroring under the folder given', () => {
    const found = discover(['drafts'], options);
    expect(found.map((e) => e.path)).toEqual(['drafts/a.txt', 'drafts/b/two.txt', 'drafts/link.txt']);
    expect(new Set(found.map((e) => e.root))).toEqual(new Set([drafts]));
  });

  it('names a missing input and an empty match instead of failing the batch', () => {
    const found = discover(['nowhere', 'drafts/*.md', 'drafts/a.txt', 'drafts/a.txt'], options);
    // The reasons are problems, said in English in the JSON report (and in the run's language on stderr).
    expect(found.map((e) => (e.error === undefined ? e : { ...e, error: englishReason(e.error) }))).toEqual([
      { path: 'nowhere', root: null, error: 'no such file or folder' },
      { path: 'drafts/*.md', root: null, error: 'no files match this pattern' },
      { path: 'drafts/a.txt', root: null },
    ]);
  });
});
