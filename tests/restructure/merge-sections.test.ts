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
});
