import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { rewrite } from '../../src/pipeline/rewrite.js';
import { buildTitle, type ClauseTitle } from '../../src/restructure/title.js';
import { TITLE_FEATURES, type TitleFeatures } from '../../src/restructure/title-model.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

describe('buildTitle from the writer\'s headline', () => {
  const lead = ['Police say at least 50 vehicles were involved in a chain-reaction crash in dense fog on the main highway.'];

  it('keeps the headline as written when it fits and holds the focus, wherever', () => {
    const headline = 'Dozens Injured in 50-Car Crash in Abu Dhabi';
    expect(buildTitle({ lead, headline, focus: 'crash', phrases: ['highway', 'fog'], lang: en })).toBe(headline);
    // Not "Soldier: NIreland man acquitted over 1977 murder", the headline cut short behind a label.
    const murder = ['A Northern Ireland man was acquitted on Friday of the 1977 murder of a British soldier in Belfast.'];
    const written = 'NIreland man acquitted over 1977 murder of soldier';
    expect(buildTitle({ lead: murder, headline: written, focus: 'soldier', phrases: ['Belfast', 'murder'], lang: en })).toBe(written);
  });

  it('keeps a headline that fits even without the focus, never labelled; rebuilds one that is too long', () => {
    const headline = 'Dozens Injured in 50-Car Crash in Abu Dhabi';
    expect(buildTitle({ lead, headline, focus: 'fog', phrases: ['highway'], lang: en })).toBe(headline);
    const long = 'Dozens of people injured in a fifty-car chain-reaction crash in dense fog in Abu Dhabi on Saturday morning';
    expect(buildTitle({ lead, headline: long, focus: 'crash', phrases: ['highway'], lang: en }).length).toBeLessThanOrEqual(60);
  });
});

