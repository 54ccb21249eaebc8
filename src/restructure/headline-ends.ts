/**
 * Where a headline from a clause may end (`endsWell`: after a noun, name or number that its phrase does not go on
 * from) and where another clause opens (`opensClause`), for `clauseHeadlines`; the place a subject names that goes
 * on with it (`namedPhrase`: `Shares in Solidere`); what the subject comes to (`resultClause`); and the places or
 * times a headline too long for a title may leave out of its middle (`middleSpans`).
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { joined, texts } from './headline-subject.js';
import { gap } from './sentence-words.js';

/**
 * Number `i` with the signs glued to it that the words leave out: a currency sign before (`$1bn`, `£20m`, `€5`) and
 * a percent sign after and nothing else (`20%` of `20%.`), or a currency code's sign (`US$` of `US$ 5`); undefined
 * when it has none. A headline without them says another amount.
 */
export function percentOf(s: Sentence, i: number): string | undefined {
  const w = s.words[i]!;
  const after = s.text.slice(w.end - s.start, w.end - s.start + 2);
  const before = w.start > s.start ? s.text[w.start - s.start - 1] ?? '' : '';
  const currency = /^\p{Sc}$/u.test(before) ? before : '';
  const percent = /^%(?:$|[\s.,;:!?)])/u.test(after) ? '%' : '';
  // (A currency's code with its sign before the amount, `US$ 643,8 miliar`: the code keeps its sign.)
  const code = /^\p{Sc} /u.test(after) && /^\p{Lu}{1,3}$/u.test(w.text) ? after[0]! : '';
  return currency || percent || code ? `${currency}${w.text}${percent}${code}` : undefined;
}

/**
 * True for a word that links what follows to the clause (`soal`, `usai`, `after`): a topic or a clause of when or
 * why. A headline never ends on one, and a subject never opens with one.
 */
export function linksOn(lower: string, lang: LanguagePack): boolean {
  return lang.headline?.linkWords.has(lower) === true || lang.headline?.adverbials?.has(lower) === true;
}

/** Tags a headline may end on. */
const END_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'X']);

/**
 * True when a headline may end after word `i`: a noun, name or number that no name word, unit or noun of the same
 * phrase follows (`Prabowo` of `Prabowo Subianto`, `70` of `70 persen`, English `export` of `export controls`), and
 * not a word too vague to end on (`hal`).
 */
