/**
 * The Indonesian headline register (Detik, Kompas, Antara): aspect words go (`telah`, `sudah`, `sedang`), the
 * `meN-` prefix of a transitive verb goes (`menetapkan` → `tetapkan`, `memanggil` → `panggil`, `menyebut` → `sebut`),
 * an intransitive one keeps it (`meningkat`, `meninggal`), passive `di-`, `ber-` and `ter-` verbs stay as written. A base is used only when it is attested: the article
 * writes it, or its `di-`/`ter-` form, or its root is a lemma of UD Indonesian-CSUI (`lemmas.ts`). Negation and
 * future words stay (`tidak`, `belum`, `akan`), and so do adverbs that limit the verb (`hanya`). A name the article
 * defines a short form for is written short (`Wilayah Kerja Panas Bumi (WKP)` → `WKP`). Left out when the whole is
 * too long for a title: a place or time in the middle (`untuk 2026`).
 */
import type { HeadlineRegister } from '../types.js';
import { LEMMAS } from './lemma-set.js';
import { degreeWords } from './degree-words.js';

/** Aspect and emphasis words a headline leaves out of a verb group (`juga`, "also", points back to a text the reader has not seen). */
const DROP = new Set(['telah', 'sudah', 'sedang', 'tengah', 'pun', 'lah', 'pernah', 'juga']);
const SUFFIXES = ['kan', 'i', ''];
const DEGREE = new Set(degreeWords);
/** Verbs that keep `meN-` whatever follows: their base is another word (`meninggal dunia`, not `tinggal dunia`; `merasa bersyukur`, not `rasa`). */
const INTRANSITIVE = new Set(['meninggal', 'merasa', 'menetap', 'meluas', 'memanas', 'membesar', 'mengecil', 'meledak', 'meletus', 'meluncur', 'mendarat', 'menganggur', 'memuncak', 'mengeluh', 'menginap', 'menangis', 'menyerah', 'meningkat', 'menurun', 'melonjak', 'merosot', 'menguat', 'melemah', 'membaik', 'memburuk', 'mengungsi', 'menghilang', 'melambat', 'menipis', 'membengkak', 'menyusut', 'mengering']);

/** Possible bases of a `meN-` verb, by the nasal's assimilation rules, most likely first. */
export function menBases(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  const add = (...bases: string[]): void => {
    for (const b of bases) if (b.length >= 3 && !out.includes(b)) out.push(b);
  };
  if (w.startsWith('memper')) add(w.slice(3));
  if (w.startsWith('menge') && w.length <= 8) add(w.slice(5));
  if (w.startsWith('meny')) add(`s${w.slice(4)}`);
  if (w.startsWith('meng')) {
    const rest = w.slice(4);
    if (/^[aiueo]/u.test(rest)) add(`k${rest}`);
    add(rest);
  } else if (w.startsWith('mem')) {
    const rest = w.slice(3);
    // `meminta` is me + minta, `memakai` me + pakai: the root with its own m first, then the p the nasal replaced.
    if (/^[aiueo]/u.test(rest)) add(w.slice(2), `p${rest}`);
    add(rest);
  } else if (w.startsWith('men') && !w.startsWith('meny')) {
    const rest = w.slice(3);
    // `menilai` is me + nilai, `menarik` me + tarik.
    if (/^[aiueo]/u.test(rest)) add(w.slice(2), `t${rest}`);
    add(rest);
  }
  if (/^me[lmnrwy]/u.test(w)) add(w.slice(2));
  return out;
}

/** The root of a base: without `-kan`/`-i`. */
function rootOf(base: string): string[] {
  return SUFFIXES.filter((s) => s === '' || base.endsWith(s)).map((s) => base.slice(0, base.length - s.length));
}

/**
 * Whether the article attests a base: it writes the base, its passive (`di-`, `ter-`), or its root in a form that
 * keeps the root whole (`tangkap` of `ditangkap`, `tangkapan`, `berdiskusi`, `kesepakatan`); or the root is a
 * treebank lemma.
 */
