import { describe, expect, it } from 'vitest';
import { openEntry, sealEntry } from '../../src/engine/cache-entry.js';
import type { PlainCheckResult } from '../../src/engine/cache.js';
import { emptyReport } from '../../src/engine/result.js';
import { siteCheck, type SiteFile, type SiteSummary } from '../../src/site/index.js';
import type { SiteKeyphrase } from '../../src/site/types.js';

function summary(over: Partial<SiteSummary>): SiteSummary {
  return { title: '', description: '', slug: '', focus: '', lang: 'en', lines: {}, links: [{ url: 'https://example.org/', line: 9, column: 1 }], images: [], ...over };
}

/** Levels with the link-presence rules off (for tests about resolution). */
const noPresence = (_: string, id: string): 'warn' | 'off' => (id === 'outbound-links' || id === 'internal-links' ? 'off' : 'warn');
const link = (url: string, line = 10): SiteSummary['links'][number] => ({ url, line, column: 3 });
const rulesOf = (files: SiteFile[], options: Parameters<typeof siteCheck>[1] = {}): Record<string, string[]> =>
  Object.fromEntries([...siteCheck(files, options).findings].map(([path, list]) => [path, list.map((f) => f.ruleId)]));

describe('siteCheck: links', () => {
  it('resolves relative and site-absolute links to files of the site, and counts outbound ones', () => {
    const files: SiteFile[] = [
      { path: 'content/posts/a.md', summary: summary({ links: [link('b.md'), link('../docs/c/'), link('/posts/b/'), link('https://example.org/x'), link('#top'), link('mailto:x@y.z'), link('img/photo.png'), link('{{< ref "b.md" >}}')] }) },
      { path: 'content/posts/b.md', summary: summary({ links: [link('a.md'), link('missing.md', 12), link('/docs/none/', 14)] }) },
      { path: 'content/docs/c/index.md', summary: summary({ links: [link('http://example.com')] }) },
      // A page without article text still exists.
      { path: 'content/docs/_index.md' },
    ];
    const outcome = siteCheck(files, { root: 'content' });
    expect(outcome.findings.get('content/posts/a.md')).toBeUndefined();
    expect(siteCheck(files, { root: 'content', level: noPresence }).findings.get('content/posts/b.md')?.length).toBe(2);
    expect(outcome.findings.get('content/posts/b.md')?.map((f) => [f.ruleId, f.line, f.actual])).toEqual([
      ['outbound-links', 1, '0'],
      ['broken-internal-link', 12, 'missing.md'],
      ['broken-internal-link', 14, '/docs/none/'],
    ]);
    expect(outcome.findings.get('content/docs/c/index.md')?.map((f) => f.ruleId)).toEqual(['internal-links']);
    expect(rulesOf([{ path: 'a.md', summary: summary({ links: [link('b.md')] }) }, { path: 'b.md', summary: summary({ links: [link('a.md')] }) }])).toEqual({ 'a.md': ['outbound-links'], 'b.md': ['outbound-links'] });
  });

  it('resolves site links through a permalink pattern, Hugo’s or Jekyll’s, relative to the page’s address', () => {
    const hugo: SiteFile[] = [
      { path: 'content/posts/2020-a.md', summary: summary({ slug: 'alpha', links: [link('/docs/alpha/'), link('../beta/'), link('/posts/gamma/')] }) },
      { path: 'content/posts/b.md', summary: summary({ slug: 'beta', links: [link('/posts/alpha')] }) },
      { path: 'content/docs/c.md', summary: summary({ slug: 'alpha', links: [link('c.md')] }) },
    ];
    // Two sections may each have an `alpha`: with the pattern, only addresses collide.
    expect(rulesOf(hugo, { root: 'content', permalink: '/:section/:slug/', level: noPresence })).toEqual({ 'content/posts/2020-a.md': ['broken-internal-link'] });
    expect(rulesOf(hugo, { root: 'content', level: noPresence })['content/docs/c.md']).toEqual(['duplicate-slug']);
    const jekyll: SiteFile[] = [
      { path: '_posts/2021-03-04-launch.md', summary: summary({ slug: 'launch', date: '2021-03-04', links: [link('/2021/03/05/other/')] }) },
      { path: '_posts/2021-03-05-other.md', summary: summary({ slug: 'other', date: '2021-03-05 10:00', links: [link('/2021/03/04/launch/'), link('/2021/03/04/lunch/')] }) },
    ];
    const outcome = siteCheck(jekyll, { permalink: '/:year/:month/:day/:title/', level: noPresence });
    expect(outcome.findings.get('_posts/2021-03-04-launch.md')).toBeUndefined();
    expect(outcome.findings.get('_posts/2021-03-05-other.md')?.map((f) => f.actual)).toEqual(['/2021/03/04/lunch/']);
  });

  it('asks for alt text on every image and the focus keyphrase in one of them', () => {
    const images = (...alts: string[]): SiteSummary['images'] => alts.map((alt, i) => ({ src: `i${i}.png`, alt, line: 20 + i, column: 1 }));
    const files: SiteFile[] = [
      { path: 'a.md', summary: summary({ focus: 'Solar Panels', images: images('', 'Solar panels on a school roof'), links: [link('b.md'), link('https://x.org')] }) },
      { path: 'b.md', summary: summary({ focus: 'wind farms', images: images('A turbine'), links: [link('a.md'), link('https://x.org')] }) },
      { path: 'c.md', summary: summary({ focus: 'rain', links: [link('a.md'), link('https://x.org')] }) },
    ];
    const outcome = siteCheck(files);
    expect(outcome.findings.get('a.md')?.map((f) => [f.ruleId, f.line])).toEqual([['image-alt', 20]]);
    expect(outcome.findings.get('b.md')?.map((f) => [f.ruleId, f.line])).toEqual([['keyphrase-in-image-alt', 20]]);
    expect(outcome.findings.get('c.md')).toBeUndefined();
  });
});