export function endsWell(s: Sentence, tags: readonly string[], i: number, lang: LanguagePack): boolean {
  // A capitalised word right after a name is part of it, whatever its tag (`Leeds United`).
  const inName = i > 0 && tags[i - 1] === 'PROPN' && joined(s, i - 1) && /^\p{Lu}/u.test(s.words[i]!.text);
  const tag = inName ? 'PROPN' : tags[i] ?? 'X';
  // In a language that puts modifiers after their noun, the noun phrase may end on one (`skema baru`).
  // So may a manner (`bekerja secara profesional`, `… secara profesional dan proporsional`).
  // (Not one before the verb it qualifies: `secara gamblang | menyebut`.)
  const manner = (j: number): boolean => j >= 0 && joined(s, j) && lang.headline?.mannerWords?.has(s.words[j]!.text.toLowerCase()) === true &&
    !(joined(s, i) && ['VERB', 'AUX'].includes(tags[i + 1] ?? ''));
  // (Or on one its degree word qualifies, after the noun: `menjaga inflasi sangat penting`.)
  const degree = i > 1 && tags[i - 1] === 'ADV' && joined(s, i - 2) && lang.grammar?.verbGroupWords.has(s.words[i - 1]!.text.toLowerCase()) === true && ['NOUN', 'PROPN'].includes(tags[i - 2] ?? '');
  const modifier = tag === 'ADJ' && lang.modifierPosition === 'after' && i > 0 && joined(s, i - 1) &&
    (['NOUN', 'PROPN'].includes(tags[i - 1] ?? '') || degree || manner(i - 1) || (tags[i - 1] === 'CCONJ' && tags[i - 2] === 'ADJ' && joined(s, i - 2) && manner(i - 3)));
  if (!END_TAGS.has(tag) && !modifier) return false;
  const lower = s.words[i]!.text.toLowerCase();
  // (Nor a word that links what follows, whatever its tag: `Menjadi Perbincangan | usai`, `soal`.)
  if (linksOn(lower, lang)) return false;
  // (A modifier after its noun may be a function word elsewhere: `nama baik`, `tahun lalu`; not one that governs
  // what follows it, a preposition the tagger called a modifier: `pengingat bagi/ADJ | kita`.)
  const governs = joined(s, i) && ['PRON', 'NOUN', 'PROPN', 'NUM'].includes(tags[i + 1] ?? '') && !lang.words.relatives.includes(s.words[i + 1]?.text.toLowerCase() ?? '');
  // (A capitalised name inside the sentence is no function word, whatever it spells, where its phrase ends: `5 May`,
  // `protection in US.`; not `first US carrier`, nor `US and Canada`.)
  const named = tag === 'PROPN' && i > 0 && /^\p{Lu}/u.test(s.words[i]!.text);
  // (A number written as a word at the end of its phrase is one too, though a stopword or generic word list holds
  // it, `dari lantai empat`; where numbers follow what they count, as modifiers do: an English `wears two` is a
  // phrase cut short.)
  const spelled = tag === 'NUM' && !joined(s, i) && lang.modifierPosition === 'after';
  if (lang.stopwords.has(lower) && (!modifier || governs) && (!named || (joined(s, i) && tags[i + 1] !== 'ADP')) && !spelled) return false;
  // A generic word says nothing at the end (`hal`), except as a number's unit (`Rp 20 triliun`, `70 persen`).
  // (Nor a month after its preposition, which dates the news: `UK house prices dip in November`; a weekday, one of
  // the language's time words, does not.)
  const dated = tag === 'PROPN' && tags[i - 1] === 'ADP' && i > 0 && joined(s, i - 1) && lang.grammar?.timeWords?.has(lower) !== true;
  // (An amount the tagger took for a noun is a number all the same: `Rp11 | miliar`.)
  const counted = i > 0 && joined(s, i - 1) && (tags[i - 1] === 'NUM' || /\d/u.test(s.words[i - 1]!.text));
  // (Nor the unit of a rate: `619.000 barel per hari`.)
  const rate = i > 1 && lang.headline?.rates?.has(s.words[i - 1]!.text.toLowerCase()) === true && s.words.slice(Math.max(0, i - 4), i - 1).some((w) => /\d/u.test(w.text));
  if (lang.genericWords?.has(lower) === true && !counted && !dated && !spelled && !rate) return false;
  // A possessive owns what follows (`Labour Party's`).
  if (/['’]s?$/u.test(lower)) return false;
  // A currency's code goes on into its sign and amount (`US$ 15 miliar`).
  if (/^\p{Sc}/u.test(s.text.slice(s.words[i]!.end - s.start))) return false;
  // A number or amount goes on (`Rp11 miliar`, `4.000 hektar`).
  if (tags[i + 1] === 'NUM' && joined(s, i)) return false;
  // A number with its unit or sign right after it (`0,7%`, `4 atau 5`) ends only with them.
  if (tag === 'NUM') {
    // (Nor before the name it dates or counts, `5 | May`, nor before its unit, `250 | kW`, `500 | cc`.)
    if (joined(s, i) && tags[i + 1] === 'PROPN' && /^\p{Lu}/u.test(s.words[i + 1]!.text)) return false;
    if (joined(s, i) && /^(?=.*\p{Ll})\p{L}{1,3}$/u.test(s.words[i + 1]!.text) && ['NOUN', 'PROPN', 'X', 'SYM'].includes(tags[i + 1] ?? '') && !lang.stopwords.has(s.words[i + 1]!.text.toLowerCase())) return false;
    const w = s.words[i]!;
    const after = s.text.slice(w.end - s.start, w.end - s.start + 1);
    // (`20%` ends a headline with its sign, which the words leave out: `percentOf` puts it back.)
    if (after !== '' && !/[\s.,;:!?)]/u.test(after) && percentOf(s, i) === undefined) return false;
  }
  const following = s.words[i + 1]?.text.toLowerCase();
  // An amount goes on into its unit, whatever the tagger made of a range (`800-850 | hektare`), and into the other
  // end of a range or a pair (`19 | sampai 23%`, `0,01 persen | hingga 0,88 persen`).
  const amount = /\d/u.test(s.words[i]!.text) || (i > 0 && /\d/u.test(s.words[i - 1]!.text) && lang.grammar?.classifiers.has(lower) === true);
  if (amount && joined(s, i) && lang.grammar?.classifiers.has(following ?? '') === true) return false;
  // (And through a rate, `Rp 5 ribu | per suara`, `24 frames | per second`, which `biaya transportasi per orang` is not.)
  const counts = /\d/u.test(s.words[i]!.text) || tag === 'NUM' || counted;
  if (counts && joined(s, i) && lang.headline?.rates?.has(following ?? '') === true) return false;
  if (amount && joined(s, i) && joined(s, i + 1) && /^\p{Ll}+$/u.test(s.words[i + 1]?.text ?? '') && /\d/u.test(s.words[i + 2]?.text ?? '')) return false;
  // A lone noun after its copula or `as` says nothing while the sentence goes on to say which (`tercatat sebagai
  // negara | dengan …`, `merupakan wujud | dari …`).
  const before = i > 0 && joined(s, i - 1) ? s.words[i - 1]!.text.toLowerCase() : '';
  const predicative = lang.words.copulas.includes(before) || lang.headline?.secondComplement?.markers?.has(before) === true;
  // (A role is whole: `menetapkan 8 orang sebagai tersangka | dalam …`.)
  const role = lang.grammar?.titles.has(lower) === true;
  if (tag === 'NOUN' && predicative && !role && joined(s, i) && (tags[i + 1] === 'ADP' || lang.words.relatives.includes(following ?? ''))) return false;
  // (Nor a noun owned by something said before, what the subject is: `Gaya Hidup Menjadi | Penyebabnya`, whose cause
  // the sentence before says. One the subject owns stays: `Kakak Kylie Ungkapkan Kebahagiaannya`.)
  if (tag === 'NOUN' && predicative && lang.headline?.pointingSuffix?.test(s.words[i]!.text) === true && !(joined(s, i) && ['NOUN', 'PROPN'].includes(tags[i + 1] ?? ''))) return false;
  // `di depan`, `at the front`, `the result` of `the result of …`: the phrase needs what follows.
  // (Even across a bracket: `Pasal 6 ayat (1)`.)
  if (following !== undefined && lang.headline?.needComplement.has(lower) === true) return false;
  if (following !== undefined && joined(s, i) && lang.headline?.continuations.has(following) === true) return false;
  // (Nor a noun whose own predicate follows, `berharap pengguna jalan | makin disiplin`: the clause it opens is the news.)
  if (following !== undefined && joined(s, i) && tag !== 'NUM' && lang.headline?.predicateWords?.has(following) === true) return false;
  if (!joined(s, i)) return true;
  if (lang.headline?.measures?.has(following ?? '') === true) return true;
  // (A word that opens a clause of when or why, a verb after it, is no part of the phrase, whatever its tag: `tak
  // panik | pasca/NOUN menuai …`.)
  if (following !== undefined && lang.headline?.adverbials?.has(following) === true && ['VERB', 'AUX'].includes(tags[i + 2] ?? '')) return true;
  const next = tags[i + 1];
  if (tag === 'PROPN' && next === 'PROPN') return false;
  // A capitalised word next is part of the same name (`North American`).
  if ((tag === 'PROPN' || (i > 0 && /^\p{Lu}/u.test(s.words[i]!.text))) && /^\p{Lu}/u.test(s.words[i + 1]?.text ?? '')) return false;
  // (`18 Oktober`: a day goes on into its month, which the language's generic words hold; `Juara 1 | Mandaya
  // Awards` may end on its number.)
  const month = next === 'PROPN' && lang.genericWords?.has(following ?? '') === true;
  // (A year that closes a name is no amount before its unit: `Mandaya Awards 2025 | kategori …`.)
  const year = /^(?:19|20)\d\d$/u.test(lower) && i > 0 && tags[i - 1] === 'PROPN' && joined(s, i - 1);
  if (tag === 'NUM' && ((next === 'NOUN' && !year) || next === 'NUM' || next === 'SYM' || month)) return false;
  // The noun phrase goes on: a noun after it (`rapat dewan gubernur`, `export controls`), or in a language that puts
  // modifiers after their noun, a modifier (`bawang merah`).
  // (Except an act named by a noun made from a verb, that another such noun qualifies: `pelatihan | penggunaan layar`.)
  // (Not one after a conjunction, whose act needs what it is of: `pengurangan emisi dan peningkatan | pemantauan`.)
  const act = lang.headline?.actNominal;
  const conjoined = i > 0 && tags[i - 1] === 'CCONJ';
  if (next === 'NOUN' && !year && !(act && tag === 'NOUN' && act.test(lower) && act.test(following ?? '') && !conjoined)) return false;
  // Two acts that share what they are of end only with it: `perlindungan | dan perawatan kulit sensitif`.
  if (act && act.test(lower) && next === 'CCONJ' && act.test(s.words[i + 2]?.text.toLowerCase() ?? '')) return false;
  if (next === 'ADJ' && lang.modifierPosition === 'after') return false;
  // (Where modifiers come first, one that a noun or another modifier follows opens the rest of the phrase: `its UK
  // chief/ADJ executive/ADJ William Morrow`.)
  // (Not one that opens a time: `federal budget | next February`.)
  const time = lang.headline?.timeOpeners?.has(following ?? '') === true && lang.genericWords?.has(s.words[i + 2]?.text.toLowerCase() ?? '') === true;
  if (next === 'ADJ' && lang.modifierPosition !== 'after' && joined(s, i + 1) && ['NOUN', 'PROPN', 'ADJ'].includes(tags[i + 2] ?? '') && !time) return false;
  // (Nor a noun a last word the tagger called a modifier follows before the clause ends, which is the phrase's head:
  // `its petrochemicals subsidiary/ADJ.`)
  if (next === 'ADJ' && lang.modifierPosition !== 'after' && tag === 'NOUN' && !joined(s, i + 1) && /^\s*[.,;:!?]?\s*$/u.test(gap(s, i + 1))) return false;
  // (And a name after a common noun is its modifier or owner there: `kategori Kabupaten`, `pelaku pembunuhan Riky`;
  // elsewhere the name the noun stands before: `wine company Chalone`, not on a day: `talks Monday`.)
  if (next === 'PROPN' && tag === 'NOUN' && (lang.modifierPosition === 'after' || (/^\p{Lu}/u.test(s.words[i + 1]!.text) && lang.grammar?.timeWords?.has(following ?? '') !== true))) return false;
  return true;
}

/**
 * True when a headline too long for a title may end at word `i` inside a noun phrase, in a language that puts
 * modifiers after their noun, so that what is left still heads the phrase (`Tetapkan Lima Tersangka Kasus Dugaan
 * Korupsi | Pengadaan Makan dan Minum …`): a common noun after another, before a third; not an act that needs what
 * it is of (`pengadaan`), a noun that holds what follows (`containers`), a word that needs a complement, a generic or
 * function word or one that links a phrase (`soal`), nor before a name.
 */
export function trimsWell(s: Sentence, tags: readonly string[], i: number, lang: LanguagePack): boolean {
  if (lang.modifierPosition !== 'after' || i < 1 || !joined(s, i - 1) || !joined(s, i)) return false;
  const lower = s.words[i]!.text.toLowerCase();
  // (Or on what a number counts, not its unit: `dua tersangka | perkara dugaan korupsi`.)
  const counted = tags[i - 1] === 'NUM' && lang.grammar?.classifiers.has(lower) !== true;
  if ((tags[i - 1] !== 'NOUN' && !counted) || tags[i] !== 'NOUN' || tags[i + 1] !== 'NOUN' || /^\p{Lu}/u.test(s.words[i + 1]!.text)) return false;
  // (Nor inside an amount's unit: `3,5 bagian per | juta`.)
  if (lower.length < 4 || tags[i - 2] === 'NUM') return false;
  // (Nor on a noun that holds what follows: `kasus | pelecehan murid`, `proyek | pembangunan masjid`.)
  return !lang.stopwords.has(lower) && lang.genericWords?.has(lower) !== true && lang.headline?.needComplement.has(lower) !== true &&
    lang.headline?.containers?.has(lower) !== true && lang.headline?.actNominal?.test(lower) !== true && lang.headline?.linkWords.has(lower) !== true;
}

/** Words looked ahead for a subordinator's verb (twice as far across noun phrases alone). */
const CLAUSE_LOOKAHEAD = 5;

/** Tags of the words of a clause's subject, coordinated noun phrases included. */
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PRON']);

/**
 * True when word `i` is a subordinator that opens a clause here (`setelah lehernya digorok`): its verb follows
 * within a few joined words. The same word before a noun phrase alone is a preposition (`setelah rapat`).
 */
export function opensClause(s: Sentence, tags: readonly string[], i: number, lang: LanguagePack): boolean {
  const lower = s.words[i]!.text.toLowerCase();
  if (lang.grammar?.subordinators.has(lower) !== true || lang.headline?.linkWords.has(lower) === true) return false;
  for (let k = i + 1; k <= i + 2 * CLAUSE_LOOKAHEAD && k < s.words.length && joined(s, k - 1); k++) {
    // (A gerund is no clause's verb: `before Christmas with some claiming …`, `after signing`.)
    if ((tags[k] === 'VERB' && lang.headline?.gerund?.(s.words[k]!.text) !== true) || tags[k] === 'AUX') return true;
    // (Further on, only across the subject's noun phrases: `after a booming economy and low interest rates boosted`.)
    if (k >= i + CLAUSE_LOOKAHEAD && !SUBJECT_TAGS.has(tags[k] ?? '')) return false;
  }
  return false;
}

/**
 * The words of a place or origin named right after the subject (which ends before `e`) up to where the clause's verb
 * or an aside begins (`Shares in Solidere, the Lebanese company …, fell`: `in Solidere`; `Kualitas udara di Jakarta
 * masuk …`: `di Jakarta`): the subject's own, said with it. Empty when there is none.
 */
export function namedPhrase(s: Sentence, tags: readonly string[], e: number, verb: number, lang: LanguagePack): string[] {
  if (tags[e] !== 'ADP' || !joined(s, e - 1) || lang.headline?.placeOpeners?.has(s.words[e]!.text.toLowerCase()) !== true) return [];
  let k = e + 1;
  while (k < verb && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tags[k] ?? '') && joined(s, k - 1)) k++;
  const closed = k === verb || (k < s.words.length && !joined(s, k - 1));
  if (!closed || k === e + 1 || tags[k - 1] !== 'PROPN') return [];
  // (A longer phrase names the place by its name alone, what describes it left out: `Shares in Petrel Resources`
  // of `Shares in Irish oil company Petrel Resources`.)
  let name = k - 1;
  // (A capitalised word before is the name's own, whatever its tag: `British/ADJ National/ADJ Party`.)
  while (name > e + 1 && (tags[name - 1] === 'PROPN' || /^\p{Lu}/u.test(s.words[name - 1]!.text))) name--;
  // (Only after a common noun: `Republic of Ireland manager Brian Kerr` is one name, no `Republic of Brian Kerr`.)
  // (Only where modifiers precede their noun: in `di bawah kepemimpinan Presiden Prabowo`, the words before the name are
  // the phrase's head.)
  const from = k - e - 1 <= 3 ? e + 1 : k - name <= 3 && tags[e - 1] === 'NOUN' && lang.modifierPosition === 'before' ? name : -1;
  return from < 0 ? [] : [s.words[e]!.text, ...texts(s, from, k)].filter((w) => lang.headline?.dropDeterminers?.has(w.toLowerCase()) !== true);
}

