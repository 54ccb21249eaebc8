#!/usr/bin/env node
/**
 * Reads a heuristic change as an editor would: `node bench/decisions-diff.mjs BASE_DIST [HEAD_DIST] [--headings]
 * [--corpus DIR]` prints, per dev set, every title (and with `--headings`, every section heading) that differs
 * between two builds, before and after, and how many changed. `npm run golden` says *that* a decision changed; for
 * the sets whose licence keeps only a hash in `golden/` (Detik, BBC) this shows *what* it became.
 *
 * BASE_DIST is another revision's `dist/`, built where its own `node_modules` resolve, e.g.
 * `git worktree add /tmp/base REV && (cd /tmp/base && npm ci)`; HEAD_DIST defaults to this checkout's `dist/`.
 * Each article is rewritten as the CLI does (body only, the set's language given).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchArgs } from './args.mjs';

const USAGE = 'usage: node bench/decisions-diff.mjs BASE_DIST [HEAD_DIST] [--headings] [--corpus DIR]';
const { values, positionals } = benchArgs('decisions-diff', USAGE, { headings: { type: 'boolean' }, corpus: { type: 'string' } });
const headings = values.headings === true;
const corpus = resolve(values.corpus ?? '../shared/corpus');
const [base, head = 'dist'] = positionals;
if (!base) {
  console.error(USAGE);
  process.exit(2);
}
const A = await import(pathToFileURL(resolve(base, 'index.js')).href);
const B = await import(pathToFileURL(resolve(head, 'index.js')).href);
const SETS = [
  { dir: 'headlines/id-detik', lang: 'id' },
  { dir: 'id-news', lang: 'id' },
  { dir: 'headlines/en-bbc', lang: 'en' },
  { dir: 'kp-500n-kpcrowd', lang: 'en' },
];
const sectionHeadings = (markdown) => markdown.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));

for (const set of SETS) {
  const dir = join(corpus, set.dir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  let titles = 0;
  let changedHeadings = 0;
  console.log(`== ${set.dir}`);
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const a = A.rewrite(text, { lang: set.lang, format: 'text' });
    const b = B.rewrite(text, { lang: set.lang, format: 'text' });
    if (a.title !== b.title) {
      titles++;
      console.log(`${f}\n  - ${a.title}\n  + ${b.title}`);
    }
    if (!headings) continue;
    const ha = sectionHeadings(a.markdown);
    const hb = sectionHeadings(b.markdown);
    for (let i = 0; i < Math.max(ha.length, hb.length); i++) {
      if (ha[i] === hb[i]) continue;
      changedHeadings++;
      console.log(`${f} heading ${i + 1}\n  - ${ha[i] ?? '(none)'}\n  + ${hb[i] ?? '(none)'}`);
    }
  }
  console.log(`${set.dir}: ${files.length} articles, ${titles} titles changed${headings ? `, ${changedHeadings} headings changed` : ''}\n`);
}
