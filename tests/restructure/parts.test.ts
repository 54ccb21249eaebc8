import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import type { Paragraph } from '../../src/document/types.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { titleCase } from '../../src/restructure/casing.js';
import { buildDescription } from '../../src/restructure/description.js';
import { buildHeadings, focusHeadingCount } from '../../src/restructure/headings.js';
import { removeNonArticle } from '../../src/restructure/remove.js';
import { groupSections } from '../../src/restructure/sections.js';
import { buildSlug } from '../../src/restructure/slug.js';
import { splitParagraph } from '../../src/restructure/split.js';
import { buildTitle } from '../../src/restructure/title.js';
import { textWidth } from '../../src/text/width.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

describe('buildSlug', () => {
  it('is lowercase ASCII, hyphenated, starts with the focus and drops stopwords', () => {
    expect(buildSlug('Chip AI', ['Strategi China dalam Penimbunan Chip', 'Tencent'], id, 60)).toBe('chip-ai-strategi-china-penimbunan');
  });
  it('reads as its title, not a list of keywords: later phrases only whole, and only to reach four words', () => {
    // (The sample's slug ended in a stray `-pembatasan` of `pembatasan ekspor`.)
    expect(buildSlug('China', ['China Terus Menjunjung Inovasi dalam Pengembangan AI', 'pembatasan ekspor'], id, 60)).toBe('china-terus-menjunjung-inovasi-pengembangan-ai');
    expect(buildSlug('China', ['China Bangkit', 'pembatasan ekspor', 'chip'], id, 60)).toBe('china-bangkit-pembatasan-ekspor');
  });
  it('folds diacritics and stays within the limit, cut between words', () => {
    const slug = buildSlug('Café Résumé', ['über ambitious extraordinarily long phrase words here and there again'], en, 30);
    expect(slug).toBe('cafe-resume-uber-ambitious');
    expect(slug.length).toBeLessThanOrEqual(30);
  });
});

describe('titleCase', () => {
  it('capitalises content words and keeps acronyms and function words', () => {
    expect(titleCase('penimbunan chip AI dan model di China', id)).toBe('Penimbunan Chip AI dan Model di China');
    expect(titleCase('WeChat and the iPhone', en)).toBe('WeChat and the iPhone');
    // (The first word after a speaker's colon opens a clause.)
    expect(titleCase('Jenal: para pengelola SPPG kini mengolah minyak', id)).toBe('Jenal: Para Pengelola SPPG Kini Mengolah Minyak');
    // A dotted abbreviation keeps its letters as written: not `4 a.M.`, `a.K.a.`.
    expect(titleCase('they arrived at 4 a.m. following the win, a.k.a. the U.S. team', en)).toBe('They Arrived at 4 a.m. Following the Win, a.k.a. the U.S. Team');
  });
});

describe('buildTitle', () => {
  const lead = ['China terus menjunjung inovasi dalam pengembangan kecerdasan buatan (AI), meskipun menghadapi tekanan.'];
  it('is a headline from the lead clause, never a label, within 60 characters and 600 px', () => {
    const title = buildTitle({ lead, focus: 'China', phrases: ['Tencent', 'Baidu', 'pembatasan ekspor'], lang: id });
    expect(title.startsWith('China Terus')).toBe(true);
    expect(title).not.toMatch(/:/u);
    expect(title.length).toBeLessThanOrEqual(60);
    // Shorter than Yoast's 400 px is its "ok", not "bad": an editor's concise headline beats a padded one.
    expect(textWidth(title)).toBeLessThanOrEqual(600);
  });
  it('uses the lead clause as it is when it already starts with the focus', () => {
    const title = buildTitle({ lead, focus: 'China', phrases: [], lang: id });
    // The whole clause (`… dalam Pengembangan Kecerdasan Buatan`, 67 characters) is too long; without the article's
    // short forms (`AI`) the clause ends at its object.
    expect(title).toBe('China Terus Menjunjung Inovasi');
    expect(title).not.toMatch(/ (dalam|di|dan)$/);
  });
});