/**
 * True when the object that opens at word `o` after a reporting verb is no news of its own: a generic word, one that
 * points back (`hubungannya`) or says nothing (`pernyataan`), a subordinator, or a name (a noun phrase that a verb
 * follows is the subject of a clause).
 */
export function vague(s: Sentence, tags: readonly string[], o: number, lang: LanguagePack): boolean {
  const first = (s.words[o]?.text ?? '').toLowerCase();
  return (tags[o] === 'NOUN' && lang.genericWords?.has(first) === true) || lang.headline?.pointers.has(first) === true ||
    lang.headline?.emptyObjects?.has(first) === true || lang.grammar?.subordinators.has(first) === true || tags[o] === 'PROPN' ||
    // (Unless a noun follows it, whose it is: `pentingnya pemerataan pendidikan` points nowhere.)
    (lang.code === 'id' && /nya$/u.test(first) && lang.frequentNouns?.has(first.slice(0, -3)) === true &&
      !(joined(s, o) && ['NOUN', 'PROPN'].includes(tags[o + 1] ?? '')));
}

/**
 * What the subject comes to, opened at `i` by a word of the language's `resultOpeners` and a verb without a subject
 * of its own (`tertipu agen | hingga berakhir diculik di Myanmar`): the opener and its verbs (in the headline
 * register where one has an object: `hingga angkat isu`), their sentence positions, and whether a headline may end
 * after them. Undefined where no such clause opens at `i`.
 */
