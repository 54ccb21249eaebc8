import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { withoutSections } from '../../src/restructure/merge-sections.js';

const en = getLanguagePack('en').pack;
const para = (text: string) => docFromParagraphs([text], en).blocks[0]!.sentences;

describe('sections left out of the outline', () => {
  const lead = [para('The lead says the news.')];
  const a = { heading: 'A', paragraphs: [para('First section.')] };
  const b = { heading: 'Play and game', paragraphs: [para('Second section, quotes only.')] };
  const c = { heading: 'C', paragraphs: [para('Third section.')] };

  it('go on the section before them, every sentence kept in order', () => {
    const out = withoutSections(lead, [a, b, c], new Set([b]));
    expect(out.sections.map((s) => s.heading)).toEqual(['A', 'C']);
    expect(out.sections[0]!.paragraphs.flat().map((s) => s.text)).toEqual(['First section.', 'Second section, quotes only.']);
    expect(out.lead).toEqual(lead);
    // (The input is not changed.)
    expect(a.paragraphs).toHaveLength(1);
  });

  it('go on the lead when no section is before them', () => {
    const out = withoutSections(lead, [b, c], new Set([b]));
    expect(out.sections.map((s) => s.heading)).toEqual(['C']);
    expect(out.lead.flat().map((s) => s.text)).toEqual(['The lead says the news.', 'Second section, quotes only.']);
  });

  it('go on the section before them only while it stays short, and never on the lead, when they only name a thing', () => {
    const named = { heading: 'Lingkungan Hidup', paragraphs: [para('A section whose heading only names a thing of it.')] };
    const roomy = withoutSections(lead, [a, named, c], new Set(), { sections: new Set([named]), maxWords: 300 });
    expect(roomy.sections.map((s) => s.heading)).toEqual(['A', 'C']);
    expect(roomy.sections[0]!.paragraphs.flat().map((s) => s.text)).toEqual(['First section.', 'A section whose heading only names a thing of it.']);
    // (Too long together: the heading stays.)
    const tight = withoutSections(lead, [a, named, c], new Set(), { sections: new Set([named]), maxWords: 10 });
    expect(tight.sections.map((s) => s.heading)).toEqual(['A', 'Lingkungan Hidup', 'C']);
    // (First of all: the lead stays the lead.)
    const first = withoutSections(lead, [named, c], new Set(), { sections: new Set([named]), maxWords: 300 });
    expect(first.sections.map((s) => s.heading)).toEqual(['Lingkungan Hidup', 'C']);
    expect(first.lead).toEqual(lead);
  });
});