describe('buildDescription', () => {
  const sentences = [
    'China terus menjunjung inovasi dalam pengembangan kecerdasan buatan (AI), meskipun menghadapi tekanan pembatasan ekspor teknologi canggih dari Amerika Serikat (AS).',
    'Perusahaan teknologi raksasa China, seperti Tencent dan Baidu, terus mampu mempertahankan posisinya dalam pengembangan AI.',
  ];
  it('is 120–156 characters of whole clauses containing the focus, ending with a full stop', () => {
    const d = buildDescription({ sentences, focus: 'pengembangan AI', lang: id });
    expect(d.length).toBeGreaterThanOrEqual(120);
    expect(d.length).toBeLessThanOrEqual(156);
    expect(d.toLowerCase()).toContain('pengembangan ai');
    expect(d).toMatch(/\.$/);
  });
  it('does not open with a word tying it to a sentence before when another start has the focus too', () => {
    const tied = [
      'Perusahaan teknologi raksasa China, seperti Tencent dan Baidu, terus mampu mempertahankan posisinya dalam pengembangan AI di pasar domestik.',
      'Namun pengembangan AI di China juga menghadapi kekurangan chip canggih akibat pembatasan ekspor dari Amerika Serikat tahun ini.',
    ];
    const d = buildDescription({ sentences: [tied[1]!, tied[0]!], focus: 'pengembangan AI', lang: id });
    expect(d).not.toMatch(/^Namun/u);
    expect(d).toMatch(/^Perusahaan teknologi raksasa China/u);
  });
  it('never opens a quotation it does not close, even one that holds the focus', () => {
    // (The speaker's quotation runs on past its second sentence: cut there, the description is a broken text.)
    const quoted = [
      'Pemerintah memastikan Gunung Lawu tidak termasuk dalam Wilayah Kerja Panas Bumi (WKP).',
      '"Kami tegaskan, Gunung Lawu tidak masuk dalam Wilayah Kerja Panas Bumi.',
      'Tidak ada proses lelang maupun aktivitas eksplorasi di kawasan tersebut.',
      'Pemerintah berpegang pada prinsip kehati-hatian," kata Eniya Listiani Dewi dari Kementerian ESDM di Jakarta.',
      'Adapun rencana pengembangan panas bumi di Gunung Lawu sebenarnya pernah diajukan sejak tahun 2018.',
    ];
    const d = buildDescription({ sentences: quoted, focus: 'panas bumi', lang: id });
    expect(d.length).toBeGreaterThan(0);
    expect((d.match(/"/gu) ?? []).length % 2).toBe(0);
  });
  it('never labels the description with the focus when the opening lacks it: whole sentences, as written', () => {
    const d = buildDescription({ sentences, focus: 'Jensen Huang', lang: id });
    expect(d).not.toMatch(/^Jensen Huang: /u);
    expect(sentences.some((s) => d.startsWith(s.slice(0, 30)))).toBe(true);
    expect(d.endsWith('…')).toBe(false);
    expect(d.length).toBeLessThanOrEqual(156);
  });

  it('prefers a sentence that stands alone to one that points back or quotes', () => {
    const lead = ['Dalam kesempatan itu, Simon berinteraksi langsung dengan para perwira Saka dan mengapresiasi dedikasi mereka selama ini.', 'Pertamina menyiapkan program pelatihan baru bagi para perwira Saka Energi di seluruh wilayah operasi tahun depan.'];
    expect(buildDescription({ sentences: lead, focus: 'Saka', lang: id })).toMatch(/^Pertamina menyiapkan/u);
  });

  it('prefers a sentence that stands alone to a sequel (`China juga …`, `… also …`)', () => {
    const lead = ['China juga telah berkomitmen untuk mengurangi ketergantungan terhadap AS dengan mengembangkan industri chip sendiri di dalam negeri.', 'Perusahaan teknologi raksasa China, seperti Tencent dan Baidu, terus mampu meningkatkan posisinya dalam pengembangan AI.'];
    expect(buildDescription({ sentences: lead, focus: 'China', lang: id })).toMatch(/^Perusahaan teknologi/u);
    const en = getLanguagePack('en').pack;
    const english = ['The bank also raised its forecast for inflation next year, citing higher energy prices across the region and weaker demand.', 'The Bank of England held interest rates at 4.75% on Thursday, as policymakers weighed slowing growth against stubborn inflation.'];
    expect(buildDescription({ sentences: english, focus: 'Bank of England', lang: en })).toMatch(/^The Bank of England held/u);
  });
});

describe('groupSections', () => {
  it('cuts where adjacent paragraphs share the fewest stems and respects the word limit', () => {
    const stems = [new Set(['chip', 'ai']), new Set(['chip', 'gpu']), new Set(['bola', 'liga']), new Set(['liga', 'gol'])];
    expect(groupSections({ words: [50, 50, 50, 50], stems }, { maxWords: 300, targetWords: 100, minSections: 2 })).toEqual([0, 2]);
  });
  it('never puts more than the limit in a section of several paragraphs', () => {
    const n = 12;
    const starts = groupSections({ words: new Array(n).fill(100), stems: new Array(n).fill(new Set(['x'])) }, { maxWords: 300, targetWords: 180, minSections: 3 });
    const sizes = starts.map((s, i) => ((starts[i + 1] ?? n) - s) * 100);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(300);
  });
  it('makes at least the minimum number of sections when there are enough paragraphs', () => {
    expect(groupSections({ words: [40, 40, 40, 40, 40], stems: new Array(5).fill(new Set(['a'])) }, { maxWords: 300, targetWords: 180, minSections: 3 }).length).toBeGreaterThanOrEqual(3);
  });
});

describe('focusHeadingCount', () => {
  it('keeps the focus in 30–75 % of subheadings', () => {
    for (let h = 2; h <= 12; h++) {
      const n = focusHeadingCount(h);
      expect(n / h).toBeGreaterThanOrEqual(0.3);
      expect(n / h).toBeLessThanOrEqual(0.75);
    }
    expect(focusHeadingCount(1)).toBe(1);
  });
});

describe('buildHeadings', () => {
  it('names sections by their own phrases and never repeats a heading', () => {
    const sections = [
      'tencent menimbun chip dan tencent melatih model'.split(' '),
      'baidu membangun cloud dan baidu membuat chatbot'.split(' '),
      'nvidia menjual gpu dan nvidia menolak pembatasan'.split(' '),
    ];
    const headings = buildHeadings({
      sections, focus: 'chip AI', lang: id, focusSlots: 1,
      phrases: [{ phrase: 'Tencent', score: 0.9 }, { phrase: 'Baidu', score: 0.8 }, { phrase: 'Nvidia', score: 0.7 }, { phrase: 'chatbot', score: 0.5 }],
    });
    expect(headings).toHaveLength(3);
    expect(new Set(headings).size).toBe(3);
    // The focus is never forced into a heading as a label (`Chip AI: Tencent`).
    expect(headings.filter((h) => h.includes(':'))).toHaveLength(0);
    expect(headings[1]).toContain('Baidu');
    expect(headings[2]).toContain('Nvidia');
  });

  it('names a section by what is specific to it rather than an everyday word', () => {
    const sections = [
      'harga minyak dunia naik dan harga minyak mentah melonjak'.split(' '),
      'perusahaan menambah stok solar perusahaan menjaga stok solar perusahaan menjual solar'.split(' '),
    ];
    const headings = buildHeadings({
      sections, focus: 'harga minyak', lang: id, focusSlots: 1,
      phrases: [{ phrase: 'perusahaan', score: 0.6 }, { phrase: 'solar', score: 0.5 }, { phrase: 'stok', score: 0.4 }],
    });
    expect(headings[1]).toBe('Solar dan Stok');
  });
});

describe('splitParagraph', () => {
  it('splits at sentence boundaries into balanced parts under the limit', () => {
    const sentence = `Kata ${Array.from({ length: 19 }, (_, i) => `kata${i}`).join(' ')}.`;
    const doc = docFromParagraphs([Array.from({ length: 9 }, () => sentence).join(' ')], id);
    const parts = splitParagraph((doc.blocks[0] as Paragraph).sentences, 150);
    expect(parts.length).toBe(2);
    for (const p of parts) expect(p.reduce((n, s) => n + s.words.length, 0)).toBeLessThanOrEqual(150);
  });
});

describe('removeNonArticle', () => {
  it('removes the upstream SEO instruction with a reason and keeps the rest', () => {
    const doc = docFromParagraphs([
      'Nvidia menyebut kebijakan itu kegagalan. Ini diartikan agar konten dihasilkan dengan lebih baik, menggunakan kata kunci yang relevan sehingga memenuhi standar SEO.',
    ], id);
    const { blocks, removed } = removeNonArticle(doc.blocks, id);
    expect(removed).toHaveLength(1);
    expect(removed[0]?.kind).toBe('seo-instruction');
    expect(blocks[0]?.text).toBe('Nvidia menyebut kebijakan itu kegagalan.');
  });
});

describe('splitParagraph with long sentences', () => {
  it('never leaves a part over the limit when the sentences allow it', () => {
    const lengths = [9, 38, 28, 44, 37, 56, 51, 62, 34, 32, 46, 31, 45, 9, 18, 36, 37, 72, 80, 42, 26, 23, 28, 18];
    const text = lengths.map((n) => `Kata ${Array.from({ length: n - 1 }, () => 'kata').join(' ')}.`).join(' ');
    const doc = docFromParagraphs([text], id);
    const parts = splitParagraph((doc.blocks[0] as Paragraph).sentences, 150);
    for (const p of parts) expect(p.reduce((n, s) => n + s.words.length, 0)).toBeLessThanOrEqual(150);
    expect(parts.flat()).toHaveLength(lengths.length);
  });
});

describe('titleCase by the language\'s headline rules', () => {
  it('Indonesian (PUEBI): every word capitalised, both halves of a reduplicated word, function words lowercase', () => {
    expect(titleCase('informasi ini masih jauh dari target undang-undang yang baru', id)).toBe('Informasi Ini Masih Jauh dari Target Undang-Undang yang Baru');
  });
  it('English: verbs and pronouns capitalised, articles, conjunctions and short prepositions lowercase', () => {
    expect(titleCase('police say they have arrested a man in the city', en)).toBe('Police Say They Have Arrested a Man in the City');
  });
});
