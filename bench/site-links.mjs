#!/usr/bin/env node
/**
 * `npm run bench:site-links [-- --corpus DIR] [--keep]`: internal-link suggestions (`check --suggest-links`) on the
 * id-news dev set (150 Indonesian articles with annotated named entities). Writes each article as a Markdown file
 * (title and lang in the front matter, no focus keyphrase, so that the report lists each article's keyphrases),
 * runs the built binary, and prints:
 *   - the share of suggested pairs (article → target) that share a named entity (the corpus annotation, both
 *     articles' entity lists) or one of the target's top three keyphrases (as its report ranks them) that the
 *     article writes; target: ≥ 2/3;
 *   - whether every anchor phrase occurs in the article, exactly where the suggestion places it; target: all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = resolve(at === -1 ? join(root, '..', 'shared', 'corpus') : args[at + 1]);
const keep = args.includes('--keep');
const idDir = join(corpus, 'id-news');
if (!existsSync(join(idDir, 'meta.json'))) throw new Error(`no id-news corpus under ${corpus} (give --corpus)`);
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const meta = JSON.parse(readFileSync(join(idDir, 'meta.json'), 'utf8'));
const ids = Object.keys(meta).filter((id) => meta[id].split === 'dev' && existsSync(join(idDir, `${id}.txt`))).sort();
const dir = mkdtempSync(join(tmpdir(), 'seo-rewrite-bench-links-'));
const lower = (s) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
try {
  mkdirSync(join(dir, 'content'), { recursive: true });
  const entities = new Map();
  for (const id of ids) {
    const body = readFileSync(join(idDir, `${id}.txt`), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    writeFileSync(join(dir, 'content', `${id}.md`), `---\ntitle: ${JSON.stringify(meta[id].title)}\nlang: id\n---\n\n${body.join('\n\n')}\n`);
    entities.set(`content/${id}.md`, new Set(Object.values(meta[id].entities ?? {}).flat().map(lower)));
  }
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'seo-rewrite.js'), 'check', 'content', '--suggest-links', '--format', 'json', '--output-file', 'report.json'], { cwd: dir, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status === 2) throw new Error(r.stderr.slice(-800));
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  let pairs = 0;
  let entity = 0;
  let top3 = 0;
  let either = 0;
  let anchored = 0;
  let placed = 0;
  const examples = [];
  for (const f of report.files) {
    const text = readFileSync(join(dir, f.path), 'utf8');
    const lines = text.split('\n');
    const textLower = lower(text);
    for (const s of f.suggestedLinks ?? []) {
      pairs++;
      const target = byPath.get(s.target);
      const sharedEntity = [...(entities.get(f.path) ?? [])].some((e) => e !== '' && (entities.get(s.target) ?? new Set()).has(e));
      const sharedTop = (target?.keyphrases ?? []).slice(0, 3).some((k) => textLower.includes(lower(k.phrase)));
      if (sharedEntity) entity++;
      if (sharedTop) top3++;
      if (sharedEntity || sharedTop) either++;
      if (text.includes(s.anchor)) anchored++;
      if ((lines[s.line - 1] ?? '').slice(s.column - 1).startsWith(s.anchor)) placed++;
      if (examples.length < 5) examples.push(`${f.path} → ${s.target} via “${s.anchor}” (shares ${s.shared.slice(0, 3).map((x) => `“${x}”`).join(', ')})`);
    }
  }
  const pct = (n) => (pairs === 0 ? '–' : `${((100 * n) / pairs).toFixed(1)} %`);
  const withSuggestions = report.files.filter((f) => (f.suggestedLinks ?? []).length > 0).length;
  console.log(`internal-link suggestions on id-news dev: ${ids.length} articles, ${withSuggestions} with suggestions, ${pairs} pairs (check --suggest-links: ${seconds.toFixed(1)} s)`);
  console.log(`  share an annotated named entity            ${pct(entity)}`);
  console.log(`  share one of the target's top 3 keyphrases ${pct(top3)}`);
  console.log(`  share either                               ${pct(either)}   (target ≥ 66.7 %)`);
  console.log(`  anchor phrase occurs in the article        ${anchored}/${pairs}; exactly at its line:column ${placed}/${pairs}`);
  for (const e of examples) console.log(`  e.g. ${e}`);
  const ok = pairs > 0 && either * 3 >= pairs * 2 && anchored === pairs && placed === pairs;
  console.log(ok ? 'target met' : 'TARGET MISSED');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
