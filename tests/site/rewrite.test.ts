import { describe, expect, it } from 'vitest';
import { project, runCli } from '../check/helpers.js';
import { pathOf, siteFiles } from './site.js';

type SiteReport = { site?: { files: { path: string; messages: { ruleId: string; message: string }[] }[] } };

describe('a folder rewrite compares its outputs as one site', () => {
  it('reports duplicates and previously used keyphrases across the outputs, in the JSON report and for people', async () => {
    const all = siteFiles();
    const files = Object.fromEntries([1, 2, 3, 10, 11, 20].map((i) => [pathOf(i), all[pathOf(i)]!]));
    const p = project(files);
    try {
      const r = await runCli(['content', '--dry-run', '--format', 'json', '--jobs', '1'], p.dir);
      const report = JSON.parse(r.stdout) as SiteReport;
      const rules = (i: number): string[] => report.site!.files.find((f) => f.path === pathOf(i))!.messages.map((m) => m.ruleId);
      expect(rules(1)).toEqual(['duplicate-description']);
      expect(rules(10)).toEqual(['previously-used-keyphrase']);
      expect(report.site!.files.find((f) => f.path === pathOf(10))!.messages[0]!.message).toContain(pathOf(11));
      // Link presence is no matter for a rewrite (drafts have no links): not reported; a broken link is.
      expect(rules(20)).toEqual(['broken-internal-link', 'broken-internal-link']);
      const stylish = await runCli(['content', '--dry-run', '--jobs', '1'], p.dir);
      expect(stylish.stdout).toContain(`site-level checks of the outputs:\n${pathOf(1)}\n  3:1  warning  Duplicate meta description: ${pathOf(2)} and ${pathOf(3)} have the same description  duplicate-description\n`);
    } finally {
      p.cleanup();
    }
  });
});
