import { describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import { checkBytes, checkText, fromPlainCheck, slugFromPath, toPlainCheck, type CheckSettings } from '../../src/engine/check.js';
import { rewrite } from '../../src/pipeline/rewrite.js';
import { fixture } from './helpers.js';

const ruleIds = rules.map((r) => r.id);
const settings: CheckSettings = { ruleIds };

function check(name: string, extra: CheckSettings = {}, text = fixture(name)) {
  return checkText(`fixtures/check/${name}`, text, { ...settings, ...extra });
}

function linesOf(result: ReturnType<typeof check>, ruleId: string, info = true): number[] {
  return result.file.messages.filter((m) => m.ruleId === ruleId && (m.fatal === undefined) === info).map((m) => m.line ?? 0);
}

describe('check: SEO fields', () => {
  it('reads title, description, slug and keyphrase from the front matter', () => {
    const r = check('short.md');
    expect(r.failure).toBeNull();
    expect(r.skipped).toBe(false);
    expect(r.report).toMatchObject({
      path: 'fixtures/check/short.md', output: null, before: null, markdown: '', removed: [], error: null, lang: 'en',
      title: 'Solar panels on school roofs cut energy bills', slug: 'solar-panels-school-roofs', focusKeyphrase: 'solar panels', keyphrases: [],
    });
    expect(r.report.description).toMatch(/^Schools that installed solar panels/);
    expect(r.report.assessments.map((a) => a.id)).toEqual(ruleIds);
  });

  it('falls back to the H1, the file name and extraction', () => {
    const r = check('no-front-matter.md');
    expect(r.report.title).toBe('City council approves new bicycle lanes');
    expect(r.report.slug).toBe('no-front-matter');
    expect(r.report.focusKeyphrase).not.toBe('');
    expect(r.report.keyphrases.length).toBeGreaterThan(0);
    const note = r.file.messages.find((m) => m.ruleId === 'front-matter');
    expect(note?.fatal).toBeUndefined();
    expect(note?.reason).toBe(`No focus keyphrase in the front matter (keyphrase, focus_keyphrase, focusKeyphrase): assessed with the extracted “${r.report.focusKeyphrase}”`);
  });

  it('derives the slug as static site generators do', () => {
    expect(slugFromPath('_posts/2024-01-05-hello-world.md')).toBe('hello-world');
    expect(slugFromPath('content/post/my-trip/index.md')).toBe('my-trip');
    expect(slugFromPath('content/news/_index.md')).toBe('news');
    expect(slugFromPath('src/content/blog/first-post.markdown')).toBe('first-post');
  });

  it('reads configured front-matter field names (Hugo-style summary, tags)', () => {
    const r = check('hugo-fields.md', { fields: { title: 'headline', description: 'summary', slug: 'url_slug', keyphrase: ['tags'] } });
    expect(r.report).toMatchObject({ title: 'Solar panels on school roofs cut energy bills', slug: 'solar-panels-school-roofs', focusKeyphrase: 'solar panels' });
    expect(r.report.description).toMatch(/^Schools that installed/);
    expect(r.file.messages.some((m) => m.ruleId === 'front-matter')).toBe(false);
  });

  it('takes the language from --lang, then the front matter, then the configuration, then detection', () => {
    const text = `---\nlang: id\n---\n\n${fixture('short.md').split('---\n')[2] ?? ''}`;
    expect(checkText('a.md', text, { language: 'en' }).report.lang).toBe('id');
    expect(checkText('a.md', text, { forceLanguage: 'en' }).report.lang).toBe('en');
    expect(checkText('a.md', fixture('no-front-matter.md'), { language: 'id' }).report.lang).toBe('id');
    expect(checkText('a.md', fixture('no-front-matter.md')).report.lang).toBe('en');
  });
});

describe('check: what counts as text', () => {
  it('does not count code blocks, HTML comments, front matter or link URLs', () => {
    const withExtras = check('code-and-comments.md');
    const plain = check('code-and-comments-plain.md');
    const length = (r: typeof plain): string | undefined => r.report.assessments.find((a) => a.id === 'text-length')?.message;
    expect(length(withExtras)).toBe(length(plain));
    expect(length(plain)).toMatch(/\b27 words\b/);
  });

  it('skips a file without article text (a Hugo _index.md, an empty file)', () => {
    for (const text of [fixture('_index.md'), '', ' \n\n', '# Only a heading\n']) {
      const r = checkText('content/_index.md', text, settings);
      expect(r.skipped).toBe(true);
      expect(r.failure).toBeNull();
      expect(r.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['no-text', undefined]]);
    }
  });

  it('reports invalid front matter as a fatal message at its line, and goes on', () => {
    const r = check('bad-front-matter.md');
    expect(r.failure).toBe('content');
    expect(r.report.error).toMatch(/^invalid YAML front matter: /);
    expect(r.file.messages.map(String)).toEqual([`2:9: ${r.report.error}`]);
    expect(r.file.messages[0]?.fatal).toBe(true);
  });

  it('refuses undecodable bytes as an I/O failure', () => {
    const r = checkBytes('x.md', new Uint8Array([0x61, 0, 0x62]), settings);
    expect(r.failure).toBe('io');
    expect(r.file.messages[0]?.ruleId).toBe('read');
  });

  it('points raw text messages at the lines of the file, blank lines included', () => {
    const r = check('article.txt');
    expect(linesOf(r, 'passive-voice')).toEqual([3, 5]);
    const note = r.file.messages.find((m) => m.ruleId === 'passive-voice' && m.line === 5);
    expect(String(note)).toMatch(/^5:63-5:108: Unexpected passive voice in “The panels were installed/);
  });

  it('gives the same messages for CRLF, CR and a BOM', () => {
    const lf = check('short.md').file.messages.map(String);
    const text = fixture('short.md');
    expect(check('short.md', {}, text.replace(/\n/g, '\r\n')).file.messages.map(String)).toEqual(lf);
    expect(check('short.md', {}, text.replace(/\n/g, '\r')).file.messages.map(String)).toEqual(lf);
    expect(check('short.md', {}, `\uFEFF${text}`).file.messages.map(String)).toEqual(lf);
  });
});

