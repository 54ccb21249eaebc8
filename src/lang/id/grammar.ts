/**
 * Indonesian words of phrase chunks and the main clause (`src/grammar/`). Indonesian noun phrases are head-first
 * (`harga pupuk subsidi`), the passive is the `di-` verb (`ditangkap polisi`, agent bare or after `oleh`), and speech
 * is reported before (`X mengatakan bahwa …`) or after the quote (`"…," kata X`, `"…," ujarnya`).
 */
import type { GrammarWords } from '../types.js';
import { isDiVerb } from './passive.js';
import { reportingVerbs } from './reporting-verbs.js';
import { subordinators } from './subordinators.js';
import { stopwords } from './stopwords.js';
import { verbMarkers } from './verb-markers.js';
import { predicateDegreeWords } from './degree-words.js';

/** Bare reporting verbs written before their speaker (`kata Budi`, `ujar dia`); with `-nya` they carry it. */
const inverted = ['kata', 'ujar', 'ungkap', 'tutur', 'jelas', 'terang', 'imbuh', 'tambah', 'ucap', 'tegas', 'papar', 'sebut', 'lanjut', 'pungkas', 'tukas', 'kilah'];

/**
 * The subordinators of `subordinators.ts` open a clause a headline may cut off; as clause openers they lose the
 * coordinators (`namun`, `tetapi`: what follows is a main clause; `Sementara` opening a sentence is `Meanwhile`), the
 * relativiser and the reporting words, and gain
 * the complementiser and a few conjunctions a headline does not cut at.
 */
const NOT_SUBORDINATING = new Set(['namun', 'tetapi', 'sedangkan', 'padahal', 'sementara', 'yang', ...inverted, 'katanya', 'ujarnya']);

/** Aspect words a verb follows (`sudah`, `telah`): what comes right after one is a verb, whatever the tagger said. */
const ASPECT = new Set(['sudah', 'telah']);
/** Units of time that `lalu` (ago, last) and `depan` (next) follow: `pekan lalu` is a time, no verb. */
const TIME_UNITS = new Set(['hari', 'pekan', 'minggu', 'bulan', 'tahun', 'malam', 'abad', 'dekade', 'semester', 'kuartal', 'triwulan', 'jam', 'menit', 'detik', 'waktu']);

/**
 * Adverbs of time that open a sentence capitalised, which the tagger reads as names there (`Dulu/PROPN dianggap …,
 * artritis kini …`): an adverb, so the clause after the comma is the sentence's own.
 */
const OPENING_ADVERBS = new Set(['dulu', 'dahulu', 'kini', 'sekarang', 'kemarin', 'kemudian', 'lalu', 'selanjutnya', 'sebelumnya', 'sementara', 'nantinya', 'semula', 'awalnya']);

/**
 * Verbs news writes bare in a fixed phrase (`Bupati Sleman Harda Kiswaya angkat/NOUN bicara`), which the tagger may
 * read as a noun of the subject: the first word is the verb.
 */
/**
 * Aspect words the tagger may read as a subordinator or a preposition before a verb (`Jokowi, sempat/SCONJ bertemu`):
 * there they qualify the verb, and the clause is the sentence's own.
 */
const MODAL_ADVERBS = new Set(['sempat', 'pernah', 'sudah', 'telah', 'masih', 'belum', 'segera', 'sedang']);

const BARE_VERB_MARKERS = new Set(['akan', 'bakal', 'sudah', 'telah', 'sedang', 'segera', 'hendak', 'sempat', 'pernah', 'ingin', 'harus', 'bisa', 'mampu']);

/**
 * A verb news writes bare after a modal or aspect word (`bakal genjot/NOUN sektor ekonomi`, `sudah teken/NOUN
 * Perpres`), which the tagger may read as a noun: a lowercase word there, neither a function word nor a noun by its
 * form (`pe-an`, `ke-an`, `-nya`), is the verb. Not after `dapat`, `perlu`, `masih`, `belum`, which take a thing too
 * (`dapat bantuan`, `perlu waktu`, `masih siswa`). And `bakal` before such a word is the modal, not `bakal calon`.
 */