describe('siteCheck: duplicates and levels', () => {
  const files: SiteFile[] = [
    { path: 'b.md', summary: summary({ title: 'Rates  rise', description: 'Same.', focus: 'interest rates', lines: { title: 2, focus: 5 }, links: [link('a.md'), link('https://x.org')] }) },
    { path: 'a.md', summary: summary({ title: 'RATES RISE', description: 'Other.', focus: 'Interest Rates', links: [link('b.md'), link('https://x.org')] }) },
    { path: 'c.md', summary: summary({ title: 'Rates rise', focus: '', links: [link('a.md'), link('https://x.org')] }) },
  ];

  it('compares values case and spacing aside, names the other files sorted, and places the message at the field', () => {
    const b = siteCheck(files).findings.get('b.md')!;
    expect(b.map((f) => [f.ruleId, f.line, f.reason])).toEqual([
      ['duplicate-title', 2, 'Duplicate SEO title: a.md and c.md have the same title'],
      ['previously-used-keyphrase', 5, 'Previously used keyphrase: “interest rates” is also the focus keyphrase of a.md; each article should target its own'],
    ]);
    // An empty focus (none set) is no duplicate.
    expect(siteCheck(files).findings.get('c.md')!.map((f) => f.ruleId)).toEqual(['duplicate-title']);
  });

  it('takes each file’s level for each rule: off drops the message, error makes it one', () => {
    const outcome = siteCheck(files, { level: (path, id) => (id === 'duplicate-title' ? (path === 'a.md' ? 'off' : 'error') : 'warn') });
    expect(outcome.findings.get('a.md')?.map((f) => f.ruleId)).toEqual(['previously-used-keyphrase']);
    expect(outcome.findings.get('c.md')?.map((f) => f.level)).toEqual(['error']);
  });
});

describe('siteCheck: internal-link suggestions', () => {
  const kp = (stem: string, score: number, entity: boolean, line: number): SiteKeyphrase => ({ stem, score, entity, anchor: stem.replace(/\b\w/g, (c) => (entity ? c.toUpperCase() : c)), line, column: 1 });
  const files: SiteFile[] = [
    { path: 'a.md', summary: summary({ keyphrases: [kp('bank indonesia', 1, true, 3), kp('interest rate', 0.8, false, 4), kp('weather', 0.2, false, 5)] }) },
    { path: 'b.md', summary: summary({ keyphrases: [kp('interest rate', 1, false, 3), kp('inflation', 0.9, false, 4), kp('bank indonesia', 0.5, true, 6)] }) },
    { path: 'c.md', summary: summary({ keyphrases: [kp('football', 1, false, 3), kp('stadium', 0.9, false, 4), kp('coach', 0.8, false, 5), kp('weather', 0.7, false, 7)] }) },
    { path: 'd.md', summary: summary({ keyphrases: [kp('bank indonesia', 1, true, 2)], links: [link('b.md')] }) },
  ];

  it('suggests related articles through shared names and the target’s top keyphrases, each with its own anchor', () => {
    const outcome = siteCheck(files, { suggestions: true });
    const a = outcome.suggestions.get('a.md')!;
    // b shares a name and its own first keyphrase; the stronger shared phrase carries the link, the other goes to d.
    expect(a.map((s) => [s.target, s.anchor, s.line])).toEqual([['b.md', 'interest rate', 4], ['d.md', 'Bank Indonesia', 3]]);
    expect(a[0]?.shared).toEqual(['interest rate', 'Bank Indonesia']);
    // `weather` is not among c's top three and is no name: no pair.
    expect(a.some((s) => s.target === 'c.md')).toBe(false);
    // d already links to b: never suggested again.
    expect(outcome.suggestions.get('d.md')?.map((s) => s.target)).toEqual(['a.md']);
    expect(siteCheck(files).suggestions.size).toBe(0);
  });
});

describe('the cache entry of a site summary', () => {
  it('is used only when the summary has the expected shape', () => {
    const result: PlainCheckResult = { report: emptyReport('a.md', null, null), messages: [], failure: null, skipped: false, summary: summary({ title: 'T' }) };
    expect(openEntry(sealEntry('k', result), 'k')?.summary?.title).toBe('T');
    const bad = { ...result, summary: { ...result.summary, links: [{ url: 3 }] } } as unknown as PlainCheckResult;
    expect(openEntry(sealEntry('k', bad), 'k')).toBeUndefined();
  });
});
