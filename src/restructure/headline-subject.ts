/**
 * The subject of a clause headline as an editor names it (`Purbaya` of `Menteri Keuangan Purbaya Yudhi Sadewa`,
 * `Gus Ipul`, `Otorita IKN`), from the article's names that decide it (`article-names.ts`). Split from
 * `headline.ts`, which builds the rest of the headline.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { gap, joined, texts } from './sentence-words.js';

export { articleNames, loneNames, type ArticleNames } from './article-names.js';
export { joined, texts } from './sentence-words.js';
import type { ArticleNames } from './article-names.js';
import { MAX_SUBJECT_WORDS, officeShort, ownerShort } from './subject-short.js';
import { abbreviates } from './short-forms.js';

/** The run of name words that ends the span (`Sri Mulyani Indrawati` of `Menteri Keuangan Sri Mulyani Indrawati`). */
function nameRun(tags: readonly string[], a: number, end: number, s?: Sentence): [number, number] | undefined {
  // (A bracket ends a run: `Menengah (Mendikdasmen) Abdul Mu'ti` is an office's last word, its short form and a
  // person, not one name.)
  // (So does a comma: `Pemasyarakatan, Yusril Ihza Mahendra`.)
  const bracketBefore = (i: number): boolean => s !== undefined && i > 0 && /[(),]/u.test(s.text.slice(s.words[i - 1]!.end - s.start, s.words[i]!.start - s.start));
  let j = end;
  while (j > a && tags[j - 1] !== 'PROPN') j--;
  // (A number right after the name is the name's: `Halo 2`.)
  const numbered = j === end - 1 && j > a && tags[j] === 'NUM' && s !== undefined && joined(s, j - 1) && /^\d+(?:[/.]\d+)*$/u.test(s.words[j]!.text);
  let i = j;
  while (i > a && tags[i - 1] === 'PROPN' && !(i < j && bracketBefore(i))) i--;
  return j > i ? [i, numbered ? j + 1 : j] : undefined;
}

/**
 * The subject as a headline names it: whole when short (demonstratives and articles left out), and the name alone
 * when a title or office stands before it (`Purbaya Yudhi Sadewa` of `Menteri Keuangan Purbaya Yudhi Sadewa`), as
 * editors name people; a long subject without a name gives nothing.
 */
