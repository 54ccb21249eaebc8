/**
 * Indonesian passive voice: a sentence with a `di-` verb form (di + root, optionally + -kan/-i, + clitics:
 * `dibangun`, `diumumkan`, `dilansir`, `diperkirakannya`, `di-bully`).
 *
 * More accurate than Yoast, which flags every word of over four letters that starts with `di` (`dinas`, `digital`,
 * `direktur`, `distribusi`, `dirinya`, `Diego`, `dimana`) and, by prefix-matching its exception list, misses real
 * verbs (`dipanggil`, `dipantau`, `dipangkas`). Here these do not count:
 * - nouns, adjectives, pronouns and loanwords that merely start with `di` (list below, whole words plus clitics);
 * - `dis` + consonant loanwords (`distrik`, `diskon`, `disrupsi`) unless they carry a verb suffix;
 * - names: a capitalised word after the first (unless the sentence is a title-case headline), or a capitalised first
 *   word without a -kan/-i suffix followed by another capitalised word (`Diego Simeone`);
 * - the preposition `di` written together with its noun (`dimana`, `diantara`).
 * Like Yoast, a `di-` verb right after `untuk` ("untuk dibahas", a purpose clause where the passive is the only
 * natural form) does not count either.
 *
 * `ter-` is not counted: in news prose it is mostly stative (`terjadi`, `terletak`, `terdiri`), superlative
 * (`terbesar`), or not a prefix at all (`tersebut`, `terhadap`, `terus`); its agentless-passive use (`tertangkap`)
 * is the minority and cannot be told apart without a dictionary.
 */

/** Words that start with `di` but are not `di-` verbs (lowercased, whole words; clitics are stripped before lookup). */
const NOT_VERBS: ReadonlySet<string> = new Set(
  `dia diri dini dinas dinasti dinding dingin diam dian dinar dirham dikau dinda didik didikan dirgahayu dirgantara
  diwan dimensi dimensional digital digitalisasi digit direktur direktorat direksi direktif direktori distrik
  distribusi distributor disiplin diskusi diskon disko diskriminasi diskriminatif disinformasi disintegrasi
  disabilitas disparitas dispensasi disposisi disrupsi distorsi disfungsi disertasi dislokasi disorientasi
  diversifikasi diversitas divisi dividen diva diet diesel diagnosis diagnosa diagnostik diagram diagonal dialog
  dialek dialektika dialisis diameter diare diabetes diafragma diaspora dilema dinamika dinamis dinamit dinamo
  dinosaurus dioksida diorama diploma diplomat diplomasi diplomatik diplomatis diktator diktatoris diktat diktum
  diksi dikotomi difteri diferensiasi diferensial difusi digestif dioda dinihari dirjen ditjen dishub dinkes diknas
  dikti dirut dirreskrimum dirreskrimsus dirresnarkoba dirlantas dirpolairud ditreskrimum ditreskrimsus ditlantas
  ditpolair ditpolairud dinsos disdik disbud disnaker disperindag dispenda dispora
  director dinner discovery discount display distance diamond diary digest disrupt distract disk disc district
  dive diving diversity disclaimer digitalization`.split(/\s+/u),
);

/** The preposition `di` written together with a place or position word (non-standard, common in news copy). */
const GLUED_PREPOSITIONS: ReadonlySet<string> = new Set(
  `dimana disini disana disitu diantara diantaranya diatas dibawah didalam diluar didepan dibelakang disamping
  ditengah ditengah-tengah disekitar diseluruh disisi diawal diakhir diujung dipinggir dirumah dikantor`.split(/\s+/u),
);

/** Clitics and particles that may follow any word (`direkturnya`, `dialah`). */
const CLITIC = /(?:nya|lah|kah|pun|ku|mu)$/u;

/** `dis` + consonant opens loanword nouns (`distrik`, `diskon`, `distorsi`); these verbs are the exceptions. */
const DIS_CLUSTER = /^dis[bcdfgklmnpqrstvz]/u;
const DIS_VERBS = /^dis(?:kors|ponsor|top|tabil|tandar|teril|truktur)/u;
const VERB_SUFFIX = /(?:kan|[^s]i)(?:nya)?$/u;

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** True when most words after the first are capitalised (a headline in title case: "Mahasiswa Unud Dipecat"). */
function isTitleCase(words: readonly string[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!/^\p{L}/u.test(w)) continue;
    letters++;
    if (isCapitalised(w)) capitals++;
  }
  return letters > 0 && capitals * 2 > letters;
}

/**
 * True when `word` (as written) is a `di-` verb form. `index` is its place in the sentence, `next` the word after;
 * `titleCase` says that capitals carry no information (a headline).
 */
export function isDiVerb(word: string, index: number, next: string | undefined, titleCase = false): boolean {
  const lower = word.toLowerCase();
  if (!lower.startsWith('di')) return false;
  // `di-` hyphenated to a foreign or abbreviated root: `di-bully`, `di-PHK`.
  if (lower.startsWith('di-')) return lower.length > 3;
  if (isCapitalised(word)) {
    if (word === word.toUpperCase()) return false; // an acronym: DIY, DIKTI
  }
  if (isCapitalised(word) && !titleCase) {
    if (index > 0) return false; // a name inside the sentence: Diego, Diponegoro
    // A name opening it ("Diego Simeone"), unless the word has a verb suffix ("Diberitakan People, …").
    if (next !== undefined && isCapitalised(next) && !/(?:kan|i)(?:nya)?$/u.test(lower)) return false;
  }
  const head = lower.split('-')[0] ?? lower; // ditunggu-tunggu → ditunggu
  if (head.length < 5) return false;
  const bare = head.replace(CLITIC, '');
  if (NOT_VERBS.has(head) || NOT_VERBS.has(bare) || GLUED_PREPOSITIONS.has(lower) || GLUED_PREPOSITIONS.has(head)) return false;
  if (DIS_CLUSTER.test(head) && !DIS_VERBS.test(head) && !VERB_SUFFIX.test(head)) return false;
  return true;
}

/** Indices of the sentence's `di-` verb forms (its words as written) that are not right after `untuk`. */
export function passiveWords(words: readonly string[]): number[] {
  const out: number[] = [];
  let titleCase: boolean | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.length < 5 || !/^di/iu.test(word)) continue;
    if (isCapitalised(word)) titleCase ??= isTitleCase(words);
    if (!isDiVerb(word, i, words[i + 1], titleCase)) continue;
    if (i > 0 && words[i - 1]?.toLowerCase() === 'untuk') continue;
    out.push(i);
  }
  return out;
}

/** True when the sentence (its words as written) has a `di-` verb form not right after `untuk`. */
export function isPassive(words: readonly string[]): boolean {
  return passiveWords(words).length > 0;
}