function bareVerb(words: readonly string[], tags: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  const lower = w.toLowerCase();
  if (i === 0 || !['NOUN', 'X', 'DET'].includes(tags[i] ?? '') || !/^\p{Ll}+$/u.test(w) || stopwords.has(lower)) return false;
  if (/^(?:pe|ke|per)\p{L}+an$|nya$/u.test(lower)) return false;
  const before = words[i - 1]!.toLowerCase();
  // (Not after `akan` as the preposition it also is: `kebutuhan akan/ADP jalur alternatif`.)
  return BARE_VERB_MARKERS.has(before) && tags[i - 1] !== 'ADP' && !(before === 'bakal' && ['calon', 'pasangan'].includes(lower));
}

const BARE_IDIOMS = new Set(['angkat bicara', 'angkat kaki', 'angkat suara', 'buka suara', 'turun tangan', 'tutup usia', 'gulung tikar', 'ambil alih', 'ambil bagian', 'unjuk gigi', 'naik pitam', 'pasang badan', 'putar otak', 'banting tulang']);

export const grammar: GrammarWords = {
  // A `di-` verb form (`dipecat`, `disita`) the tagger took for a noun or a modifier is a verb: the passive
  // detector's word lists (`passive.ts`) keep `dinas`, `diskusi` and names out.
  // (And a word the tagger took for a preposition right after an aspect word, which only a verb follows: `sudah
  // sampai/ADP pada tahap …`, `telah tiba`.)
  // (And `lalu` after a unit of time, `pekan lalu`, is no verb, nor `then`: the time is past, nor in `lalu lintas`
  // (traffic), a noun; `mendatang` after a
  // word is `upcoming`, `Tahun Baru mendatang`.)
  // (And the verb of a fixed phrase, `angkat bicara`, or one written bare after a modal, `bakal genjot`.)
  // (And `menuju` after a noun, where a verb follows, is `towards`: `Akses menuju jembatan … ditutup`.)
  retag: (words, tags) => tags.map((t, i) => ((['NOUN', 'ADJ', 'X'].includes(t) && /^\p{Ll}/u.test(words[i] ?? '') && isDiVerb(words[i]!, i, words[i + 1])) ||
    ((t === 'ADP' || t === 'SCONJ') && i > 0 && ASPECT.has(words[i - 1]!.toLowerCase())) ? 'VERB'
    : words[i]?.toLowerCase() === 'lalu' && i > 0 && TIME_UNITS.has(words[i - 1]!.toLowerCase()) ? 'ADJ'
    : words[i]?.toLowerCase() === 'lalu' && words[i + 1]?.toLowerCase() === 'lintas' ? 'NOUN'
    : words[i]?.toLowerCase() === 'menuju' && (tags[i - 1] === 'NOUN' || (i === 1 && tags[0] === 'PROPN')) && tags.slice(i + 2).includes('VERB') ? 'ADP'
    : words[i]?.toLowerCase() === 'mendatang' && i > 0 ? 'ADJ'
    : i === 0 && t === 'PROPN' && OPENING_ADVERBS.has(words[i]!.toLowerCase()) ? 'ADV'
    : BARE_IDIOMS.has(`${words[i]?.toLowerCase()} ${words[i + 1]?.toLowerCase()}`) || bareVerb(words, tags, i) ? 'VERB'
    : words[i] === 'bakal' && bareVerb(words, tags, i + 1) ? 'AUX'
    : (t === 'SCONJ' || t === 'ADP') && MODAL_ADVERBS.has(words[i]!.toLowerCase()) && tags[i + 1] === 'VERB' ? 'ADV' : t)),
  headPosition: 'first',
  negatedModifiers: new Set(['tak dikenal', 'tidak dikenal', 'tak terduga', 'tidak terduga', 'tak diketahui', 'tidak diketahui', 'tak bertuan', 'tak terpakai', 'tidak terpakai', 'tak terkendali', 'tidak terkendali', 'tak bertanggung']),
  verbGroupWords: new Set([
    ...verbMarkers,
    'tidak', 'tak', 'bukan', 'jangan', 'tengah', 'baru', 'kembali', 'langsung', 'terus', 'juga', 'pun', 'masih', 'tetap',
    'belum', 'sering', 'selalu', 'hampir', 'kian', 'makin', 'semakin', 'sama-sama', 'saling', 'turut', 'ikut',
    ...predicateDegreeWords,
  ]),
  infinitiveMarkers: new Set(['untuk', 'guna']),
  isPassive: (words) => {
    const verb = words[words.length - 1];
    return verb !== undefined && isDiVerb(verb.toLowerCase(), 1, undefined);
  },
  agentMarkers: new Set(['oleh']),
  bareAgent: true,
  phraseClosers: new Set(['ini', 'itu', 'tersebut']),
  timeClauses: new Set(['setelah', 'sesudah', 'sebelum', 'sejak', 'usai', 'seusai']),
  subordinators: new Set([
    ...subordinators.filter((w) => !NOT_SUBORDINATING.has(w)),
    'bahwa', 'kalau', 'jikalau', 'seandainya', 'sejak', 'selama', 'selagi', 'tatkala', 'sewaktu', 'begitu', 'asalkan',
    'biarpun', 'kendati', 'demi', 'seolah', 'seakan',
  ]),
  resultMarkers: new Set(['maka']),
  relativisers: new Set(['yang']),
  ambiguousRelativisers: new Set(),
  complementisers: new Set(['bahwa']),
  determiners: new Set(['para', 'sang', 'si', 'suatu', 'sebuah', 'seorang', 'seekor', 'sebutir', 'selembar', 'sejumlah', 'beberapa', 'berbagai', 'semua', 'seluruh', 'setiap', 'tiap', 'banyak', 'sebagian', 'segala', 'kedua', 'ketiga']),
  regionalTitles: new Set([
    'gubernur', 'wagub', 'bupati', 'wabup', 'kota', 'walkot', 'walikota', 'kapolda', 'kapolres', 'kapolresta', 'kapolsek',
    'kajati', 'kajari', 'pangdam', 'danrem', 'dandim', 'camat', 'lurah', 'kades', 'sekda', 'dprd',
  ]),
  titles: new Set([
    'presiden', 'wakil', 'wapres', 'menteri', 'gubernur', 'wagub', 'bupati', 'wali', 'walikota', 'jenderal', 'letjen',
    'mayjen', 'brigjen', 'irjen', 'kombes', 'akbp', 'kompol', 'kapten', 'kolonel', 'letnan', 'mayor', 'kapolri',
    'kapolda', 'kapolres', 'kapolsek', 'panglima', 'pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'bang', 'kak', 'dr',
    'prof', 'ir', 'haji', 'hj', 'h', 'kh', 'ustaz', 'ustadz', 'raja', 'ratu', 'pangeran', 'paus', 'senator', 'hakim',
    'jaksa', 'pelatih', 'kiper', 'striker', 'penyanyi', 'aktor', 'aktris', 'artis', 'tersangka', 'terdakwa', 'saksi',
    // Offices and roles news writes before a name (`Direktur Jenderal Pajak … Bimo Wijayanto`).
    'direktur', 'dirut', 'dirjen', 'ketua', 'kepala', 'sekretaris', 'sekjen', 'deputi', 'komisioner', 'komandan',
    'pengamat', 'ekonom', 'pakar', 'analis', 'pengacara', 'camat', 'lurah', 'plt', 'pj', 'kajati', 'kajari', 'kasat',
    'kadis', 'wamen', 'mensos', 'menkeu',
    // (`Menteri Koordinator Bidang Pangan Zulkifli Hasan`: the office's second word, and the short forms of offices.)
    'koordinator', 'menko', 'menag', 'mendagri', 'menlu', 'menhan', 'mentan', 'menkes', 'menpora', 'mendikdasmen',
    'mensesneg', 'seskab', 'kabareskrim', 'kakorlantas', 'jubir',
  ]),
  institutions: new Set([
    'kementerian', 'badan', 'dinas', 'komisi', 'dewan', 'lembaga', 'kantor', 'pengadilan', 'partai',
    'universitas', 'institut', 'sekolah', 'pemerintah', 'pemerintahan', 'kejaksaan', 'kepolisian', 'mahkamah', 'direktorat',
    'otorita', 'perusahaan', 'bank', 'rumah', 'majelis', 'biro', 'balai', 'kabupaten', 'kota', 'provinsi',
    'yayasan', 'asosiasi', 'perhimpunan', 'persatuan', 'ikatan', 'gabungan', 'koperasi', 'satuan', 'pusat', 'markas',
    // (Their short forms, written before the place they govern: `Pemkot Medan` is no `Medan`.)
    'pemkot', 'pemkab', 'pemprov', 'pemda', 'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'kejari', 'kejati',
    'dprd', 'kemenkeu', 'kemensos', 'kemenag', 'kemenkes', 'kemendagri', 'kemenlu', 'kemenhan',
  ]),
  classifiers: new Set([
    'orang', 'buah', 'ekor', 'unit', 'batang', 'lembar', 'biji', 'butir', 'helai', 'pucuk', 'pasang', 'potong', 'kali',
    'hektar', 'hektare', 'ton', 'kilogram', 'kg', 'km', 'meter', 'liter', 'persen', 'rupiah', 'dolar', 'juta', 'miliar',
    'triliun', 'ribu', 'ratus', 'tahun', 'bulan', 'hari', 'jam', 'menit', 'kilometer',
  ]),
  reportingVerbs: new Set(reportingVerbs.filter((w) => !w.startsWith('di'))),
  complementVerbs: new Set([
    'berpikir', 'menduga', 'mengharapkan', 'berharap', 'memperkirakan', 'memprediksi', 'memprediksikan', 'meyakini',
    'yakin', 'percaya', 'merasa', 'menganggap', 'memastikan', 'menyebabkan', 'menginginkan', 'mengetahui', 'tahu',
    'menunjukkan', 'memperlihatkan', 'merencanakan', 'mengira', 'khawatir', 'menyadari', 'menargetkan', 'mengusulkan',
    'mengungkap', 'berpendapat', 'berpandangan', 'beranggapan',
  ]),
  invertedReporting: new Set(inverted),
  // `ujarnya`, and the passive forms with the agent's clitic (`Dikatakannya, …`, `Ditambahkannya, …`).
  fusedReporting: new Set([
    ...inverted.map((w) => `${w}nya`), 'akunya',
    ...['dikatakan', 'disebutkan', 'dijelaskan', 'ditambahkan', 'diungkapkan', 'ditegaskan', 'dituturkan', 'disampaikan', 'diterangkan', 'dipaparkan'].map((w) => `${w}nya`),
  ]),
  // Weekdays and times of day (the keyphrase lists mix them with other classes).
  timeWords: new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'pagi', 'siang', 'sore', 'malam', 'kemarin', 'hari', 'pekan', 'lalu', 'dulu', 'dahulu', 'kini', 'sekarang', 'sejauh', 'pukul']),
  speakerPronouns: new Set(['ia', 'dia', 'beliau', 'pihaknya']),
  comitatives: new Set(['bersama']),
  namers: new Set(['berinisial', 'bernama', 'berjuluk', 'berjulukan', 'bertajuk', 'bertema', 'berjudul']),
  linkingVerbs: new Set(['terkait', 'menyangkut']),
  serialVerbs: new Set(['diduga', 'disebut', 'dikabarkan', 'dinilai', 'dianggap', 'diyakini', 'dipercaya', 'berhasil', 'mencoba', 'berusaha', 'hendak', 'ingin', 'mulai', 'gagal', 'sempat']),
  aliases: new Set(['alias']),
  quantifiers: new Set(['sebanyak', 'sekitar', 'setidaknya', 'sedikitnya', 'kurang-lebih']),
  citations: new Set(['melansir', 'mengutip', 'dilansir', 'dikutip', 'merujuk', 'mengacu']),
  attribution: [['menurut']],
};
