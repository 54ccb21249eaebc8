import { describe, expect, it } from 'vitest';
import { docFromBlocks, docFromParagraphs } from '../../src/document/from-text.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { cleanPrefixes, withoutRelative, wordCuts } from '../../src/restructure/clauses.js';
import { densityRange, yoastFitter } from '../../src/focus/yoast-fit.js';
import { variantsOf } from '../../src/restructure/focus-variants.js';
import { layout } from '../../src/restructure/index.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

/** A 300-word article where "korupsi" is everywhere and "kasus korupsi" is used a few times. */
function article(): string[] {
  const filler = 'Pejabat daerah menyampaikan keterangan kepada wartawan di kantor pemerintah kota pada pekan lalu';
  const paragraphs: string[] = ['Komisi antirasuah menyelidiki kasus korupsi pengadaan lahan jalan tol di Sumatera. Korupsi itu merugikan negara.'];
  for (let i = 0; i < 9; i++) {
    paragraphs.push(`${filler} tentang korupsi anggaran. Penyidik memeriksa korupsi proyek ${i === 2 || i === 6 ? 'dalam kasus korupsi' : 'di daerah'} itu secara rinci bersama saksi.`);
  }
  return paragraphs;
}

describe('densityRange', () => {
  it('follows Yoast: 0.5–3 % adjusted by keyphrase length, at least 2 in longer texts', () => {
    expect(densityRange(300, 1, { min: 0.5, max: 3 })).toEqual([2, 8]);
    expect(densityRange(300, 2, { min: 0.5, max: 3 })).toEqual([2, 6]);
    expect(densityRange(80, 1, { min: 0.5, max: 3 })).toEqual([1, 2]);
  });
});

describe('yoastFitter', () => {
  const doc = docFromParagraphs(article(), id);
  const base = layout({ blocks: doc.blocks, lang: id });
  const fit = yoastFitter(base);

  it('tells a central word used too often for a good density from a variant that fits', () => {
    expect(fit('korupsi').fits).toBe(false);
    expect(fit('kasus korupsi').fits).toBe(true);
  });

  it('tells a candidate in the introduction from one that is not', () => {
    expect(fit('jalan tol').intro).toBe(true);
    expect(fit('saksi').intro).toBe(false);
  });

  it("tells whether the writer's headline holds the candidate, and opens with it", () => {
    const titled = yoastFitter(base, 'Jalan Tol di Sumatera Diusut KPK');
    expect(titled('jalan tol').titled).toBe(2);
    expect(yoastFitter(base, 'KPK Usut Proyek Jalan Tol di Sumatera')('jalan tol').titled).toBe(1);
    expect(titled('kasus korupsi').titled).toBe(0);
  });

  it('gives the number of subheadings that keeps the density in range', () => {
    const slots = fit('kasus korupsi').slots;
    expect(slots).toBeGreaterThanOrEqual(Math.ceil(base.sections.length * 0.3));
    expect(slots).toBeLessThanOrEqual(Math.floor(base.sections.length * 0.75));
  });
});

describe('yoastFitter with the writer’s subheadings', () => {
  /** The article with two subheadings of the writer's, before paragraphs 4 and 7. */
  function headed(first: string, second: string): ReturnType<typeof layout> {
    const paragraphs = article();
    const blocks = [
      ...paragraphs.slice(0, 4).map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'heading' as const, depth: 2, text: first },
      ...paragraphs.slice(4, 7).map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'heading' as const, depth: 2, text: second },
      ...paragraphs.slice(7).map((text) => ({ kind: 'paragraph' as const, text })),
    ];
    return layout({ blocks: docFromBlocks(blocks, id).blocks, lang: id });
  }

  it('knows a focus the writer’s subheadings hold in Yoast’s share, since no generated one can add it', () => {
    // Both subheadings are the writer's: one names `jalan tol`, none `kasus korupsi`.
    const both = headed('Proyek Jalan Tol Sumatera', 'Saksi Diperiksa');
    expect(both.sections.every((s) => s.heading !== undefined)).toBe(true);
    expect(yoastFitter(both)('jalan tol').shareOk).toBe(true);
    expect(yoastFitter(both)('kasus korupsi').shareOk).toBe(false);
    // Named in both, it is in more than 75 % of them.
    expect(yoastFitter(headed('Proyek Jalan Tol Sumatera', 'Jalan Tol dan Saksi'))('jalan tol').shareOk).toBe(false);
  });
});

describe('variantsOf', () => {
  it('finds the two-word phrases the article uses with a word, most frequent first', () => {
    const doc = docFromParagraphs(article(), id);
    const sentences = doc.blocks.flatMap((b) => b.sentences);
    const variants = variantsOf('korupsi', sentences, id);
    expect(variants[0]).toBe('korupsi anggaran');
    expect(variants).toContain('kasus korupsi');
    expect(variants).not.toContain('tentang korupsi');
  });
});

describe('withoutRelative', () => {
  it('drops a relative clause between subject and verb, as a headline does', () => {
    expect(withoutRelative('Surface Book yang diperkenalkan dua tahun silam merupakan jawaban Microsoft', id)).toBe('Surface Book merupakan jawaban Microsoft');
    expect(withoutRelative('The phone, which launched in May, is selling well', en)).toBe('The phone is selling well');
    expect(withoutRelative('Baidu yang dijuluki Google China', id)).toBeUndefined();
    expect(withoutRelative('The phone which launched in May is selling well', en)).toBe('The phone is selling well');
    // After a verb, the relative clause qualifies the object: leaving it out joins the object to the next verb.
    expect(withoutRelative('JK menyoroti kasus korupsi yang belakangan menjadi perbincangan hangat', id)).toBeUndefined();
  });
});

describe('cleanPrefixes', () => {
  it('cuts before a function word, never before an initial inside a name', () => {
    const prefixes = cleanPrefixes('Bupati Poso Darmin A. Sigilipu mengajak wisatawan ke Danau Poso', id);
    expect(prefixes).toContain('Bupati Poso Darmin A. Sigilipu mengajak wisatawan');
    expect(prefixes).not.toContain('Bupati Poso Darmin');
  });
});

describe('wordCuts', () => {
  it('never splits a name or ends on a function word', () => {
    const cuts = wordCuts('Tekanan pembatasan ekspor teknologi canggih dari Amerika Serikat terus berlanjut.', id);
    expect(cuts).not.toContain('Tekanan pembatasan ekspor teknologi canggih dari Amerika');
    expect(cuts).not.toContain('Tekanan pembatasan ekspor teknologi canggih dari');
    expect(cuts).toContain('Tekanan pembatasan ekspor teknologi canggih dari Amerika Serikat');
  });
});

describe('nominal', () => {
  it('refuses a lone adjective and a phrase left open on the side its noun should be', async () => {
    const { nominal } = await import('../../src/keyphrases/nominal.js');
    expect(nominal('presidential', en)).toBe(false);
    expect(nominal('pretend presidential', en)).toBe(false);
    expect(nominal('presidential run', en)).toBe(true);
    expect(nominal('digital', id)).toBe(false);
    expect(nominal('digital penipuan', id)).toBe(false);
    expect(nominal('penipuan digital', id)).toBe(true);
    // A capitalised modifier is a name's word: fine at a name's edge, not a name alone.
    expect(nominal('National Guard', en)).toBe(true);
    expect(nominal('International', en)).toBe(false);
    // Hyphenated participles are adjectives too.
    expect(nominal('newly-hired', en)).toBe(false);
    expect(nominal('high-waisted', en)).toBe(false);
    expect(nominal('congressional', en)).toBe(false);
  });
});