function attests(base: string, attested: (w: string) => boolean): boolean {
  if (attested(base) || attested(`di${base}`) || attested(`ter${base}`)) return true;
  // `perkuat` of `memperkuat` is attested by its root `kuat`.
  const roots = rootOf(base).flatMap((r) => (r.startsWith('per') && r.length >= 6 ? [r, r.slice(3)] : [r]));
  // (Also its noun of the act with the nasal prefix, where that keeps the root whole: `usut` of `pengusutan`,
  // `bersih` of `pembersihan`.)
  const nominal = (r: string): string[] => (/^[aiueo]/u.test(r) ? [`peng${r}an`] : /^[bfv]/u.test(r) ? [`pem${r}an`] : /^[dcjz]/u.test(r) ? [`pen${r}an`] : /^[gh]/u.test(r) ? [`peng${r}an`] : []);
  return roots.some(
    (r) => r.length >= 3 && (LEMMAS.has(r) || [r, `di${r}`, `${r}an`, `ber${r}`, `ke${r}an`, `${r}nya`, ...nominal(r)].some(attested)),
  );
}

/** The headline form of an active verb, or undefined when no base is attested. */
export function headlineVerb(word: string, attested: (w: string) => boolean): string | undefined {
  if (!/^me/iu.test(word)) return word;
  const bases = menBases(word);
  // The article's own forms first (`ditetapkan`), then the treebank's lemmas.
  return bases.find((b) => attested(b) || attested(`di${b}`) || attested(`ter${b}`)) ?? bases.find((base) => attests(base, attested));
}

/**
 * Offices and the short forms Indonesian newsrooms write for them in headlines (Kompas, Detik, Antara style guides'
 * usual forms; only ones in common use, never coined).
 */
const OFFICE_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['menteri keuangan', 'Menkeu'],
  ['menteri dalam negeri', 'Mendagri'],
  ['menteri luar negeri', 'Menlu'],
  ['menteri pertahanan', 'Menhan'],
  ['menteri sosial', 'Mensos'],
  ['menteri kesehatan', 'Menkes'],
  ['menteri agama', 'Menag'],
  ['menteri pertanian', 'Mentan'],
  ['menteri perdagangan', 'Mendag'],
  ['menteri perindustrian', 'Menperin'],
  ['menteri perhubungan', 'Menhub'],
  ['menteri transmigrasi', 'Mentrans'],
  ['menteri pariwisata', 'Menpar'],
  ['menteri ketenagakerjaan', 'Menaker'],
  ['menteri sekretaris negara', 'Mensesneg'],
  ['menteri pendidikan dasar dan menengah', 'Mendikdasmen'],
  ['menteri pekerjaan umum', 'Menteri PU'],
  ['menteri energi dan sumber daya mineral', 'Menteri ESDM'],
  ['menteri badan usaha milik negara', 'Menteri BUMN'],
  ['menteri koordinator bidang perekonomian', 'Menko Perekonomian'],
  ['menteri koordinator bidang pangan', 'Menko Pangan'],
  ['menteri koordinator bidang politik dan keamanan', 'Menko Polkam'],
  ['wakil presiden', 'Wapres'],
  ['kepala kepolisian negara republik indonesia', 'Kapolri'],
  ['kepala korps lalu lintas polri', 'Kakorlantas'],
  ['kepala korps lalu lintas', 'Kakorlantas'],
  ['jaksa agung', 'Jaksa Agung'],
  ['panglima tni', 'Panglima TNI'],
]);