export function resultClause(s: Sentence, tags: readonly string[], i: number, attested: (word: string) => boolean, lang: LanguagePack): { words: string[]; at: number[]; ends: boolean } | undefined {
  if (lang.headline?.resultOpeners?.has(s.words[i]!.text.toLowerCase()) !== true || !joined(s, i) || tags[i + 1] !== 'VERB') return undefined;
  const words = [s.words[i]!.text];
  const at = [i];
  let v = i + 1;
  while (v < s.words.length && (tags[v] === 'VERB' || tags[v] === 'ADV') && joined(s, v - 1)) {
    const objectAfter = tags[v] === 'VERB' && joined(s, v) && ['NOUN', 'PROPN', 'NUM'].includes(tags[v + 1] ?? '');
    words.push((objectAfter ? lang.headline?.embeddedVerb?.(s.words[v]!.text, attested) : undefined) ?? s.words[v]!.text);
    at.push(v);
    v++;
  }
  return { words, at, ends: tags[v - 1] === 'VERB' && endsWell(s, tags, v - 1, lang) };
}

/**
 * Spans `[a, b)` of a headline's `rest` (its words `at` in the sentence) that one too long for a title may leave
 * out: a place or time in its middle, a preposition of the language's `middlePreps` then only names, numbers and
 * time words (`untuk 2026`, `di Sulawesi Selatan`, `on Tuesday`), with a verb or another preposition of the rest
 * after it.
 */
