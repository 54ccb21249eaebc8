import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { chooseFocus } from '../../src/focus/index.js';
import { overusedCost, PRIOR, scoreOf, weightsOf } from '../../src/focus/model.js';
import { changeWordsFor } from '../../src/pipeline/change-words.js';
import { extractKeyphrases } from '../../src/keyphrases/index.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { analyse } from '../../src/pipeline/rewrite.js';
import { layout } from '../../src/restructure/index.js';

const id = getLanguagePack('id').pack;

function choose(paragraphs: string[], lang = id) {
  const doc = docFromParagraphs(paragraphs, lang);
  const base = layout({ blocks: doc.blocks, lang });
  return chooseFocus({ base, keyphrases: extractKeyphrases(doc, lang, { max: 20 }) });
}

describe('the focus model', () => {
  it('chooses a focus about China’s AI and chips on the sample, with its reason', () => {
    const text = readFileSync(new URL('../../fixtures/china-ai-id.txt', import.meta.url), 'utf8');
    const a = analyse(text, { lang: 'id', format: 'text' });
    expect(a.focus.toLowerCase()).toMatch(/chip|\bai\b|china|semikonduktor|ekspor|tencent|baidu/u);
    expect(['dengan', 'dan', 'dalam', 'yang']).not.toContain(a.focus.toLowerCase());
    // The reason names what spoke for it, and the runner-up, in the article's language (or --locale's).
    expect(a.focusReason).toMatch(/ditulis \d+ kali.*; skor -?\d+,\d\d, berikutnya “/u);
    expect(analyse(text, { lang: 'id', format: 'text', assess: { locale: 'en' } }).focusReason).toMatch(/written \d+ times.*; score -?\d+\.\d\d, next “/u);
    expect(a.focusChoice?.candidates.length).toBeGreaterThan(3);
  });

  it('never chooses a lone everyday word while a noun phrase of the story remains', () => {
    const choice = choose([
      'Polisi menyita uang palsu senilai Rp 2 miliar dari sebuah gudang di Bekasi, Jawa Barat.',
      'Uang palsu itu disimpan dalam kardus. Uang tersebut dicetak di sebuah rumah di Bogor.',
      'Kapolres Bekasi mengatakan uang itu akan diedarkan menjelang Lebaran. Uang palsu dijual setengah harga.',
      'Polisi menangkap tiga tersangka. Para tersangka mengaku mencetak uang sejak Januari.',
    ]);
    expect(choice).toBeDefined();
    expect(choice!.phrase.toLowerCase()).not.toBe('uang');
    expect(choice!.phrase.toLowerCase()).not.toBe('tersangka');
    const lone = choice!.candidates.find((c) => c.phrase.toLowerCase() === 'uang');
    if (lone) expect(lone.generic).toBe(true);
  });

  it('offers the short name the article uses on its own beside the full name', () => {
    const choice = choose([
      'Presiden Prabowo Subianto meresmikan bendungan baru di Nusa Tenggara Timur pada Senin.',
      'Prabowo mengatakan bendungan itu akan mengairi ribuan hektare sawah. Prabowo juga meninjau saluran irigasi.',
      'Menurut Prabowo, proyek serupa akan dibangun di provinsi lain. Warga menyambut kedatangan Prabowo.',
    ]);
    const phrases = (choice?.candidates ?? []).map((c) => c.phrase);
    expect(phrases).toContain('Prabowo');
  });

  it('makes a phrase so frequent that Yoast’s density verdict would sink the score pay that price, and says so', () => {
    const filler = 'Warga desa berkumpul di balai untuk membahas rencana pembangunan jalan dan jembatan baru bersama kepala desa';
    const paragraphs = ['Banjir bandang melanda Kabupaten Garut setelah hujan deras semalam. Banjir merendam ratusan rumah warga.'];
    for (let i = 0; i < 6; i++) paragraphs.push(`${filler}. Banjir kembali datang. Banjir merusak jalan desa dan banjir menutup sekolah.`);
    const choice = choose(paragraphs);
    const banjir = choice?.candidates.find((c) => c.phrase.toLowerCase() === 'banjir');
    expect(banjir?.overused).toBe(true);
    // Its score is the model's less the language's price (no writer's headline here, so no headline bonus).
    expect(overusedCost(id)).toBeGreaterThan(0);
    expect(banjir!.score).toBeCloseTo(scoreOf(banjir!.features, weightsOf(id)) - overusedCost(id)!, 6);
    // The story is about the flood: it still wins, and the reason warns of Yoast's verdict.
    expect(choice?.phrase.toLowerCase()).toBe('banjir');
    expect(choice?.reason(changeWordsFor('id').focus)).toMatch(/batas kepadatan Yoast \(yang dalam batas: “[^”]+”\)/u);
    // Every rival scored below it even after the price.
    const rival = choice!.candidates.find((c) => !c.overused && !c.generic);
    expect(rival).toBeDefined();
    expect(rival!.score).toBeLessThan(banjir!.score);
  });

  it('ranks an overused phrase after every other one in a language with no price for it (English)', () => {
    const en = getLanguagePack('en').pack;
    expect(overusedCost(en)).toBeUndefined();
    const filler = 'Residents gathered at the village hall to discuss plans for a new road and bridge with the mayor';
    const paragraphs = ['Floods hit the town of Garut after heavy rain overnight. Floods swamped hundreds of homes.'];
    for (let i = 0; i < 6; i++) paragraphs.push(`${filler}. Floods came again. Floods damaged the village road and floods closed the school.`);
    const choice = choose(paragraphs, en);
    const floods = choice?.candidates.find((c) => c.phrase.toLowerCase() === 'floods');
    expect(floods?.overused).toBe(true);
    expect(choice?.phrase.toLowerCase()).not.toBe('floods');
    const rank = choice!.candidates.indexOf(floods!);
    expect(choice!.candidates.slice(rank).every((c) => c.overused || c.generic)).toBe(true);
  });

  it('uses fitted weights for a language with a model and the prior for one without (the generic mode)', () => {
    expect(weightsOf(id)).not.toEqual(PRIOR);
    const generic = getLanguagePack('fr');
    expect(generic.generic).toBe(true);
    expect(weightsOf(generic.pack)).toEqual(PRIOR);
    const choice = choose(
      ['La ville de Lyon ouvre un nouveau musée consacré au cinéma. Le musée présente des caméras anciennes.', 'Le musée de Lyon attend des milliers de visiteurs.'],
      generic.pack,
    );
    expect(choice).toBeDefined();
    // Without a tagger every candidate counts as a noun phrase: nothing is held back for its use.
    expect(choice!.candidates.every((c) => c.features.nominalUse === 1)).toBe(true);
  });
});
