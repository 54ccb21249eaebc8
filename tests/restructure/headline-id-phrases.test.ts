import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { articleNames, clauseHeadlines } from '../../src/restructure/headline.js';
import { shortForms } from '../../src/restructure/short-forms.js';

const id = getLanguagePack('id').pack;

/** The clause headlines of the first `count` sentences of `paragraphs`, with the article's names (as the title builder reads them). */
function named(paragraphs: string[], count = 1): string[] {
  const doc = docFromParagraphs(paragraphs, id);
  const sentences = doc.blocks.flatMap((b) => b.sentences);
  const written = new Set(sentences.flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
  return clauseHeadlines([sentences], id, (w) => written.has(w), count, articleNames(sentences, id)).map((h) => h.text);
}

describe('Indonesian headlines through names and acts', () => {
  it('use a short form whose letters skip one word of the name, and go on past a short form in brackets', () => {
    const lawu = ['Pemerintah memastikan Gunung Lawu tidak termasuk dalam Wilayah Kerja Panas Bumi (WKP).'];
    expect(shortForms(docFromParagraphs(lawu, id).blocks[0]!.sentences).get('wilayah kerja panas bumi')).toBe('WKP');
    expect(named(lawu)).toContain('Pemerintah pastikan Gunung Lawu tidak termasuk dalam WKP');
    // (Only initials in order: no `WPK` of `Wilayah Kerja Panas Bumi`.)
    expect(shortForms(docFromParagraphs(['Ia datang ke Wilayah Kerja Panas Bumi (WPK) kemarin.'], id).blocks[0]!.sentences).size).toBe(0);
    expect(named(['Alumni SMA Negeri 11 Semarang bernama Chiko memanfaatkan Artificial Intelligence (AI) untuk perbuatan cabul.'])).toContain('Chiko manfaatkan AI untuk perbuatan cabul');
  });

  it('cut inside the object phrase only when too long at every end, never in a pair the article repeats, never for a subheading', () => {
    const lead = 'Kejaksaan Negeri (Kejari) Jember menetapkan lima tersangka kasus dugaan korupsi pengadaan makan dan minum (Mamin) kegiatan Sosialisasi Peraturan Daerah (Sosperda) DPRD Jember.';
    const doc = docFromParagraphs([lead], id);
    const sentences = doc.blocks.flatMap((b) => b.sentences);
    const written = new Set(sentences.flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
    const found = clauseHeadlines([sentences], id, (w) => written.has(w), 1, articleNames(sentences, id));
    const cut = found.filter((h) => h.trimmed);
    // (The longest cut that fits 60 characters, on a noun that ends what it says; not `… Kasus`, nor `… Dugaan`.)
    expect(cut.map((h) => h.text)).toEqual(['Kejari Jember tetapkan lima tersangka kasus dugaan korupsi']);
    // (A clause that fits at one of its own ends is never cut.)
    expect(named(['Polisi menangkap dua pelaku pencurian sepeda motor di Jember.']).length).toBeGreaterThan(0);
    const short = clauseHeadlines(docFromParagraphs(['Polisi menangkap dua pelaku pencurian sepeda motor di Jember.'], id).blocks.map((b) => b.sentences), id, () => false, 1);
    expect(short.some((h) => h.trimmed)).toBe(false);
    // (A pair the article writes twice is one thing: `suku | bunga` is never split.)
    const kppu = named([
      'Komisi Pengawas Persaingan Usaha (KPPU) melanjutkan pemeriksaan perkara dugaan penetapan suku bunga pinjaman daring oleh penyelenggara layanan pinjaman.',
      'Suku bunga pinjaman daring dinilai terlalu tinggi.',
    ]);
    expect(kppu.some((h) => /suku$/u.test(h))).toBe(false);
  });

  it('never stand on a subject that counts what the text named before (`Ketujuh kerja sama`)', () => {
    expect(named(['Ketujuh kerja sama tersebut diteken di Islamabad, Pakistan.'])).toEqual([]);
  });

  it('never stand on a subject a pointing word closes (`salah satunya`)', () => {
    for (const h of named(['Kini banyak pengguna ponsel yang menerima panggilan tak dikenal, salah satunya dari nomor berawalan +234.'])) expect(h).not.toMatch(/^salah satunya/iu);
  });

  it('go on through the clause an object opens past an adverb, never ending on that object', () => {
    const out = named(['Luthfi menekankan pemerintah provinsi terus memperkuat iklim investasi, salah satunya dengan mempermudah proses perizinan.']);
    expect(out).toContain('Luthfi tekankan pemerintah provinsi terus perkuat iklim investasi');
    // (Before: `Luthfi Tekankan Pemerintah Provinsi`, a fragment.)
    expect(out).not.toContain('Luthfi tekankan pemerintah provinsi');
  });

  it('go on through a verb that takes the next one directly, and a chain of them, never ending before it', () => {
    const out = named(['Tim Nasional (Timnas) Indonesia dipastikan gagal menembus Piala Dunia 2026.']);
    expect(out).toContain('Timnas dipastikan gagal tembus Piala Dunia 2026');
    for (const h of out) expect(h).not.toMatch(/(?:dipastikan|gagal)$/u);
    // (Before: no headline at all from the lead, whose title was a side detail.)
    expect(named(['Kemensos berhasil meraih nilai 94,32 poin.'])).toContain('Kemensos berhasil raih nilai 94,32 poin');
  });

  it('never end on a number before its unit, nor stand on a transition word as subject', () => {
    const out = named(['Mobil listrik harus punya spesifikasi 250 kW.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).not.toMatch(/250$/u);
    expect(named(['Alhasil, mengutip laporan ICW, sebagian besar anggota DPR terafiliasi dengan sektor bisnis.']).some((h) => /^Alhasil/u.test(h))).toBe(false);
  });

  it('never stand on a time as subject, however many words it takes', () => {
    expect(named(['Beberapa hari lalu runtuhkan konstruksi bangunan di pinggir jalan.'])).toEqual([]);
  });

  it('never show words the source ran together, nor end on a word that links what follows', () => {
    expect(named(['Tim detikJabarmenyusuri jalanan berhawa sejuk di Subang.']).some((h) => /detikJabar/u.test(h))).toBe(false);
    expect(named(['Tragedi bullying terbaru terjadi diRawas Utara pada pekan lalu.']).some((h) => /diRawas/u.test(h))).toBe(false);
    const out = named(['Bullying di Muratara menjadi perbincangan usai sebuah video viral di media sosial.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).not.toMatch(/usai$/u);
  });

  it('write the act a noun takes in the register too (`cara baru cintai`)', () => {
    const out = named(['Gus Ipul menyebut Prabowo telah mengajarkan cara baru mencintai Indonesia.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).toMatch(/cara baru cintai Indonesia$/u);
  });

  it('may end on an act that another act qualifies, never inside two acts that share one', () => {
    const guru = named(['Ratusan guru di Mataram, Nusa Tenggara Barat (NTB), bakal mendapatkan pelatihan penggunaan layar digital pintar pada pekan depan.']);
    expect(guru).toContain('Ratusan guru di Mataram dapatkan pelatihan');
    const wmo = named(['WMO merekomendasikan pengurangan emisi CO2 dan peningkatan pemantauan di semua negara.']);
    expect(wmo.length).toBeGreaterThan(0);
    for (const h of wmo) expect(h).not.toMatch(/peningkatan$/u);
  });

  it('end before a word that joins the next clause, and keep a claim with its modal', () => {
    const vera = named(['Vera akhirnya dibunuh lalu organ tubuh dijual di Myanmar.']);
    for (const h of vera) expect(h).not.toMatch(/lalu organ tubuh$/u);
    // (Not when the verb opens a purpose after the phrase: the two are called whole.)
    expect(named(['Setelah ditangkap, korban memanggil Bhabinkamtibmas dan Babinsa setempat untuk membantu mengamankan pencurian kendaraan.'])).toContain('korban panggil Bhabinkamtibmas dan Babinsa setempat');
    // (What Bobby says he will do, never given as done: `Mengaku Bakal`.)
    const bobby = named(['Meskipun demikian, Bobby mengaku bakal mengecek soal data tersebut.']);
    expect(bobby.length).toBeGreaterThan(0);
    for (const h of bobby) expect(h).toMatch(/^Bobby mengaku bakal /u);
  });

  it('leave a time or place out of the middle when the whole is too long for a title, never half a name', () => {
    const budget = named(['Kementerian Keuangan (Kemenkeu) mengusulkan tambahan anggaran untuk 2026 menjadi sebesar Rp 52,02 triliun.']);
    expect(budget).toContain('Kemenkeu usulkan tambahan anggaran jadi Rp 52,02 triliun');
    // (Short enough whole: nothing left out.)
    expect(named(['Kemenkeu mengusulkan anggaran untuk 2026 menjadi Rp 52 triliun.'])).not.toContain('Kemenkeu usulkan anggaran jadi Rp 52 triliun');
    // (`di Ponpes Binaan Anggota Polri` is one place: the mosque is not the one `Binaan Anggota Polri`.)
    const mosque = named(['Kapolres Wonogiri AKBP Wahyu Sulistyo meresmikan Masjid Tribrata di Ponpes Binaan Anggota Polri di Kecamatan Selogiri pada Kamis pekan lalu.']);
    for (const h of mosque) expect(h).not.toMatch(/Tribrata Binaan/u);
  });
});

describe('headlines from what a speaker says exists', () => {
  it('say it as the speaker\'s words, keeping the negation and leaving out when', () => {
    const dave = named(['Namun, Dave mengatakan sampai saat ini belum ada rencana melakukan revisi UU ITE usai putusan MK.']);
    expect(dave).toContain('Dave: belum ada rencana lakukan revisi UU ITE');
    // (The clause rules made the speaker the subject here: never `Polisi Ada …`.)
    expect(named(['Polisi menyebut ada dua korban luka dalam kecelakaan tersebut.'])).toContain('Polisi: ada dua korban luka');
  });

  it('give none where what exists is cut from what defines it, or from what the words are of', () => {
    expect(named(['Nyuheri mengatakan tidak ada siswa yang meninggal karena perundungan di sekolah itu.'])).toEqual([]);
    expect(named(['Gus Ipul menerangkan ada lebih dari 500 petugas diberikan peringatan.'])).toEqual([]);
    expect(named(['Said mengatakan dari empat program itu, terdapat sejumlah kemajuan.'])).toEqual([]);
  });
});

describe('headlines from a speaker named by a pronoun', () => {
  it('name the person the sentence before names as its speaker, never `Ia`', () => {
    const yusril = named(['Menurut Yusril, putusan MK menyatakan bahwa kasus pencemaran nama baik hanya dapat dilaporkan oleh korban individu.', 'Ia menegaskan institusi tidak bisa melaporkan seseorang dengan tudingan pasal pencemaran nama baik.'], 2);
    expect(yusril).toContain('Yusril tegaskan institusi tidak bisa laporkan seseorang');
    const budi = named(['Kapolres Polman AKBP Budi Santoso mengatakan pelaku sudah ditahan.', 'Dia memastikan korban dalam kasus berjumlah empat orang.'], 2);
    expect(budi).toContain('Budi Santoso pastikan korban dalam kasus berjumlah empat orang');
    // (An office that holds `dan` is whole before its person: `Trenggono`, never `Kelautan`.)
    const salt = named(['Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono menyebut, Indonesia selalu mengimpor garam.', 'Ia meyakini, semua jenis garam akan setop impor pada akhir 2027.', 'Trenggono hadir.'], 2);
    expect(salt).toContain('Trenggono yakini semua jenis garam akan setop impor pada akhir 2027');
    for (const h of salt) expect(h).not.toMatch(/^Kelautan/u);
  });

  it('never make the person the doer of what they say others do or did', () => {
    // (`infrastruktur Bali tertinggal`, not Koster; the judges `bekerja`, not Prabowo.)
    const koster = named(['Gubernur Bali Wayan Koster mengatakan hal itu.', 'Ia memaparkan jika infrastruktur Bali tertinggal jauh dari provinsi lain.'], 2);
    for (const h of koster) expect(h).not.toMatch(/Koster tertinggal/u);
    const judges = named(['Prabowo menekankan kepada para hakim untuk serius bekerja menegakkan keadilan.']);
    for (const h of judges) expect(h).not.toMatch(/^Prabowo bekerja/u);
    // (Nor from a pronoun that is not the sentence's speaker: `Hal tersebut ia katakan …`.)
    const said = named(['Ahmad Luthfi mengatakan investasi naik.', 'Hal tersebut ia katakan dalam seminar di Semarang.'], 2);
    for (const h of said) expect(h).not.toMatch(/katakan/u);
  });

  it('keep a word that limits what the verb says', () => {
    const only = named(['Menurut Yusril, kasus pencemaran nama baik hanya dapat dilaporkan oleh korban individu.']);
    expect(only.length).toBeGreaterThan(0);
    for (const h of only) expect(h).toMatch(/hanya dapat dilaporkan/u);
  });
});

describe('Indonesian headline ends and subjects', () => {
  it('never end on a preposition the tagger called a modifier, nor keep a time its pointer made', () => {
    const bakti = named(['"Bakti transportasi untuk negeri menjadi pengingat bagi kita bersama bahwa setiap infrastruktur transportasi bukan sekadar bangunan," ujar Yani.']);
    for (const h of bakti) expect(h).not.toMatch(/ bagi$/u);
    // (`nama baik` still ends one, before `yang`.)
    expect(named(['Lisa Mariana ditetapkan sebagai tersangka pencemaran nama baik yang dilaporkan mantan Gubernur Jawa Barat Ridwan Kamil.'])).toContain('Lisa Mariana ditetapkan sebagai tersangka pencemaran nama baik');
    const prabowo = named(['Presiden Prabowo Subianto hari ini menerima uang pengganti kerugian negara dari kasus korupsi ekspor.']);
    expect(prabowo.length).toBeGreaterThan(0);
    for (const h of prabowo) expect(h).not.toMatch(/Subianto hari/u);
  });

  it('name an office pointed back to whole, never its place as the person', () => {
    const out = named(['Ketua DPC Gerindra Jakarta Timur ini menyinggung dampak buruk air hujan tersebut terhadap kesehatan warga.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).toMatch(/^Ketua DPC Gerindra Jakarta Timur /u);
  });

  it('go on through a name in quotation marks, without them', () => {
    expect(named(['BPJS Kesehatan menggelar pemilihan "Duta Muda BPJS Kesehatan" pada September lalu.'])).toContain('BPJS Kesehatan gelar pemilihan Duta Muda BPJS Kesehatan');
    // (Not a quotation of what someone said: lowercase words inside.)
    for (const h of named(['Polisi menyebut pelaku "sudah lama diincar" warga setempat.'])) expect(h).not.toMatch(/lama diincar/u);
  });
});

describe('a quotation over several sentences', () => {
  it('gives its first sentence said by the speaker named after its last', () => {
    const kpk = named(['"KPK menjadwalkan pemeriksaan terhadap tiga saksi hari ini. Pemeriksaan dilakukan di Gedung Merah Putih," kata Jubir KPK Budi Prasetyo kepada wartawan.']);
    expect(kpk).toContain('Budi Prasetyo: KPK jadwalkan pemeriksaan');
    // (Never as fact, and nothing from a quotation whose speaker the paragraph does not name.)
    for (const h of kpk) expect(h).toMatch(/^(?:Jubir KPK )?Budi Prasetyo: /u);
    expect(named(['"KPK menjadwalkan pemeriksaan terhadap tiga saksi hari ini. Pemeriksaan dilakukan di Gedung Merah Putih.']).length).toBe(0);
  });
});

describe('a relative clause of one modifier', () => {
  it('goes with the phrase it qualifies, never cut off to say the opposite', () => {
    const out = named(['Orang dewasa yang terdampak menunjukkan adaptasi sekolah yang buruk dalam lima tahun setelah kejadian.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).toMatch(/adaptasi sekolah yang buruk/u);
  });
});