export function subjectVariants(
  s: Sentence,
  tags: readonly string[],
  span: { start: number; end: number; head: number },
  lang: LanguagePack,
  names?: ArticleNames,
): string[][] {
  const { start, end } = span;
  const drop = lang.headline?.dropDeterminers;
  const kept: string[] = [];
  let dropped = 0;
  let saved = 0;
  // A bracketed short form (`Otorita Ibu Kota Nusantara (IKN)`) is left out: the long form is abbreviated later.
  let depth = 0;
  for (let i = start; i < end; i++) {
    const before = s.text.slice(i === start ? s.words[i]!.start - s.start : s.words[i - 1]!.end - s.start, s.words[i]!.start - s.start);
    depth += (before.match(/\(/gu) ?? []).length - (before.match(/\)/gu) ?? []).length;
    const lower = s.words[i]!.text.toLowerCase();
    // (The long form it closes is counted as its short form, the one word it will be: `26 pegawai Direktorat Jenderal
    // Pajak (DJP) Kementerian Keuangan`.)
    if (depth === 1 && /\($/u.test(before) && /^\s*\)/u.test(gap(s, i))) {
      const long = [...kept.keys()].reverse().map((k) => kept.slice(k)).find((w) => w.length > 1 && abbreviates(s.words[i]!.text, w));
      if (long) saved += long.length - 1;
    }
    if (drop?.has(lower)) {
      dropped++;
      // (`hari ini`: a time its demonstrative made goes with it, never `Prabowo Subianto Hari`.)
      if (lang.headline?.pointers.has(lower) === true && i > start && kept.length > 1 && lang.grammar?.timeWords?.has(s.words[i - 1]!.text.toLowerCase()) === true) kept.pop();
    } else if (depth <= 0) kept.push(s.words[i]!.text);
  }
  // `Kegiatan ini`, `Langkah tersebut`: a lone noun that pointed back says nothing once its demonstrative is gone.
  if (dropped > 0 && kept.length === 1 && lang.code !== 'en') return [];
  const out: string[][] = [];
  // `Hal` of `Hal tersebut` says nothing once its demonstrative is gone.
  const vague = kept.length === 1 && (lang.genericWords?.has(kept[0]!.toLowerCase()) === true || lang.stopwords.has(kept[0]!.toLowerCase()));
  if (kept.length > 0 && kept.length <= MAX_SUBJECT_WORDS && !vague) out.push(kept);
  // (Short enough once its long forms are abbreviated, it comes after the other ways of naming it: a speaker is named
  // by the first, `AHY` of `Menteri Koordinator … (IPK) Agus Harimurti Yudhoyono (AHY)`.)
  const abbreviated = kept.length > MAX_SUBJECT_WORDS && kept.length - saved <= MAX_SUBJECT_WORDS && !vague ? kept : undefined;
  // (A name that heads a long subject, an appositive after it: `Bazarsah | penembak tiga anggota Polres Way Kanan`.)
  let r = start;
  while (r < end && r - start < 3 && tags[r] === 'PROPN' && (r === start || joined(s, r - 1))) r++;
  const leading = out.length === 0 && r > start && r < end && span.head >= start && span.head < r && tags[r] === 'NOUN' && joined(s, r - 1) && allNames(texts(s, start, r), lang) ? texts(s, start, r) : undefined;
  if (leading) out.push(leading);
  // (A region named by its kind and name is named by the name, as headlines do: `Indramayu` of `Kabupaten
  // Indramayu`.)
  const region = lang.headline?.regionWords?.has(s.words[start]!.text.toLowerCase()) === true && end - start >= 2 && end - start <= 3 &&
    tags.slice(start + 1, end).every((t) => t === 'PROPN') && allNames(texts(s, start + 1, end), lang) ? texts(s, start + 1, end) : undefined;
  if (region && out.length > 0) out.push(region);
  const done = (found: string[][]): string[][] => (abbreviated && !found.some((v) => v.join(' ') === abbreviated.join(' ')) ? [...found, abbreviated] : found);
  // `Ketua DPC Gerindra Jakarta Timur ini`: an office pointed back to is named whole; its last names are a place,
  // not the person.
  // (Not a time it ends with, `Presiden Prabowo Subianto hari ini`.)
  const pointed = s.words.slice(start, end).some((w, j) => drop?.has(w.text.toLowerCase()) === true && lang.headline?.pointers.has(w.text.toLowerCase()) === true &&
    lang.grammar?.timeWords?.has(s.words[start + j - 1]?.text.toLowerCase() ?? '') !== true);
  if (pointed) return done(out);
  // `Alumni SMA Negeri 11 Semarang bernama Chiko`: also the one named, by the name.
  const namer = s.words.findIndex((w, i) => i > start && i < end - 1 && lang.grammar?.namers?.has(w.text.toLowerCase()) === true);
  if (namer > 0 && tags.slice(namer + 1, end).every((t) => t === 'PROPN')) return done([...out, texts(s, namer + 1, end)]);
  // The name alone only when it is the phrase's head (a person after their office), not a place that qualifies it.
  const run = nameRun(tags, start, end, s);
  // The person as the article names them alone elsewhere (`Sri Mulyani` of `Menkeu Sri Mulyani Indrawati`): their
  // name starts there, whatever office words the tagger ran into it.
  const from = run && names ? loneStart(s, run, names.lone, lang) : undefined;
  // (Only a person the subject is, named after their office: not `Bogor` of `Pemerintah Kabupaten Bogor`, nor the
  // president of `Satu tahun pemerintahan Presiden Prabowo Subianto`.)
  const opensWithOffice = lang.grammar?.titles.has(s.words[start]?.text.toLowerCase() ?? '') === true;
  const ownName = run !== undefined && ((span.head >= run[0] && span.head < run[1]) || run[0] === start || opensWithOffice);
  const afterOffice = from !== undefined && s.words.slice(start, from).some((w) => lang.grammar?.titles.has(w.text.toLowerCase()) === true);
  if (run && names && from !== undefined && ownName && afterOffice && from > run[0] && run[1] - from <= 3) {
    const person = texts(s, from, run[1]);
    for (const v of [person, shortName(person, names.lone, lang), officeShort(s, span, lang)]) if (v && !out.some((o) => o.join(' ') === v.join(' '))) out.push(v);
    return done(out);
  }
  // A long run of name words that opens with an office (`Wakil Ketua MPR RI Lestari Moerdijat`): the person is
  // its last two words, when they are names (`Pangan Nasional` of `Kepala Badan Pangan Nasional` is no person).
  // (Three name words after an office are one person's: `Menteri Keuangan Sri Mulyani Indrawati`.)
  const three = run !== undefined && run[1] - run[0] === 3 && run[0] > start && allNames(texts(s, run[0], run[1]), lang);
  // (Not a name that owns the noun before it: `pemerintahan Presiden Prabowo Subianto`.)
  const possessed = run !== undefined && run[0] > start && tags[run[0] - 1] === 'NOUN' && lang.grammar?.titles.has(s.words[run[0] - 1]!.text.toLowerCase()) !== true;
  const lastTwo = !possessed && run && run[1] - run[0] >= 3 && !three && allNames(texts(s, run[1] - 2, run[1]), lang) ? texts(s, run[1] - 2, run[1]) : undefined;
  if (run && lastTwo && run[1] - run[0] >= 4 && lang.grammar?.titles.has(s.words[run[0]]!.text.toLowerCase()) === true) out.push(lastTwo);
  // After an office (`Menteri Koordinator Bidang Pangan Zulkifli Hasan`), a person's name is its last two words.
  const office = run !== undefined && s.words.slice(start, run[0] + 1).some((w) => lang.grammar?.titles.has(w.text.toLowerCase()) === true);
  if (lastTwo && office && !out.some((v) => v.join(' ') === lastTwo.join(' '))) out.push(lastTwo);
  const titled = run !== undefined && s.words.slice(start, run[0]).some((w) => lang.grammar?.titles.has(w.text.toLowerCase()) === true);
  const head = run !== undefined && span.head >= run[0] && span.head < run[1];
  // (Not the office's last words with the person, `Bidang Pangan Zulkifli Hasan`, once the person is there alone.)
  const officeTail = lastTwo !== undefined && office && !allNames(texts(s, run![0], run![1]), lang);
  // (Nor the tail of a name whose first word the tagger took for a modifier: `Monetary Fund` of `International
  // Monetary Fund`.)
  // (The sentence's first word is capitalised anyway: `Former England captain …`.)
  // (Where modifiers stand before their noun; in Indonesian the capitalised words before a name are its office.)
  const nameGoesOn = lang.modifierPosition === 'before' && run !== undefined && run[0] > start && run[0] - 1 > 0 && joined(s, run[0] - 1) && /^\p{Lu}/u.test(s.words[run[0] - 1]!.text) && !lang.grammar?.titles.has(s.words[run[0] - 1]!.text.toLowerCase());
  // (Nor an owner alone, `Ireland's` of `executives of Ireland's state-owned airline`: what it owns is the subject.)
  const owner = run !== undefined && /['’]s?$/u.test(s.words[run[1] - 1]!.text);
  if (run && !officeTail && !nameGoesOn && !owner && run[1] - run[0] <= 4 && run[0] > start && ((titled && allNames(texts(s, run[0], run[1]), lang)) || head || (out.length === 0 && !possessed))) out.push(texts(s, run[0], run[1]));
  // A person the article also names by one word (`ujar Bimo`) is named so in a headline (`Bimo Targetkan …`).
  const person = run && personOf(s, tags, span, run, titled || office, lang);
  const short = person && names ? shortName(person, names.lone, lang) : undefined;
  if (short && !out.some((v) => v.join(' ') === short.join(' '))) out.push(short);
  const office2 = officeShort(s, span, lang);
  if (office2 && !out.some((v) => v.join(' ') === office2.join(' '))) out.push(office2);
  const owned = ownerShort(s, tags, span, lang);
  if (owned && !out.some((v) => v.join(' ') === owned.join(' '))) out.push(owned);
  const nick = run && names ? nickname(texts(s, run[0], run[1]), names.lone, lang) : undefined;
  if (nick && !out.some((v) => v.join(' ') === nick.join(' '))) out.push(nick);
  return done(out);
}

/**
 * The name the article calls a person by that is the first letters of the first word of their name (`Adit` of
 * `Adityawarman Adil`), written alone at least twice, where the language's news does so (`prefixNicknames`).
 */
function nickname(name: readonly string[], lone: ReadonlyMap<string, number>, lang: LanguagePack): string[] | undefined {
  if (lang.headline?.prefixNicknames !== true || name.length < 2) return undefined;
  const first = name[0]!.toLowerCase();
  let best: string | undefined;
  let most = 1;
  for (const [w, n] of lone) if (n > most && w.length >= 3 && w.length < first.length && !w.includes(' ') && first.startsWith(w)) [best, most] = [w, n];
  return best === undefined ? undefined : [name[0]!.slice(0, best.length)];
}

/**
 * The words of the person a subject names, when it names one: the last two words of a long name after an office
 * (`Bimo Wijayanto` of `Direktur Jenderal Pajak … Bimo Wijayanto`), a name of up to three words after a title, or
 * the subject's head name (up to four words); each word a name (not a common word of the language, not an acronym: `Bank Indonesia`,
 * `Komnas PA` are not people).
 */
function personOf(s: Sentence, tags: readonly string[], span: { head: number }, run: [number, number], titled: boolean, lang: LanguagePack): string[] | undefined {
  const words = titled && run[1] - run[0] >= 4 ? texts(s, run[1] - 2, run[1]) : texts(s, run[0], run[1]);
  // (A long name of four is one person's too, `Andi Muhammad Yasir Arafat`, named by the word the article writes alone.)
  if (words.length < 2 || words.length > 4 || (words.length === 4 && titled)) return undefined;
  if (!titled && !(span.head >= run[0] && span.head < run[1])) return undefined;
  // (An institution is no person: never `Transmigrasi` of `Kementerian Transmigrasi`.)
  if (words.some((w) => lang.grammar?.institutions?.has(w.toLowerCase()) === true)) return undefined;
  return allNames(words, lang) && tags[run[1] - 1] === 'PROPN' ? words : undefined;
}

/** Where, in a run of name words, the first name the article also writes alone begins (its `lone` names). */
function loneStart(s: Sentence, run: [number, number], lone: ReadonlyMap<string, number>, lang: LanguagePack): number | undefined {
  for (let k = run[0]; k < run[1]; k++) {
    if (lang.grammar?.titles.has(s.words[k]!.text.toLowerCase()) === true) continue;
    // (Nor the region right after its office: `Bupati Sleman | Harda Kiswaya`.)
    if (k > 0 && lang.grammar?.regionalTitles?.has(s.words[k - 1]!.text.toLowerCase()) === true) continue;
    for (let n = 1; n <= 3 && k + n <= run[1]; n++) {
      const words = texts(s, k, k + n);
      if ((lone.get(words.join(' ').toLowerCase()) ?? 0) > 0 && allNames(words, lang)) return k;
    }
  }
  return undefined;
}

/** True when every word is a name: capitalised, not an acronym, not a common word of the language. */
function allNames(words: readonly string[], lang: LanguagePack): boolean {
  return words.every((w) => {
    const lower = w.toLowerCase();
    const common = lang.stopwords.has(lower) || lang.frequentNouns?.has(lower) === true || lang.genericWords?.has(lower) === true || lang.commonWords?.has(lower) === true;
    // (A possessive is no name of a person: `Spain's Football Federation`.)
    return /^\p{Lu}\p{Ll}/u.test(w) && !common && !/['’]s?$/u.test(w);
  });
}

/**
 * The shorter form of a person's name the article uses most on its own (`Bimo` of `Bimo Wijayanto`, `Sri Mulyani`
 * of `Sri Mulyani Indrawati`), the language's usual word on a tie; undefined when the article never names the
 * person so.
 */
function shortName(person: readonly string[], names: ReadonlyMap<string, number>, lang: LanguagePack): string[] | undefined {
  if (person.length < 2) return undefined;
  const forms: string[][] = [];
  for (let n = person.length - 1; n >= 1; n--) for (let i = 0; i + n <= person.length; i++) forms.push(person.slice(i, i + n));
  // On a tie, the language's usual word first (`Prabowo` in Indonesian, `Davenport` in English).
  if (lang.headline?.shortName === 'last') forms.reverse();
  let best: string[] | undefined;
  let most = 0;
  for (const f of forms) {
    const n = names.get(f.join(' ').toLowerCase()) ?? 0;
    if (n > most) [best, most] = [f, n];
  }
  return best;
}

/** Tags of the words a noun phrase's modifiers before its noun may carry. */
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * The subject with the modifiers a tagging slip left before it (`Portugal short-term borrowing | costs`): words
 * joined to it that are adjectives, nouns or names, and a verb form between two of them (`borrowing`), unless a
 * preposition stands before them (`di Jakarta | warga`: the object of a preposition, not part of the subject).
 */
export function wholeSubject<T extends { start: number; end: number; head: number }>(s: Sentence, tags: readonly string[], span: T): T {
  let start = span.start;
  // (Nothing of a noun phrase stands before its determiner, `told AP | the company`, but an owner before a name that
  // opens with one: `Martin Scorsese's The Aviator`.)
  if (tags[start] === 'DET' && /^\p{Ll}/u.test(s.words[start]!.text) && !/['’]s$/u.test(s.words[start - 1]?.text ?? '')) return span;
  // A number inside a name counts as a name word (`SMPN 33 Banjarmasin`).
  const takes = (i: number): boolean =>
    i >= 0 && joined(s, i) && (MODIFIER_TAGS.has(tags[i] ?? '') || ((tags[i] === 'VERB' || (tags[i] === 'NUM' && tags[i + 1] === 'PROPN')) && i > 0 && joined(s, i - 1) && MODIFIER_TAGS.has(tags[i - 1] ?? '')));
  while (takes(start - 1)) start--;
  if (start === span.start) return span;
  if (start > 0 && joined(s, start - 1) && ['ADP', 'NUM', 'DET'].includes(tags[start - 1] ?? '')) return span;
  return { ...span, start };
}

/**
 * The words after a headline's predicate (`rest`, taken from the sentence's words `at`) with each person named as the
 * article names them alone, their titles left out (`Presiden Prabowo Subianto` → `Prabowo`), as editors write a
 * name in a headline; and, for each count of `rest`'s words, how many words of the result they give. Undefined when
 * no name is shortened.
 */
export function namesShortened(
  s: Sentence,
  tags: readonly string[],
  rest: readonly string[],
  at: readonly number[],
  lang: LanguagePack,
  names: ArticleNames,
): { words: string[]; upTo: number[] } | undefined {
  const words: string[] = [];
  const upTo: number[] = [0];
  let changed = false;
  for (let k = 0; k < rest.length; ) {
    // A run of name words (titles among them) that the sentence writes together.
    let m = k;
    while (m < rest.length && tags[at[m]!] === 'PROPN' && rest[m] === s.words[at[m]!]!.text && (m === k || (at[m] === at[m - 1]! + 1 && joined(s, at[m - 1]!)))) m++;
    const run: [number, number] = [at[k]!, at[k]! + (m - k)];
    // (A person the article never names alone is still named without their titles: `Presiden Prabowo Subianto` →
    // `Prabowo Subianto`.)
    const afterTitles = s.words.slice(run[0], run[1]).findIndex((w) => lang.grammar?.titles.has(w.text.toLowerCase()) !== true);
    const named = afterTitles > 0 && run[1] - (run[0] + afterTitles) >= 2 && run[1] - (run[0] + afterTitles) <= 3 ? run[0] + afterTitles : undefined;
    const from = m - k >= 2 ? loneStart(s, run, names.lone, lang) ?? named : undefined;
    // (Only titles before the person, `Presiden`, `Menteri`: not `Bank Indonesia Perry Warjiyo`'s body, nor a place
    // or event the article also writes alone, `Flora London Marathon`; and the titles whole: not `Minister` of
    // `Prime Minister Silvio Berlusconi`.)
    const capitalBefore = run[0] > 0 && joined(s, run[0] - 1) && /^\p{Lu}/u.test(s.words[run[0] - 1]!.text);
    const titled = from !== undefined && from > run[0] && !capitalBefore && s.words.slice(run[0], from).every((w) => lang.grammar?.titles.has(w.text.toLowerCase()) === true);
    const person = from !== undefined && titled ? texts(s, from, run[1]) : undefined;
    const short = person && allNames(person, lang) ? (person.length > 1 ? shortName(person, names.lone, lang) : undefined) ?? person : undefined;
    if (short && short.length < m - k) {
      // (Every cut inside the run gives the whole short name.)
      for (let j = k; j < m; j++) upTo.push(words.length + short.length);
      words.push(...short);
      changed = true;
      k = m;
      continue;
    }
    // (A run not shortened is kept whole: no part of it is a person on its own, `Bank Indonesia Perry Warjiyo`.)
    for (let j = k; j < Math.max(m, k + 1); j++) {
      words.push(rest[j]!);
      upTo.push(words.length);
    }
    k = Math.max(m, k + 1);
  }
  return changed ? { words, upTo } : undefined;
}

/**
 * The speaker of a reporting clause as the sentence names them, up to the verb: the whole office with its person,
 * when the chunker stopped at a conjunction inside it (`Kepala Divisi Hukum | dan Investigasi ICW Wana Alamsyah
 * mengatakan`, `Menteri Kelautan | dan Perikanan Sakti Wahyu Trenggono menyebut`), and past the office's short form
 * in brackets to the person (`Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia mengungkapkan`).
 */
export function speakerSpan<T extends { start: number; end: number; head: number }>(
  s: Sentence,
  tags: readonly string[],
  report: { verb: { start: number; end: number }; speaker: T; position: 'before' | 'after' },
): T {
  let span = report.speaker;
  if (report.position === 'before' && span.end < report.verb.start) {
    let k = span.end;
    // (And past the office's short form in brackets to the person: `Menteri Energi dan Sumber Daya Mineral (ESDM)
    // Bahlil Lahadalia mengungkapkan`, never `Menteri Energi dan Sumber Daya Mineral:` without whom.)
    // (Or set off by commas, `Menteri Koordinator … dan Pembangunan Kewilayahan, Agus Harimurti Yudhoyono (AHY),
    // menyebut`; or a short form of two words, `(Menko PM) Muhaimin Iskandar`.)
    const between = (i: number): boolean => /^(?: +| *\(|\) *,? +|, +)$/u.test(gap(s, i - 1));
    while (k < report.verb.start && between(k) && (tags[k] === 'PROPN' || (tags[k] === 'CCONJ' && tags[k + 1] === 'PROPN'))) k++;
    if (k === report.verb.start) span = { ...span, end: k };
  }
  return span;
}