export const headline: HeadlineRegister = {
  // Demonstratives after a noun (`kasus ini`, `hal tersebut`) point back into the text; a headline stands alone.
  // (And the words that announce an amount: `Siapkan Sebanyak 55 Proyek` is `Siapkan 55 Proyek`.)
  dropDeterminers: new Set(['ini', 'itu', 'tersebut', 'sebanyak', 'sebesar', 'senilai']),
  linkWords: new Set(['terkait', 'soal', 'usai', 'jelang', 'menjelang', 'seputar', 'mengenai', 'tentang', 'menuju']),
  // Editors name a person as the article does on second mention.
  shortName: 'first',
  prefixNicknames: true,
  sequels: new Set(['juga', 'pun', 'pula', 'lagi']),
  pointers: new Set(['ini', 'itu', 'tersebut', 'hal', 'pihaknya', 'dia', 'ia', 'mereka', 'beliau']),
  collectives: new Set(['kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh']),
  limiters: new Set(['hanya', 'cuma', 'hanyalah', 'hampir', 'nyaris', 'baru']),
  middlePreps: new Set(['di', 'pada', 'untuk', 'sejak', 'selama']),
  clauseLinks: new Set(['lalu', 'kemudian', 'lantas', 'dan', 'serta', 'sedangkan']),
  clauseOpeners: new Set(['agar', 'supaya', 'bahwa', 'sehingga', 'jika', 'apabila', 'bila', 'ketika', 'meskipun', 'walaupun', 'sedangkan', 'padahal', 'apalagi']),
  resultOpeners: new Set(['hingga', 'sampai']),
  definitionCopulas: new Set(['adalah', 'merupakan', 'ialah']),
  bareComplements: new Set(['adalah', 'merupakan', 'ialah', 'menjadi']),
  regionWords: new Set(['kabupaten', 'kota', 'provinsi']),
  interrogatives: new Set(['apa', 'apakah', 'siapa', 'siapakah', 'mengapa', 'kenapa', 'bagaimana', 'kapan', 'berapa', 'manakah']),
  // (`meN-…-kan`, `meN-…-i`: the suffix makes the verb take its object, `memperhitungkan`, `menyetujui`; not one a
  // degree word makes a state, `makin mengkhawatirkan`, `tak begitu menggembirakan`.)
  needsObject: (group) => {
    const verb = group[group.length - 1] ?? '';
    return /^me(?:m|n|ng|ny)?\p{Ll}{3,}(?:kan|i)$/u.test(verb) && !INTRANSITIVE.has(verb) && !group.some((w) => DEGREE.has(w));
  },
  // (Not `jika`, `apabila`, `bila`: a condition cut off gives what may happen as fact.)
  adverbialOpeners: new Set(['ketika', 'meskipun', 'walaupun', 'sedangkan', 'padahal', 'meski', 'walau', 'setelah', 'sesudah', 'sebelum', 'saat', 'karena', 'sebab']),
  purposeOpeners: new Set(['untuk', 'guna']),
  needComplement: new Set([
    'depan', 'belakang', 'samping', 'sela', 'sela-sela', 'tengah', 'hadapan', 'sekitar', 'pinggir', 'ujung', 'atas', 'bawah', 'luar',
    'pasal', 'ayat', 'nomor', 'huruf', 'butir', 'bab',
    'hasil', 'bagian', 'salah', 'kisaran', 'rangka', 'total', 'sebagian', 'sejumlah', 'pihak', 'kalangan', 'jajaran', 'dugaan', 'jarak',
    // (`lintas bidang`: across what.)
    'lintas',
    // (`kombinasi antara …`: of what.)
    'kombinasi', 'perpaduan',
  ]),
  containers: new Set(['kasus', 'perkara', 'proyek', 'program', 'kegiatan', 'sidang', 'berat', 'tindak', 'kantor', 'jadwal', 'akses', 'masa', 'tahap', 'bidang', 'sektor', 'jenis', 'bentuk']),
  placeOpeners: new Set(['di', 'dari', 'asal']),
  continuations: new Set(),
  rates: new Set(['per']),
  actNominal: /^(?:pe[mnr]?|peng|peny|per)\p{Ll}{3,}an$/u,
  measures: new Set(['sebesar', 'senilai', 'sebanyak', 'seluas', 'sepanjang', 'setinggi', 'seberat', 'selama', 'sejauh', 'sekitar']),
  embeddedVerb: (word, attested) => headlineVerb(word, attested),
  directives: {
    verbs: new Set(['meminta', 'minta', 'mendorong', 'mengimbau', 'mengajak', 'mendesak', 'menginstruksikan', 'memerintahkan', 'menyerukan', 'mengingatkan', 'menegaskan', 'berharap', 'menekankan']),
    openers: new Set(['agar', 'supaya', 'untuk']),
    actEnds: true,
  },
  quoteSpeaker: (speaker) => [...speaker.slice(0, -1), `${speaker.at(-1) ?? ''}:`],
  speechVerbs: new Set(['mengatakan', 'berkata', 'menambahkan', 'menuturkan', 'menerangkan', 'bertanya', 'mengaku', 'menyebut', 'menyebutkan']),
  existentials: new Set(['ada', 'terdapat']),
  openingAdverbs: new Set(['tercatat', 'diketahui', 'terpantau', 'terlihat', 'tampak', 'terdengar']),
  secondComplement: { verbs: new Set(['menjadikan', 'menempatkan', 'menobatkan', 'mendaulat']), markers: new Set(['sebagai', 'menjadi', 'jadi']) },
  actNouns: new Set(['cara', 'upaya', 'langkah', 'strategi', 'rencana', 'kesempatan', 'kemampuan', 'tekad', 'niat', 'keinginan', 'komitmen', 'usaha']),
  attribution: new Set([
    'menyebut', 'menilai', 'mengakui', 'mengklaim', 'membantah', 'menegaskan', 'menyatakan', 'memastikan', 'menduga',
    'memperkirakan', 'memprediksi', 'meyakini', 'mengumumkan', 'membenarkan', 'mengungkap', 'menuding', 'menganggap',
  ]),
  claimVerbs: new Set(['mengaku', 'mengklaim', 'membantah', 'menyangkal']),
  negations: new Set(['tidak', 'tak', 'belum', 'bukan', 'jangan', 'tiada', 'takkan']),
  pointingSuffix: /^\p{Ll}{3,}nya$/u,
  predicateWords: new Set(['makin', 'semakin', 'kian', 'akan', 'sudah', 'telah', 'masih', 'belum', 'tidak', 'tak', 'harus', 'wajib', 'mesti', 'perlu', 'bisa', 'dapat', 'bakal', 'segera']),
  emptyObjects: new Set(['pernyataan', 'keterangan', 'penjelasan', 'sambutan', 'komentar', 'tanggapan', 'pesan', 'informasi', 'hal']),
  mannerWords: new Set(['secara']),
  control: {
    verbs: new Set(['memutuskan', 'berencana', 'berkomitmen', 'bertekad', 'berupaya', 'berusaha', 'sepakat', 'bersepakat', 'berjanji', 'berniat', 'siap', 'mulai', 'mencoba', 'menolak', 'setuju']),
    openers: new Set(['untuk']),
  },
  adverbials: new Set(['setelah', 'sesudah', 'usai', 'seusai', 'pasca', 'selepas', 'sebelum', 'sejak', 'saat', 'ketika', 'karena', 'akibat', 'lantaran', 'meski', 'meskipun', 'walaupun', 'menyusul']),
  officeShortForms: OFFICE_SHORT_FORMS,
  lightVerbs: new Set(['dilakukan', 'terjadi', 'berlangsung', 'dilaksanakan', 'diberikan', 'digelar', 'diadakan', 'muncul', 'ada']),
  raising: new Set([
    'dipastikan', 'dinilai', 'diperkirakan', 'diprediksi', 'diyakini', 'dikabarkan', 'diduga', 'disebut', 'dianggap', 'dikhawatirkan',
    'tampak', 'terlihat', 'terancam', 'ditutup', 'dibuka', 'berhasil', 'gagal', 'sempat', 'mampu', 'enggan', 'terpaksa', 'bersiap', 'memilih', 'ingin', 'hendak', 'fokus',
  ]),
  verbGroup(words, info) {
    // `sudah ada` (already exists) says the news only with its aspect word: `Aturan Sudah Ada`, not `Aturan Ada`.
    if (words[words.length - 1]?.toLowerCase() === 'ada') return [...words];
    const kept = words.filter((w) => !DROP.has(w.toLowerCase()));
    if (kept.length === 0) return undefined;
    const last = kept[kept.length - 1]!;
    if (info.passive) return kept;
    // An intransitive verb keeps its prefix (`Inflasi Meningkat`, `Warga Meninggal Dunia`: `Tingkat` and `Tinggal`
    // are other words); one with `-kan`/`-i` or an object after it loses it (`Polisi Tangkap Pelaku`).
    if ((info.object === false && !/(kan|i)$/iu.test(last)) || INTRANSITIVE.has(last.toLowerCase())) return kept;
    // Without an attested base the verb keeps its prefix, as Kompas and Antara write it (`KPK Menyita Uang …`); the
    // aspect words still go.
    const verb = headlineVerb(last, info.attested) ?? last;
    return [...kept.slice(0, -1), verb];
  },
};
