import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { headline as en } from '../../src/lang/en/headline.js';
import { headlineVerb, menBases } from '../../src/lang/id/headline.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { clauseHeadlines } from '../../src/restructure/headline.js';

const idPack = getLanguagePack('id').pack;
const enPack = getLanguagePack('en').pack;
const none = (): boolean => false;

function headlines(paragraphs: string[], lang = idPack): string[] {
  const doc = docFromParagraphs(paragraphs, lang);
  const written = new Set(doc.blocks.flatMap((b) => b.sentences.flatMap((s) => s.words.map((w) => w.text.toLowerCase()))));
  return clauseHeadlines(doc.blocks.map((b) => b.sentences), lang, (w) => written.has(w), 4).map((h) => h.text);
}

describe('the Indonesian headline register', () => {
  it('drops meN- by the nasal rules, only to an attested base', () => {
    expect(menBases('menetapkan')).toContain('tetapkan');
    expect(menBases('menyebut')).toContain('sebut');
    expect(menBases('mengatakan')).toContain('katakan');
    expect(menBases('memanggil')).toContain('panggil');
    // The article's own passive attests the base.
    expect(headlineVerb('memanggil', (w) => w === 'dipanggil')).toBe('panggil');
    // `meminta` is me + minta (a treebank lemma), not the p the nasal may replace.
    expect(headlineVerb('meminta', none)).toBe('minta');
    // No attested base: no headline form (the clause is used as written).
    expect(headlineVerb('mengqwerty', none)).toBeUndefined();
    // Passive and other verbs stay as written.
    expect(headlineVerb('ditangkap', none)).toBe('ditangkap');
  });

  it('writes who did what from the lead, with aspect words left out', () => {
    const out = headlines(['Bank Indonesia telah menurunkan suku bunga acuan pada rapat dewan gubernur bulan ini.']);
    expect(out).toContain('Bank Indonesia turunkan suku bunga acuan');
    expect(out.every((h) => !/telah/u.test(h))).toBe(true);
  });

  it('gives no headline from quoted speech or a pronoun subject', () => {
    const out = headlines(['"Kami sudah menyiapkan semuanya. Kita akan memulai besok," kata Budi di Jakarta.']);
    expect(out).toEqual([]);
  });
});

describe('the English headline register', () => {
  it('uses the present tense, `to` for the future and the bare participle for a passive', () => {
    const info = { passive: false, plural: false, attested: none };
    expect(en.verbGroup(['has', 'announced'], info)).toEqual(['announces']);
    expect(en.verbGroup(['said'], info)).toEqual(['says']);
    expect(en.verbGroup(['said'], { ...info, plural: true })).toEqual(['say']);
    expect(en.verbGroup(['will', 'visit'], info)).toEqual(['to', 'visit']);
    expect(en.verbGroup(['was', 'arrested'], { ...info, passive: true })).toEqual(['arrested']);
  });

  it('drops articles and names the news, not the clause its verb takes cut short', () => {
    const out = headlines(['The health agency recalled three brands of infant formula on Tuesday.'], enPack);
    expect(out[0]).toMatch(/^health agency recalls three brands of infant formula/u);
    const believes = headlines(['Steve Finnan believes the Republic of Ireland can win the group.'], enPack);
    expect(believes.some((h) => /believes (?:the )?Republic of Ireland$/u.test(h))).toBe(false);
  });
});
