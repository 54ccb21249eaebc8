import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { chooseFocus } from '../../src/focus/index.js';
import { PRIOR, weightsOf } from '../../src/focus/model.js';
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

  it('holds back a phrase so frequent that Yoast’s density verdict would sink the score', () => {
    const filler = 'Warga desa berkumpul di balai untuk membahas rencana pembangunan jalan dan jembatan baru bersama kepala desa';
    const paragraphs = ['Banjir bandang melanda Kabupaten Garut setelah hujan deras semalam. Banjir merendam ratusan rumah warga.'];
    for (let i = 0; i < 6; i++) paragraphs.push(`${filler}. Banjir kembali datang. Banjir merusak jalan desa dan banjir menutup sekolah.`);
    const choice = choose(paragraphs);
    const banjir = choice?.candidates.find((c) => c.phrase.toLowerCase() === 'banjir');
    expect(banjir?.overused ?? true).toBe(true);
    expect(choice?.phrase.toLowerCase()).not.toBe('banjir');
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
