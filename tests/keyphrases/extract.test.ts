import { describe, expect, it } from 'vitest';
import { extractKeyphrases } from '../../src/keyphrases/index.js';
import { isStopword } from '../../src/keyphrases/tokens.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { doc, docWithTitle, en, id } from './helpers.js';

const CHIPS_ID = [
  'Tencent menimbun chip AI untuk melatih model. Chip AI China makin murah, kata analis.',
  'Baidu juga membeli chip dari pemasok lokal. Pasokan chip global terbatas karena pembatasan ekspor AS.',
  'Perusahaan chip di China menambah produksi chip. Tencent dan Baidu menyambut chip lokal.',
].join('\n');

const phrases = (text: string, lang = id, max = 10): string[] =>
  extractKeyphrases(doc(text, lang), lang, { max }).map((k) => k.phrase);

describe('extractKeyphrases', () => {
  it('returns at most `max` keyphrases, best first, scores in 0..1 with the first at 1', () => {
    const ks = extractKeyphrases(doc(CHIPS_ID, id), id, { max: 5 });
    expect(ks.length).toBeLessThanOrEqual(5);
    expect(ks[0]?.score).toBe(1);
    for (let i = 1; i < ks.length; i++) {
      expect(ks[i]?.score).toBeGreaterThan(0);
      expect(ks[i]?.score).toBeLessThanOrEqual(ks[i - 1]?.score ?? 1);
    }
  });

  it('never takes a word of text decoded twice (`ØªÙ` for Arabic) for a keyphrase, however often it stands', () => {
    const garbled = Array.from({ length: 6 }, () => 'ØªÙØ¯ÙØ§ ØªÙ ØªÙØ¨').join('\n');
    const ks = phrases(`Islam mengatur tentang utang secara jelas.\n${garbled}\nUtang wajib dibayar tepat waktu menurut Islam.`);
    expect(ks.length).toBeGreaterThan(0);
    for (const k of ks) expect(k).not.toMatch(/[\u0080-\u00bf]/u);
  });

  it('defaults to ten keyphrases', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma.';
    expect(extractKeyphrases(doc(text, en), en).length).toBe(10);
  });

  it('puts the recurring subject first and keeps names and acronyms as written', () => {
    const list = phrases(CHIPS_ID);
    expect(list[0]).toBe('chip');
    expect(list).toEqual(expect.arrayContaining(['Tencent', 'Baidu', 'China', 'AI']));
  });

  it('lists a name whose words the article never writes apart as the name, not word by word', () => {
    const text = [
      'Pelapor khusus PBB Francesca Albanese mengecam serangan Israel di Gaza.',
      'Serangan Israel itu menewaskan warga sipil Gaza, kata PBB.',
      'PBB meminta penyelidikan atas serangan Israel di Gaza.',
    ].join('\n');
    const list = phrases(text, id, 10);
    expect(list).toContain('Francesca Albanese');
    expect(list).not.toContain('Francesca');
    expect(list).not.toContain('Albanese');
  });

  it('does not list the common noun that only opens several names (Kementerian) on its own', () => {
    const text = [
      'Kementerian Keuangan dan Kementerian ESDM membahas subsidi energi tahun depan.',
      'Subsidi energi naik karena harga minyak, kata pejabat Kementerian Keuangan.',
      'Kementerian Sosial ikut menyalurkan subsidi energi bagi warga miskin.',
    ].join('\n');
    const list = phrases(text, id, 15);
    expect(list).toContain('Kementerian Keuangan');
    expect(list).not.toContain('Kementerian');
  });

  it('never lists a lone unit or number word (percent, million) in English', () => {
    const text = [
      'Consumer prices rose 5 percent in March, the statistics bureau said.',
      'Food prices jumped 12 percent while fuel prices rose 3 percent.',
      'The bureau counted 2 million households, up from 1.8 million, and prices of rice rose 4 percent.',
    ].join('\n');
    const list = phrases(text, en, 15).map((p) => p.toLowerCase());
    expect(list).toContain('prices');
    for (const unit of ['percent', 'million']) expect(list).not.toContain(unit);
  });

  it('lists the words of a name merged into its acronym under the acronym, not one by one', () => {
    const text = [
      'Menurut Domestic Market Obligation (DMO), eksportir wajib memasok pasar dalam negeri.',
      'Pemerintah menilai DMO menjaga pasokan batu bara. DMO berlaku sejak tahun lalu.',
      'Pengusaha meminta DMO dilonggarkan, kata asosiasi eksportir.',
    ].join('\n');
    const list = phrases(text, id, 15);
    expect(list).toContain('DMO');
    for (const part of ['Domestic', 'Market', 'Obligation']) expect(list).not.toContain(part);
  });

  it('shows a word that only opens sentences in lowercase when the article writes another form of it so', () => {
    const text = [
      'Prosecutors charged the mayor with fraud on Monday.',
      'Prosecutors said the mayor took bribes. Prosecutors plan a second case.',
      'A prosecutor in the case declined to comment. Tencent denied any role.',
    ].join('\n');
    const list = phrases(text, en, 15);
    expect(list).toContain('prosecutors');
    expect(list).toContain('Tencent');
  });

  it('does not list chip, chip AI and chip AI China all together', () => {
    const list = phrases(CHIPS_ID, id, 15).map((p) => p.toLowerCase());
    const family = list.filter((p) => p === 'chip' || p.startsWith('chip ai'));
    expect(family.length).toBeLessThanOrEqual(2);
  });

  it('never returns a phrase with a function word at either edge', () => {
    const english = 'The talks with the union of the workers ended in a deal for the union.';
    for (const [text, lang] of [[CHIPS_ID, id], [english, en]] as const) {
      for (const p of phrases(text, lang, 20)) {
        const words = p.split(' ');
        expect(isStopword(words[0] ?? '', lang), p).toBe(false);
        expect(isStopword(words[words.length - 1] ?? '', lang), p).toBe(false);
      }
    }
  });

  it('groups inflected forms and shows the form the article writes most', () => {
    const ks = extractKeyphrases(doc('Exports fell. Export controls hit exports of chips. Exports matter.', en), en);
    const exports = ks.find((k) => k.stem === 'export');
    expect(exports?.phrase).toBe('exports');
    expect(exports?.count).toBe(4);
  });

  it('shows a sentence-initial common noun in lowercase and a name capitalised', () => {
    const text = 'Kecerdasan buatan berkembang. Para ahli menyebut kecerdasan buatan penting. Jensen Huang setuju.' +
      ' Jensen Huang optimistis.';
    const ks = phrases(text);
    expect(ks).toContain('kecerdasan buatan');
    expect(ks).toContain('Jensen Huang');
  });

  it('counts a one-word mention of a person under the full name', () => {
    const text = 'CEO Nvidia Jensen Huang datang ke Jakarta. Huang bertemu menteri. Menurut Huang, chip penting.';
    const ks = extractKeyphrases(doc(text, id), id, { max: 20 });
    const huang = ks.find((k) => k.phrase === 'Jensen Huang');
    expect(huang?.count).toBe(3);
    expect(ks.some((k) => k.phrase === 'Huang')).toBe(false);
  });

  it('merges an acronym with the long form that defines it', () => {
    const text = 'Bank Indonesia (BI) menahan suku bunga. BI menilai inflasi terkendali. Menurut BI, rupiah stabil.';
    const ks = extractKeyphrases(doc(text, id), id, { max: 20 });
    const bi = ks.filter((k) => k.phrase === 'BI' || k.phrase === 'Bank Indonesia');
    expect(bi.length).toBe(1);
    expect(bi[0]?.phrase).toBe('BI');
    // The definition counts once: three mentions in all.
    expect(bi[0]?.count).toBe(3);
  });

  it('ignores sentences the language marks as not article content', () => {
    const text = [
      'Harga beras naik di pasar. Beras impor tiba.',
      'Artikel ini memakai kata kunci SEO agar konten relevan.',
    ].join('\n');
    const list = phrases(text).map((p) => p.toLowerCase());
    expect(list).toContain('beras');
    expect(list).not.toContain('seo');
    expect(list).not.toContain('konten');
  });

  it('counts a word of a name only where it stands alone: `Aceh` in `Aceh Jaya` is a mention of Aceh Jaya', () => {
    const text = [
      'Banjir melanda Aceh Jaya dan Aceh Besar setelah hujan deras. Warga Aceh Barat juga mengungsi karena banjir.',
      'Banjir merendam jalan di Aceh Jaya. Bantuan tiba di Aceh Besar dan Aceh Barat.',
      'Banjir surut pada sore hari. Aceh Tamiang dan Aceh Besar bersiap menghadapi banjir susulan.',
    ].join('\n');
    const list = phrases(text, id, 15).map((p) => p.toLowerCase());
    // `Aceh` is written 8 times and `banjir` 5, but only the names around Aceh are ever written.
    expect(list.indexOf('banjir')).toBe(0);
    expect(list.indexOf('aceh') === -1 || list.indexOf('aceh') > list.indexOf('aceh besar')).toBe(true);
  });

  it('merges a syllabic abbreviation with the long form it is defined by, as an acronym', () => {
    const text = [
      'Kementerian Keuangan (Kemenkeu) akan menerbitkan surat utang dalam renminbi. Kemenkeu menyiapkan penerbitan pada kuartal IV.',
      'Kementerian Keuangan menyebut surat utang itu menarik bagi investor. Kemenkeu tidak menyebut nilainya.',
    ].join('\n');
    const ks = extractKeyphrases(doc(text, id), id, { max: 15 });
    // Four mentions: the definition once, two of the short form, one of the long form.
    expect(ks.find((k) => k.phrase === 'Kemenkeu')?.count).toBe(4);
    expect(ks.map((k) => k.phrase)).not.toContain('Kementerian Keuangan');
  });

  it('takes a word only ever written inside an acronym’s long form as part of it, not as a tag', () => {
    const text = [
      'Direktorat pajak mencatat baru 2,6 juta wajib pajak (WP) yang mengaktivasi akun Coretax. Target pemerintah 14 juta WP.',
      'Sebanyak 1,2 juta wajib pajak sudah memiliki kode otorisasi. Pemerintah meminta WP segera mengaktivasi akun Coretax.',
    ].join('\n');
    const list = phrases(text, id, 15);
    expect(list).toContain('WP');
    expect(list).not.toContain('wajib');
  });

  it('leaves a note to the reader out: a content warning above the story is not what it is about', () => {
    const note =
      'Informasi dalam artikel ini tidak ditujukan untuk menginspirasi siapa pun untuk melakukan tindakan serupa. Bila Anda merasakan gejala depresi dengan kecenderungan berupa pemikiran untuk bunuh diri, segera konsultasikan persoalan Anda ke psikolog.';
    const story = 'Kampus memberi sanksi kepada mahasiswa perundung. Mahasiswa perundung itu dikeluarkan dari organisasi.';
    const list = phrases([note, story].join('\n')).map((p) => p.toLowerCase());
    expect(list[0]).toBe('mahasiswa perundung');
    for (const word of ['psikolog', 'depresi', 'informasi', 'persoalan']) expect(list).not.toContain(word);
  });

  it('uses a heading as a signal without needing one', () => {
    const d = docWithTitle('Rupiah menguat', 'Nilai tukar menguat pada Senin. Investor masuk.', id);
    const withTitle = extractKeyphrases(d, id);
    expect(withTitle.map((k) => k.phrase.toLowerCase())).toContain('rupiah');
  });

  it('works in generic mode for a language without a pack', () => {
    const fr = getLanguagePack('fr');
    expect(fr.generic).toBe(true);
    const text =
      'Le gouvernement français prépare une réforme des retraites. La réforme des retraites divise les syndicats.';
    const list = extractKeyphrases(doc(text, fr.pack), fr.pack).map((k) => k.phrase.toLowerCase());
    expect(list.some((p) => p.includes('réforme'))).toBe(true);
    expect(list).not.toContain('la');
  });

  it('returns nothing for an empty document', () => {
    expect(extractKeyphrases(doc('', id), id)).toEqual([]);
  });
});