describe('buildTitle from the lead', () => {
  it('never ends a title on a verb of saying (`… Yasir Arafat Menegaskan`)', () => {
    const lead = ['Ketua KPU Makassar, Andi Muhammad Yasir Arafat menegaskan, keterlibatan KPU akan memberikan legitimasi sekaligus meningkatkan kualitas proses pemilihan di lingkungan warga yang lebih luas lagi.'];
    const title = buildTitle({ lead, focus: 'KPU', phrases: [], lang: id });
    expect(title).not.toMatch(/Menegaskan$/u);
  });

  it('does not open with a word tying the sentence to another one', () => {
    const lead = ['Namun anggota Komisi II DPR meminta penundaan aturan baru itu.', 'Komisi Pemilihan Umum menyiapkan aturan baru.'];
    const title = buildTitle({ lead, focus: 'KPU', phrases: [], lang: id });
    expect(title).not.toMatch(/namun/i);
    expect(title).toMatch(/Komisi Pemilihan Umum Menyiapkan Aturan Baru|Minta Penundaan Aturan/);
  });

  it('does not make a title of a quote lede: spoken words and their attribution are not the news', () => {
    const lead = [
      '"Iya," kata Wakil Ketua KPK Johanis Tanak saat dihubungi, Kamis (7/8/2025).',
      'Tanak membenarkan bupati Kolaka Timur terjaring OTT KPK di Sulawesi Tenggara.',
    ];
    const title = buildTitle({ lead, focus: 'OTT', phrases: ['KPK', 'Kolaka Timur'], lang: id });
    expect(title).not.toMatch(/Iya|Kata|Dihubungi/u);
    expect(title).toMatch(/Bupati Kolaka Timur Terjaring OTT KPK/u);
  });

  it('starts at the name the focus is when a title stands before it, without a comma', () => {
    const lead = ['Wakil Ketua MPR RI Lestari Moerdijat menekankan peningkatan kualitas guru dalam proses transformasi di sektor pendidikan.'];
    const phrases = ['Lestari Moerdijat', 'pendidikan', 'guru', 'pembelajaran'];
    expect(buildTitle({ lead, focus: 'Lestari Moerdijat', phrases, lang: id })).toBe('Lestari Moerdijat Tekankan Peningkatan Kualitas Guru');
    // Not a name the subject ends with: what comes before it is no title.
    const year = ['Satu tahun pemerintahan Presiden Prabowo Subianto berjalan dengan agenda energi hijau yang ambisius.'];
    expect(buildTitle({ lead: year, focus: 'Prabowo Subianto', phrases: ['Prabowo Subianto', 'energi', 'EBT'], lang: id })).not.toMatch(/^Prabowo Subianto Berjalan/u);
  });

  it('never stops right after a reporting verb: what was said is the news', () => {
    const lead = ['Menteri Pertanian Andi Amran Sulaiman mengatakan bahwa pada 2017 Indonesia mulai swasembada pangan sektor bawang merah dan mampu mengekspor komoditi itu ke sejumlah negara di Asia.'];
    const title = buildTitle({ lead, focus: 'Amran Sulaiman', phrases: ['Amran Sulaiman', 'swasembada pangan', 'bawang', 'Brebes'], lang: id });
    expect(title).not.toMatch(/Mengatakan/u);
    // A passive reporting verb leaves out what is reported just the same.
    const rumour = [
      'Manchester United dikabarkan akan kembali mencoba mendapatkan Lucas Moura.',
      'Klub yang memecahkan rekor transfer dunia ketika mendatangkan Paul Pogba pada musim panas lalu ini siap tarung harga dengan para rivalnya.',
    ];
    const phrases = ['Lucas Moura', 'Manchester United', 'MU', 'PSG', 'transfer', 'harga'];
    expect(buildTitle({ lead: rumour, focus: 'Lucas Moura', phrases, lang: id })).not.toMatch(/Dikabarkan$/u);
  });

  it('starts at the name when the lead sets a title off with a comma before it', () => {
    const lead = ['Manajer Persib, Umuh Muchtar meminta skuat Maung Bandung tak panik pasca menuai kekalahan perdana.'];
    const title = buildTitle({ lead, focus: 'Umuh Muchtar', phrases: ['Persib', 'Maung Bandung'], lang: id });
    // The headline register: `meminta` becomes `Minta` (its base is a treebank lemma).
    // (What the squad is asked goes with it: never `… Skuat Maung Bandung | tak panik`; it ends before `pasca`,
    // which opens a clause of when, whatever its tag.)
    expect(title).toBe('Umuh Muchtar Minta Skuat Maung Bandung Tak Panik');
    // A name set off by a second comma joins its verb.
    const hamilton = ['Pebalap Mercedes, Lewis Hamilton, mencegah timnya untuk melakukan protes ke Federasi Otomotif Internasional (FIA) terkait manuver Max Verstappen.'];
    expect(buildTitle({ lead: hamilton, focus: 'Lewis Hamilton', phrases: ['Max Verstappen', 'FIA'], lang: id })).toMatch(/^(?:Lewis Hamilton|Pebalap Mercedes) (?:Cegah|Mencegah) Timnya/u);
  });

  it('reads the next sentences of the lead before falling back to a list of phrases', () => {
    const lead = [
      'It is surprisingly common, researchers found.',
      'But that is not all.',
      'Cassandra Dorius studied multiple fathers in America.',
    ];
    const title = buildTitle({ lead, focus: 'multiple fathers', phrases: ['Cassandra Dorius', 'women', 'incomes'], lang: en });
    expect(title).not.toMatch(/,| and /u);
    // English headlines are in the present tense.
    expect(title).toMatch(/^Cassandra Dorius studies multiple fathers/u);
  });

  it('never labels the focus and lists the story’s things, even when no clause fits', () => {
    const lead = ['Gubernur DKI Jakarta Basuki Tjahaja Purnama alias Ahok menyatakan akan menanti janji pasangan gubernur DKI terpilih versi hitung cepat untuk menutup lokasi hiburan malam Alexis.'];
    const title = buildTitle({ lead, focus: 'DKI', phrases: ['DKI', 'Anies', 'Alexis', 'Ahok'], lang: id });
    expect(title).not.toMatch(/:|, .* dan /u);
    expect(title).not.toMatch(/Menyatakan$/u);
  });

  it('takes the clause after an adverbial lead-in and its comma', () => {
    const lead = ['On March 25, the health agency recalled three brands of infant formula sold nationwide.'];
    const title = buildTitle({ lead, focus: 'infant formula', phrases: ['health agency', 'brands'], lang: en });
    // English news headlines are in sentence case and the present tense.
    expect(title).toMatch(/Health agency recalls/);
    expect(title).not.toMatch(/March 25/);
    // The place and the day the lead-in sets off by commas go with it.
    const maung = ['Pada saat sidang kabinet paripurna di Istana Negara, Jakarta, Senin (20/10), Prabowo memberikan arahan soal mobil Maung tersebut.'];
    // (The date before the name is not an appositive subject: `Senin (20/10), Prabowo memberikan …`.)
    expect(buildTitle({ lead: maung, focus: 'Prabowo', phrases: ['mobil Maung'], lang: id })).toBe('Prabowo Berikan Arahan Soal Mobil Maung');
  });

  it('never makes a label and a list of the article\'s things, even when the lead gives no clause', () => {
    const lead = ['Hujan deras.'];
    const title = buildTitle({ lead, focus: 'Basarnas', phrases: ['dievakuasi', 'Selat Sunda', 'kapal motor', 'nelayan'], lang: id });
    expect(title).not.toMatch(/:|Dievakuasi| dan /u);
  });

  it('reads past what the lead puts in brackets or sets off as a relative clause', () => {
    const brackets = ['Bank Indonesia (BI) menurunkan suku bunga acuan pada rapat dewan gubernur bulan ini.'];
    expect(buildTitle({ lead: brackets, focus: 'suku bunga', phrases: [], lang: id })).toBe('Bank Indonesia Turunkan Suku Bunga Acuan');
    const relative = ['Tony Chapron, yang kedapatan menendang pemain Nantes, dijatuhi hukuman berat oleh Komite Disiplin.'];
    expect(buildTitle({ lead: relative, focus: 'Nantes', phrases: [], lang: id })).toMatch(/^Tony Chapron Dijatuhi Hukuman Berat/u);
  });

  it('leaves out a bullet or a dash the lead opens with', () => {
    const lead = ['* Portugal short-term borrowing costs hit 5.8 percent.'];
    expect(buildTitle({ lead, focus: 'Portugal', phrases: [], lang: en })).toBe('Portugal short-term borrowing costs hit 5.8 percent');
  });

  it('prefers a clause that does not stop right after its verb', () => {
    const lead = [
      'Menteri Pertanian Andi Amran Sulaiman mengatakan bahwa stok beras nasional aman hingga akhir tahun depan.',
      'Stok beras nasional di gudang Bulog mencapai empat juta ton.',
    ];
    const title = buildTitle({ lead, focus: 'stok beras', phrases: ['Amran Sulaiman', 'Bulog', 'Menteri Pertanian'], lang: id });
    expect(title).not.toMatch(/Mengatakan$/);
    expect(title).toMatch(/^Stok Beras Nasional di Gudang Bulog/);
  });
});

