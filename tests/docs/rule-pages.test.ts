/**
 * `docs/rules/<id>.md`: one page per rule, and its examples hold: the good example is rated good by the rule, the bad
 * one is not (each is checked as a Markdown file by the `check` engine).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import { checkText } from '../../src/engine/check.js';
import { ROOT } from '../check/helpers.js';

const DIR = join(ROOT, 'docs', 'rules');

/** The examples of a page: `markdown example=good|bad` fences. */
function examples(page: string): { kind: 'good' | 'bad'; text: string }[] {
  const out: { kind: 'good' | 'bad'; text: string }[] = [];
  for (const m of page.matchAll(/^```markdown example=(good|bad)\n([\s\S]*?)^```$/gmu)) out.push({ kind: m[1] as 'good' | 'bad', text: m[2] ?? '' });
  return out;
}

/** `<!-- paragraphs N -->` repeats its paragraph as N paragraphs, `<!-- repeat N -->` its text N times in one. */
export function expand(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(.*?)\s*<!-- (paragraphs|repeat) (\d+) -->\s*$/u.exec(line);
      if (!m) return line;
      const copies = Array.from({ length: Number(m[3]) }, () => m[1] ?? '');
      return copies.join(m[2] === 'paragraphs' ? '\n\n' : ' ');
    })
    .join('\n');
}

describe('rule pages', () => {
  it('exist for every rule, and for no other', () => {
    expect(rules.length).toBeGreaterThan(10);
    expect(readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()).toEqual(rules.map((r) => `${r.id}.md`).sort());
  });

  for (const rule of rules) {
    it(`${rule.id}: the good example is rated good, the bad one is not`, () => {
      const path = join(DIR, `${rule.id}.md`);
      expect(existsSync(path)).toBe(true);
      const found = examples(readFileSync(path, 'utf8'));
      expect(found.map((e) => e.kind)).toEqual(['good', 'bad']);
      for (const example of found) {
        const result = checkText('example.md', expand(example.text));
        const assessment = result.report.assessments.find((a) => a.id === rule.id);
        expect(assessment, `${rule.id} ${example.kind}`).toBeDefined();
        if (example.kind === 'good') expect(assessment?.rating, `${rule.id} good: ${assessment?.message}`).toBe('good');
        else expect(assessment?.rating, `${rule.id} bad: ${assessment?.message}`).not.toBe('good');
      }
    });
  }
});

describe('links to the pages', () => {
  it('seo-rewrite rules lists every rule with its page', async () => {
    const { runCli } = await import('../check/helpers.js');
    const r = await runCli(['rules', '--format', 'json'], ROOT);
    const listed = JSON.parse(r.stdout) as { id: string; docs: string; url: string }[];
    expect(listed.map((x) => x.id)).toEqual(rules.map((x) => x.id));
    for (const x of listed) {
      expect(existsSync(join(ROOT, x.docs))).toBe(true);
      expect(x.url.endsWith(`/docs/rules/${x.id}.md`)).toBe(true);
    }
    expect((await runCli(['rules'], ROOT)).stdout).toMatch(/^passive-voice\s+readability\s+warn\s+At most 10 % of sentences .*\(docs\/rules\/passive-voice\.md\)$/mu);
  });

  it('messages carry the page as url, and SARIF rules as helpUri', async () => {
    const result = checkText('a.md', '---\ntitle: Harga\nkeyphrase: harga beras\n---\n\nPasokan dikurangi oleh distributor. Harga dinaikkan pedagang.\n');
    const messages = result.file.messages.filter((m) => m.ruleId === 'passive-voice');
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.url).toMatch(/\/docs\/rules\/passive-voice\.md$/u);
    const { formatSarif } = await import('../../src/report/sarif.js');
    const sarif = JSON.parse(formatSarif([{ report: result.report, messages: result.file.messages, failure: null, skipped: false }], { version: 't', rules, cwd: ROOT })) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    const described = sarif.runs[0]?.tool.driver.rules ?? [];
    expect(described.length).toBeGreaterThan(10);
    for (const d of described.filter((x) => rules.some((r) => r.id === x.id))) expect(d.helpUri).toMatch(new RegExp(`/docs/rules/${d.id}\\.md$`, 'u'));
  });
});