export function middleSpans(s: Sentence, tags: readonly string[], rest: readonly string[], at: readonly number[], lang: LanguagePack): [number, number][] {
  const preps = lang.headline?.middlePreps;
  if (!preps) return [];
  const time = lang.grammar?.timeWords;
  const out: [number, number][] = [];
  for (let a = 1; a < rest.length - 1; a++) {
    if (tags[at[a]!] !== 'ADP' || !preps.has(rest[a]!.toLowerCase())) continue;
    let b = a + 1;
    const part = (j: number): boolean => ['PROPN', 'NUM'].includes(tags[at[j]!] ?? '') || time?.has(rest[j]!.toLowerCase()) === true;
    while (b < rest.length && at[b] === at[b - 1]! + 1 && joined(s, at[b - 1]!) && part(b)) b++;
    // (Only where the phrase before it ends and the clause goes on, with a verb or a preposition: not `di Ponpes |
    // Binaan Anggota Polri`, one name; nor before whose word it is, `menurut survei`.)
    const next = tags[at[b] ?? -1] ?? '';
    const source = lang.grammar?.attribution?.some((words) => words[0] === rest[b]?.toLowerCase()) === true;
    if (b > a + 1 && b < rest.length && ['VERB', 'AUX', 'ADP'].includes(next) && !source) out.push([a, b]);
  }
  return out;
}
