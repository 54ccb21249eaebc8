import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { articleNames, clauseHeadlines, loneNames } from '../../src/restructure/headline.js';
import { abbreviate, abbreviates, shortForms, writtenShortForms } from '../../src/restructure/short-forms.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

function sentencesOf(paragraphs: string[], lang = id) {
  return docFromParagraphs(paragraphs, lang).blocks.map((b) => b.sentences);
}

/** Clause headlines of the article's first sentence, with the article's names. */
function named(paragraphs: string[], lang = id): string[] {
  const paras = sentencesOf(paragraphs, lang);
  const written = new Set(paras.flat().flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
  // As a title asks for them (a three-word English title is one: `Davenport criticises Wimbledon`).
  return clauseHeadlines(paras, lang, (w) => written.has(w), 1, articleNames(paras.flat(), lang), lang.headline?.titleWords).map((h) => h.text);
}

describe('short forms the article defines', () => {
  it('takes the bracketed word made of the name’s letters, and the shortest name before it that gives them', () => {
    const forms = shortForms(
      sentencesOf([
        'Ketua Komisi Pemberantasan Korupsi (KPK) Setyo Budiyanto hadir. Kementerian Keuangan (Kemenkeu) menolak.',
        'Badan Pengawas Pemilu (Bawaslu) bekerja. Ia bertemu Senin (20/10) di PT Pertamina (Persero).',
      ]).flat(),
    );
    expect(forms.get('komisi pemberantasan korupsi')).toBe('KPK');
    expect(forms.get('kementerian keuangan')).toBe('Kemenkeu');
    expect(forms.get('badan pengawas pemilu')).toBe('Bawaslu');
    // A date, and a word in brackets that is not made of the name's letters, define nothing.
    expect([...forms.values()]).not.toContain('Persero');
    expect(forms.size).toBe(3);
  });

  it('takes a lowercase term with as many words as its acronym has letters, none a stopword', () => {
    const sentences = sentencesOf(['China terus menjunjung inovasi dalam pengembangan kecerdasan buatan (AI). Harga naik dengan nilai tukar (USD) melemah.']).flat();
    const forms = shortForms(sentences, id.stopwords);
    expect(forms.get('kecerdasan buatan')).toBe('AI');
    // `dengan nilai tukar` holds a stopword: no term.
    expect([...forms.values()]).not.toContain('USD');
    // Without stopwords (no language), only names define short forms.
    expect(shortForms(sentences).size).toBe(0);
  });

  it('takes the shortest run of a term that its acronym abbreviates, not the words before it', () => {
    const sentences = sentencesOf(['DJP menargetkan pelaporan surat pemberitahuan (SPT) tahunan mencapai 14 juta.']).flat();
    const forms = shortForms(sentences, id.stopwords);
    expect(forms.get('surat pemberitahuan')).toBe('SPT');
    expect(forms.has('pelaporan surat pemberitahuan')).toBe(false);
    expect(abbreviate(['DJP', 'targetkan', 'pelaporan', 'surat', 'pemberitahuan'], forms)).toEqual(['DJP', 'targetkan', 'pelaporan', 'SPT']);
  });

  it('takes a short form a linking word gives a letter to (`Mendagri`), and a lowercase term`s short form that abbreviates it (`Pemda`)', () => {
    const forms = shortForms(sentencesOf(['Menteri Dalam Negeri (Mendagri) Muhammad Tito Karnavian mengimbau pemerintah daerah (Pemda) agar bertindak.']).flat(), id.stopwords);
    expect(forms.get('menteri dalam negeri')).toBe('Mendagri');
    expect(forms.get('pemerintah daerah')).toBe('Pemda');
    // (A capitalised word in brackets after lowercase words that it does not abbreviate defines nothing.)
    expect(shortForms(sentencesOf(['Acara digelar pada hari libur (Minggu) di alun-alun.']).flat(), id.stopwords).size).toBe(0);
  });

  it('names an office by its short form alone, as editors do, and says who a directive asks to do what', () => {
    const out = named(['Menteri Dalam Negeri (Mendagri) Muhammad Tito Karnavian mengimbau pemerintah daerah (Pemda) agar mengendalikan harga komoditas pangan yang menjadi penyumbang inflasi.']);
    expect(out).toContain('Mendagri mengimbau Pemda kendalikan harga komoditas pangan');
    // (Never the minister as the one who controls prices.)
    expect(out.some((h) => /(?:Tito|Karnavian|Mendagri) kendalikan/u.test(h))).toBe(false);
  });

  it('takes a name a lowercase linking word joins (`dan`), and gives a speaker its short form before the colon', () => {
    const paras = ['Badan Meteorologi Klimatologi dan Geofisika (BMKG) menyebut Kota Makassar, Sulawesi Selatan (Sulsel) sudah memasuki musim hujan.'];
    const forms = shortForms(sentencesOf(paras).flat(), id.stopwords);
    expect(forms.get('badan meteorologi klimatologi dan geofisika')).toBe('BMKG');
    expect(abbreviate(['Badan', 'Meteorologi', 'Klimatologi', 'dan', 'Geofisika:', 'Sulsel'], forms)).toEqual(['BMKG:', 'Sulsel']);
    // (Before, the name was cut at `dan`: `Badan Meteorologi Klimatologi: Sulsel …`, a body that does not exist.)
    expect(named(paras)).toContain('BMKG: Sulsel masuki musim hujan');
  });

  it('names the person after an office and its short form in brackets, never the office alone', () => {
    const out = named(['Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia mengungkapkan produksi siap jual atau lifting minyak pada September-Oktober 2025 sudah mencapai 619.000 barel per hari. Bahlil menambahkan target tercapai.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).toMatch(/^Bahlil/u);
  });

  it('names the person an office sets off by commas, or a short form of two words, never the office alone', () => {
    const ahy = named(['Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan, Agus Harimurti Yudhoyono (AHY), menyebut pemerintah tengah menyusun rancangan undang-undang baru.']);
    expect(ahy.length).toBeGreaterThan(0);
    for (const h of ahy) expect(h).toMatch(/^AHY:/u);
    const imin = named(['Menteri Koordinator Pemberdayaan Masyarakat (Menko PM) Muhaimin Iskandar menyebut bahwa mahasiswa baru Universitas Airlangga otomatis mendapat jaminan kesehatan.']);
    expect(imin.length).toBeGreaterThan(0);
    for (const h of imin) expect(h).not.toMatch(/^Menteri Koordinator Pemberdayaan Masyarakat:/u);
  });

  it('names a speaker of four names by the one the article writes alone, never by the place of the office', () => {
    const yasir = named(['Ketua KPU Makassar, Andi Muhammad Yasir Arafat menegaskan, keterlibatan KPU akan memberikan legitimasi.', 'Hal itu dikatakan Yasir kepada wartawan.', 'Menurut Yasir, pemilihan akan digelar.']);
    expect(yasir).toContain('Yasir: keterlibatan KPU akan berikan legitimasi');
    const koster = named(['Gubernur Bali Wayan Koster mengungkapkan pemerintah pusat mulai memberikan perhatian terhadap infrastruktur.', 'Bali menyumbang devisa.', 'Wisatawan datang ke Bali.', 'Koster hadir.']);
    for (const h of koster) expect(h).not.toMatch(/^Bali:/u);
  });

  it('never takes a subject glued to the word before it (`RW` of `ketua RT/RW`)', () => {
    for (const h of named(['Secara umum, mekanisme pemilihan ketua RT/RW akan menduplikasi format pemilihan umum pada umumnya.'])) expect(h).not.toMatch(/^RW/u);
  });

  it('needs every word of the name to give a letter, the first word its first', () => {
    expect(abbreviates('BI', ['Bank', 'Indonesia'])).toBe(true);
    expect(abbreviates('KPK', ['Pemberantasan', 'Korupsi'])).toBe(false);
    expect(abbreviates('KPK', ['Ketua', 'Komisi', 'Pemberantasan', 'Korupsi'])).toBe(false);
    expect(abbreviate(['Ketua', 'Komisi', 'Pemberantasan', 'Korupsi', 'hadir'], new Map([['komisi pemberantasan korupsi', 'KPK']]))).toEqual(['Ketua', 'KPK', 'hadir']);
  });

  it('takes a short form the article writes with a name it also writes whole, coined from the start of each word', () => {
    const forms = writtenShortForms(sentencesOf(['Pemerintah Kabupaten Bogor meraih Juara 1 Mandaya Awards 2025 kategori Kabupaten.', 'Pemkab Bogor bekerja sama dengan perguruan tinggi.']).flat());
    expect(forms.get('pemerintah kabupaten bogor')).toBe('Pemkab Bogor');
    // (A word of the name is no short form of it, nor are letters taken from inside the words.)
    const none = writtenShortForms(sentencesOf(['Kasi Humas Polres Barru memberi keterangan.', 'Kapolres Barru hadir. Pemerintahan Presiden Prabowo berjalan. Presiden Prabowo hadir.']).flat());
    expect([...none.keys()]).toEqual([]);
    // The headline writes it, and may end on a year that closes a name.
    expect(named(['Pemerintah Kabupaten Bogor meraih Juara 1 Mandaya Awards 2025 kategori Kabupaten.', 'Pemkab Bogor bekerja sama dengan perguruan tinggi.'])).toContain('Pemkab Bogor raih Juara 1 Mandaya Awards 2025');
  });

  it('writes the short form in a headline, as editors do', () => {
    const out = named(['Bank Indonesia (BI) menurunkan suku bunga acuan pada rapat dewan gubernur bulan ini. BI menilai inflasi terkendali.']);
    expect(out.length).toBeGreaterThan(0);
    expect(out[0]).toMatch(/^BI turunkan suku bunga acuan/u);
  });
});

describe('people named as the article names them on second mention', () => {
  it('counts runs of capitalised words that stand alone', () => {
    const lone = loneNames(sentencesOf(['Menurut Bimo, target itu tercapai. Sri Mulyani hadir. Kata Bimo lagi.']).flat(), id);
    expect(lone.get('bimo')).toBe(2);
    expect(lone.get('sri mulyani')).toBe(1);
  });

  it('offers the one-word name the article uses after the person’s office and full name', () => {
    const out = named([
      'Direktur Jenderal Pajak Bimo Wijayanto menargetkan Rp 20 triliun dari Rp 60 triliun pajak yang dikemplang.',
      '"Kami kejar," ujar Bimo. Bimo menambahkan penagihan berjalan.',
    ]);
    expect(out).toContain('Bimo targetkan Rp 20 triliun');
    // The unit ends a headline with its number.
    expect(out).toContain('Bimo Wijayanto targetkan Rp 20 triliun');
  });

  it('never shortens a body or a place: Bank Indonesia is not a person', () => {
    const out = named(['Bank Indonesia menyampaikan tantangan perekonomian global. Indonesia tumbuh. Ekonomi Indonesia kuat.']);
    expect(out.some((h) => /^Indonesia /u.test(h))).toBe(false);
  });

  it('uses the English surname the article uses', () => {
    const out = named(['Lindsay Davenport has criticised Wimbledon over its prize money. Davenport said more.'], en);
    expect(out.some((h) => h.startsWith('Davenport '))).toBe(true);
  });
});

describe('where a headline may end', () => {
  it('not on a noun that needs what follows, nor inside a clause that an opener starts', () => {
    const out = named(['Seratusan mahasiswa menggelar aksi unjuk rasa di depan Gedung Sate Bandung pada Senin.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).not.toMatch(/di depan$/u);
    const opener = named(['Komisi Pemberantasan Korupsi mendorong agar kepala daerah menerbitkan surat edaran.']);
    for (const h of opener) expect(h).not.toMatch(/agar kepala daerah$/u);
  });

  it('English: not before `of`', () => {
    const out = named(['Jacques Santini resigned because of a clash of personalities with the board.'], en);
    for (const h of out) expect(h).not.toMatch(/clash$/u);
  });
});

describe('the headline register, further', () => {
  it('leaves out `agar` after a verb that directs, and writes the act’s verb in the register', () => {
    const out = named(['Komisi Pemberantasan Korupsi (KPK) mendorong agar kepala daerah menerbitkan surat edaran. KPK menilai perlu.']);
    expect(out).toContain('KPK dorong kepala daerah terbitkan surat edaran');
  });

  it('English: a plural subject keeps the plural verb; a copula headline is marked', () => {
    expect(named(['Stores received fewer visitors over Christmas, figures show.'], en).some((h) => h.startsWith('Stores receive '))).toBe(true);
    const paras = sentencesOf(['Sunderland adalah tim dengan status promosi dari divisi kedua.']);
    const written = new Set(paras.flat().flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
    const found = clauseHeadlines(paras, id, (w) => written.has(w), 1);
    expect(found.length).toBeGreaterThan(0);
    for (const h of found) expect(h.copula).toBe(true);
  });
});

describe('a subheading from a noun phrase when no clause reads as one', () => {
  it('names the section’s salient thing, never as `A dan B`', async () => {
    const { phraseHeading } = await import('../../src/restructure/heading-phrases.js');
    const paras = sentencesOf(['Pengawasan partisipatif harus melibatkan pemuda. "Kita ingin semua terpotret," katanya.']);
    const text = phraseHeading({ paragraphs: paras, lang: id, salient: [['pengawasan', 'partisipatif']], keywords: new Set(['pengawasan']), seen: new Set(), maxChars: 60 });
    expect(text).toBe('Pengawasan Partisipatif');
  });

  it('never ends inside a clause a subordinator opens (`setelah lehernya digorok`)', () => {
    const out = named(['Korban tewas setelah lehernya digorok pelaku di rumahnya.']);
    for (const h of out) expect(h).not.toMatch(/setelah lehernya$/u);
    // Before a noun phrase alone, the same word is a preposition and the headline goes on.
    expect(named(['Menteri Pekerjaan Umum Dody Hanggodo meninjau bendungan setelah rapat kabinet di Istana.']).some((h) => h.endsWith('setelah rapat kabinet'))).toBe(true);
  });
});
