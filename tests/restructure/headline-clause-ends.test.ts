import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { grammarOf } from '../../src/grammar/annotate.js';
import { articleNames, clauseHeadlines } from '../../src/restructure/headline.js';
import { subjectVariants } from '../../src/restructure/headline-subject.js';

const idPack = getLanguagePack('id').pack;
const enPack = getLanguagePack('en').pack;

function headlines(paragraphs: string[], lang = idPack): string[] {
  const doc = docFromParagraphs(paragraphs, lang);
  const sentences = doc.blocks.flatMap((b) => b.sentences);
  const written = new Set(sentences.flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
  return clauseHeadlines([sentences], lang, (w) => written.has(w), 1, articleNames(sentences, lang)).map((h) => h.text);
}

describe('a main clause before a clause of condition, time or cause is whole', () => {
  it('ends a verb with two complements after both, before `if`', () => {
    const out = headlines(["Creditors of South Korea's top credit card firm have said they will put the company into liquidation if its ex-parent firm fails to back a bail-out."], enPack);
    expect(out).toContain('Creditors to put company into liquidation');
  });

  it('reports the object of a verb of saying before a clause of time, never the clause as the news', () => {
    const out = headlines(["India's biggest carmaker Maruti has reported a sharp increase in quarterly profit after a booming economy and low interest rates boosted demand."], enPack);
    expect(out).toContain('Maruti reports sharp increase in quarterly profit');
    // (The clause of time is cut off whole: no `after booming economy` without its verb, no `rates boost demand`.)
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).not.toMatch(/after|boost/u);
  });
});

describe('subjects a comma list or an owner would have misnamed', () => {
  it('names who protests, not the last place of the list', () => {
    const out = headlines(['Warga di Perumahan Pondok Hijau, Ciputat, Tangerang Selatan memprotes pembangunan jembatan yang dilakukan oleh pengembang perumahan.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).toMatch(/^Warga/u);
  });

  it('never names an owner alone for what it owns', () => {
    const s = docFromParagraphs(["Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early on 28 January."], enPack).blocks[0]!.sentences[0]!;
    const g = grammarOf(s, enPack)!;
    const variants = subjectVariants(s, g.tags, g.clause!.subject!, enPack).map((v) => v.join(' '));
    expect(variants).not.toContain("Ireland's");
  });
});

describe('what the subject comes to', () => {
  it('goes on through `hingga` and its verb as the subject\'s, and may also end before it', () => {
    const out = headlines(['Model cantik asal Belarusia bernama Vera Kravtsova tertipu agen hingga berakhir diculik di Myanmar.']);
    expect(out).toContain('Model cantik tertipu agen hingga berakhir diculik di Myanmar');
    expect(out).toContain('Model cantik tertipu agen');
    // (Not `hingga` before an amount, which says how far: `naik hingga 10 persen` is no clause.)
    expect(headlines(['Harga cabai merah naik hingga 10 persen.']).some((h) => /hingga 10 persen/u.test(h))).toBe(true);
  });
});