describe('a dateline', () => {
  const text = [
    'Jakarta (ANTARA News) - Pemerintah menaikkan harga eceran tertinggi beras premium mulai bulan depan di seluruh provinsi.',
    'Kenaikan harga eceran tertinggi beras itu diputuskan setelah rapat koordinasi para menteri bidang perekonomian.',
    'Pedagang beras di pasar tradisional menyambut kenaikan harga eceran tertinggi tersebut dengan hati-hati.',
  ].join('\n');

  it('stays in the lead but names nothing in the title, the description or the keyphrases', () => {
    const r = rewrite(text);
    expect(r.markdown).toContain('Jakarta (ANTARA News) - Pemerintah menaikkan');
    expect(r.title).not.toMatch(/ANTARA/);
    expect(r.description).not.toMatch(/ANTARA/);
    expect(r.keyphrases.map((k) => k.phrase)).not.toContain('ANTARA News');
    expect(r.keyphrases.map((k) => k.phrase)).not.toContain('ANTARA');
  });
});

describe('buildTitle between clause headlines', () => {
  const features = (place: 'first' | 'later', holdsFocus: number): TitleFeatures =>
    ({ ...Object.fromEntries(TITLE_FEATURES.map((f) => [f, 0])), [place]: 1, holdsFocus } as TitleFeatures);
  const lead = ['Spectators were evacuated from the stadium on Sunday following a bomb scare.'];
  const news: ClauseTitle = { text: 'Spectators Evacuated from Stadium', features: features('first', 0), score: 1 };
  const side: ClauseTitle = { text: 'Gara Receives Telephone Call', features: features('later', 1), score: 0.5 };

  it('lets one that holds the focus win within the margin only from the same place in the lead, or further up', () => {
    expect(buildTitle({ lead, focus: 'Gara', phrases: [], lang: en }, [news, side])).toBe(news.text);
    const near: ClauseTitle = { ...side, features: features('first', 1) };
    expect(buildTitle({ lead, focus: 'Gara', phrases: [], lang: en }, [news, near])).toBe(near.text);
    // (A quotation's place counts for nothing.)
    const quote: ClauseTitle = { ...news, text: 'Budi: Stadion Dikosongkan', features: { ...features('first', 0), quoted: 1 } };
    expect(buildTitle({ lead, focus: 'Gara', phrases: [], lang: en }, [quote, side])).toBe(side.text);
    // (A focus the writer gave is held wherever it is.)
    expect(buildTitle({ lead, focus: 'Gara', focusGiven: true, phrases: [], lang: en }, [news, side])).toBe(side.text);
  });
});

describe('buildTitle and the register', () => {
  it('never headlines a copula of definition where the lead has another clause (`adalah`, `merupakan`)', () => {
    const lead = ['West Ham disikat 0-3 saat bertandang ke markas Sunderland pada akhir pekan lalu. Padahal, Sunderland adalah tim dengan status promosi dari divisi Championship.'];
    const title = buildTitle({ lead, focus: 'Sunderland', phrases: ['Sunderland', 'West Ham'], lang: id });
    expect(title).not.toMatch(/Adalah/u);
    expect(title).toBe('West Ham Disikat 0-3');
  });
});
