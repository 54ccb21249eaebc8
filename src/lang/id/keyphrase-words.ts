/**
 * Indonesian word lists of the keyphrase extractor (besides the stopwords). Owned by the keyphrase work.
 *
 * `genericWords`: content words that never begin or end a keyphrase in news: reporting verbs, very general
 * verbs and adverbs, quantities and units, days and months, titles and roles that stand before a name
 * (`Presiden`, `Kapolres`: the name is the keyphrase), company forms and `RI` after a name (`PT`, `Tbk`,
 * `DPR RI`), and news outlets named in credit lines. Chosen as a class, not article by article.
 *
 * `commonWords`: everyday words that may be part of a keyphrase but rank lower on their own: stopwords-iso's broad
 * Indonesian list (MIT), which also holds many general verbs, and the nouns of nearly every news story.
 */
import { isoStopwords } from './iso-stopwords.js';

const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

export const genericWords: ReadonlySet<string> = new Set(
  words(`
  kata katanya ujar ujarnya tutur tuturnya ucap ucapnya ungkap ungkapnya jelas jelasnya imbuh imbuhnya tambah
  tambahnya papar paparnya sebut sebutnya terang terangnya lanjut lanjutnya tegas tegasnya
  mengatakan dikatakan menyebut menyebutkan disebut disebutkan menjelaskan dijelaskan mengungkapkan diungkapkan
  menyampaikan disampaikan menambahkan ditambahkan menegaskan ditegaskan menuturkan dituturkan menerangkan
  memaparkan dipaparkan mengucapkan menyatakan dinyatakan mengaku menilai dinilai menurut berdasar berdasarkan terkait
  dilansir melansir dikutip mengutip
  melakukan dilakukan memberikan diberikan membuat dibuat mendapatkan didapatkan memiliki dimiliki terdapat terjadi
  berlangsung menggunakan digunakan melihat dilihat mengenai menuju adanya berada mulai memulai dimulai
  sempat tengah terus sendiri setiap awalnya akhirnya akibatnya kemarin nanti tadi sekarang selalu sering kembali
  langsung iya ya tidak bukan lantas setahun com
  hampir sekitar sebesar sebanyak senilai mencapai hanya sejumlah seluruh semua sebagian kurang
  juta ribu ratus puluh belasan puluhan ratusan seratusan ribuan seribuan jutaan miliar triliun persen rp us$ usd kg km bps ton meter liter hektare
  satu dua tiga empat lima enam tujuh delapan sembilan sepuluh pertama kedua ketiga keempat kelima
  hari pekan minggu bulan tahun jam menit detik pagi siang sore malam wib wita wit nomor
  senin selasa rabu kamis jumat sabtu
  januari februari maret april mei juni juli agustus september oktober november desember
  pihak orang cara hal bagian jumlah kali
  presiden wapres wakil menteri wamen gubernur wagub bupati wabup wali walikota ketua waketum ketum kepala direktur
  dirut sekretaris sekjen jubir juru kapolri kapolda kapolres kapolrestabes kapolsek kasat kadis kabid kasubdit
  kanit komisaris anggota pimpinan pejabat pengamat analis ekonom peneliti dosen profesor pak bu bapak saudara
  sdr tuan nyonya jenderal komjen irjen brigjen kombes akbp kompol akp iptu ipda aiptu aipda bripka brigadir
  letjen mayjen laksamana marsekal kolonel letkol mayor kapten
  pt tbk cv persero ri
  detikcom detiknews detikfinance detikhealth detikfood detikinet detiksport detikoto detiktravel detikedu
  detikhot detikpop antaranews afp ap reuters
  `),
);

/**
 * Nouns found in nearly every Indonesian news story whatever its subject: general nouns, nouns of very general
 * processes (`pengembangan`, `peningkatan`), and the country itself.
 */
const newsNouns = words(`
  pemerintah pemerintahan masyarakat negara daerah wilayah program kegiatan informasi data warga anggota kepala
  ketua upaya langkah kondisi situasi proses hasil angka tingkat sistem layanan kebutuhan kesempatan persoalan
  isu kabar laporan sumber pernyataan keterangan acara waktu periode lokasi tempat pihak nasional
  pengembangan peningkatan penggunaan pelaksanaan penerapan penanganan pemberian penyediaan perkembangan
  kemajuan keberhasilan perusahaan
  indonesia
`);

/** Adjectives news attaches to its nouns: part of a tag (`ekonomi digital`), never a tag alone. */
export const modifiers: ReadonlySet<string> = new Set(
  words(`
  digital global nasional internasional lokal regional sosial publik umum khusus resmi utama penting baru besar
  kecil tinggi rendah modern tradisional strategis signifikan optimal maksimal minimal total aktif positif negatif
  efektif operasional finansial komersial potensial struktural fungsional profesional konvensional eksklusif
  intensif kreatif produktif inovatif kompetitif agresif masif kritis praktis otomatis dinamis ekonomis drastis
`),
);

export const commonWords: ReadonlySet<string> = new Set([
  ...isoStopwords.map((w) => w.toLowerCase()),
  ...newsNouns,
]);

/**
 * Keyphrase ranking weights that differ from the defaults (set on English news), set on Indonesian news (id-news,
 * with the sample article as a check): word length says little (affixes lengthen common words), acronyms name the
 * institutions news is about (`DPR`, `KPK`, `BPJS`), two-word terms are common and hold together (`suku bunga`,
 * `partai politik`), the lead sentence carries the topic, inflected verbs (`meningkatkan`) are never tags
 * (-10: in practice, excluded), generic news nouns (`pengembangan`) rarely are, and a lone adjective (`digital`)
 * is a poorer tag than the noun it qualifies.
 */
export const keyphraseWeights: Readonly<Record<string, number>> = {
  count: 1.4,
  // The count's weight: a word counts only its own mentions, not those inside a longer name (`Aceh` in `Aceh
  // Jaya`), which is also why `inName` has no weight of its own here.
  own: 1.4,
  once: -1,
  position: 1,
  lead: 1.5,
  proper: 0.5,
  acronym: 2,
  caselessOnly: 1,
  length: 0.25,
  common: -4,
  words2: -0.7,
  words3: -5,
  words4: -2.75,
  innerStop: -2.35,
  blocks: 0.5,
  verb: -10,
  modifier: -2,
  inName: 0,
  cohesion: 2.25,
  bound: -4,
};