describe('check: messages', () => {
  it('are sorted by place, carry the path and source, and say "Unexpected …, expected …"', () => {
    const r = check('no-front-matter.md');
    const places = r.file.messages.map((m) => [m.line ?? 0, m.column ?? 0]);
    expect(places).toEqual([...places].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
    for (const m of r.file.messages) {
      expect(m.file).toBe('fixtures/check/no-front-matter.md');
      expect(m.source).toBe('seo-rewrite');
      if (m.fatal !== undefined && ruleIds.includes(m.ruleId ?? '')) expect(m.reason).toMatch(/^Unexpected .+, expected .+/);
    }
  });

  it('follow the configured severities', () => {
    const error = check('short.md', { rules: { 'text-length': 'error' } });
    expect(error.file.messages.find((m) => m.ruleId === 'text-length')?.fatal).toBe(true);
    const off = check('short.md', { rules: { 'text-length': 'off' } });
    expect(off.report.assessments.some((a) => a.id === 'text-length')).toBe(false);
    expect(off.file.messages.some((m) => m.ruleId === 'text-length')).toBe(false);
  });

  it('follow inline seo-rewrite-disable/enable comments', () => {
    const r = check('disabled.md');
    // Disabled at the top (before the first paragraph): the meta description rules, although they point at line 1.
    expect(r.file.messages.some((m) => m.ruleId === 'meta-description-length' || m.ruleId === 'keyphrase-in-meta-description')).toBe(false);
    // Passive sentences: line 8 (before the directive), 16 (after enable), 22 (after the disable-next block).
    expect(linesOf(r, 'passive-voice')).toEqual([8, 16, 16, 22]);
    // Silenced messages still count in the score, as in ESLint: the rule ran.
    expect(r.report.assessments.some((a) => a.id === 'passive-voice')).toBe(true);
  });

  it('warn about unknown rules in inline comments', () => {
    const text = `${fixture('short.md')}\n<!-- seo-rewrite-disable pasive-voice -->\n`;
    const m = check('short.md', {}, text).file.messages.find((x) => x.ruleId === 'inline-control');
    expect(m?.fatal).toBe(false);
    expect(m?.reason).toBe('Unexpected unknown rule “pasive-voice” in seo-rewrite-disable, expected a rule id');
    expect(m?.line).toBe(text.split('\n').indexOf('<!-- seo-rewrite-disable pasive-voice -->') + 1);
  });

  it('survive the trip through plain data (cache, worker threads) unchanged', () => {
    const r = check('disabled.md');
    const back = fromPlainCheck(JSON.parse(JSON.stringify(toPlainCheck(r))), r.report.path);
    expect(back.report).toEqual(r.report);
    expect(back.file.messages.map(String)).toEqual(r.file.messages.map(String));
    expect(back.file.messages.map((m) => [m.fatal, m.ruleId, m.actual, m.expected])).toEqual(r.file.messages.map((m) => [m.fatal, m.ruleId, m.actual, m.expected]));
  });
});

describe('check and rewrite share one engine', () => {
  it('scores a file with full front matter as rewrite scores it before rewriting', () => {
    const text = fixture('short.md');
    expect(check('short.md').report.score).toEqual(rewrite(text, { format: 'markdown' }).before);
  });

  it('scores raw text as rewrite scores it before rewriting, a first-line headline included', () => {
    for (const name of ['article.txt', 'headline.txt']) {
      const result = rewrite(fixture(name));
      const checked = check(name);
      expect(checked.report.score, name).toEqual(result.before);
      expect(checked.report.focusKeyphrase, name).toBe(result.focusKeyphrase);
    }
  });

  it('reads the writer’s subheadings of raw text as the rewrite does, and scores them', () => {
    const r = check('subheadings.txt');
    expect(r.report.score).toEqual(rewrite(fixture('subheadings.txt')).before);
    expect(r.report.assessments.find((a) => a.id === 'keyphrase-in-subheadings')?.message).toMatch(/dari 2\b/u);
  });

  it('keeps a raw headline out of the assessed text, and points at the lines after it', () => {
    const r = check('headline.txt');
    expect(r.report.assessments.find((a) => a.id === 'text-length')?.message).toMatch(/\b59 words\b/); // 68 with the 9-word headline
    expect(Math.min(...r.file.messages.filter((m) => m.line && m.line > 1 && m.ruleId !== 'front-matter').map((m) => m.line ?? 0))).toBeGreaterThanOrEqual(2);
  });

  it('extracts the same focus keyphrase as the rewrite when the front matter has none', () => {
    const text = fixture('no-front-matter.md');
    expect(check('no-front-matter.md').report.focusKeyphrase).toBe(rewrite(text, { format: 'markdown' }).focusKeyphrase);
  });

  it('scores the rewritten Markdown as rewrite scored it', () => {
    for (const name of ['short.md', 'article.txt', 'no-front-matter.md']) {
      const result = rewrite(fixture(name), { format: name.endsWith('.md') ? 'markdown' : 'auto' });
      expect(checkText('out.seo.md', result.markdown, settings).report.score, name).toEqual(result.score);
    }
  });
});
