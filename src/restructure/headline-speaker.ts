/**
 * Who says it and who does it, where the clause rules leave them out: the speaker and reporting verb a headline keeps
 * before a reported clause (`Polisi Sebut …`), and a subject a relative clause separates from its predicate.
 */
import type { Sentence } from '../document/types.js';
import { grammarOf } from '../grammar/annotate.js';
import type { MainClause } from '../grammar/clause.js';
import type { LanguagePack } from '../lang/types.js';
import { isSpeakerPronoun } from './antecedent.js';
import { joined, speakerSpan, subjectVariants, texts, type ArticleNames } from './headline-subject.js';

/** The speaker and reporting verb in front of a reported clause, in the headline register; undefined when not kept. */
export function attribution(
  s: Sentence,
  tags: readonly string[],
  report: NonNullable<MainClause['reporting']>,
  attested: (word: string) => boolean,
  lang: LanguagePack,
  names?: ArticleNames,
  antecedent?: readonly string[],
): string[][] | undefined {
  const verbWords = texts(s, report.verb.start, report.verb.end);
  const keep = lang.headline?.attribution;
  // (Its auxiliaries go with it: `has denied` is kept as `denies`.)
  // (Not a negated one: `has not said` reports nothing.)
  if (!report.speaker || keep?.has(verbWords[verbWords.length - 1]!.toLowerCase()) !== true || verbWords.some((w) => lang.headline?.negations?.has(w.toLowerCase()) === true)) return undefined;
  // The speaker right before the verb, opening the sentence or a clause (`Polisi menyebut …`); not the end of a
  // longer office the chunker split (`… Bidang Infrastruktur dan Pembangunan Kewilayahan, Agus Harimurti …`).
  const { start, end, head } = report.speaker;
  // (A short form in brackets may stand between: `Menteri Sosial Saifullah Yusuf (Gus Ipul) menyebut …`.)
  const between = end < report.verb.start ? s.text.slice(s.words[end - 1]!.end - s.start, s.words[report.verb.start]!.start - s.start) : ' ';
  // (A speaker's pronoun, `Ia menegaskan`, as the person it stands for when the sentences before name them.)
  const named = tags[head] === 'PRON' && antecedent !== undefined && isSpeakerPronoun(s, report.speaker, lang);
  if ((tags[head] === 'PRON' && !named) || !/^\s*(?:\([^()]{1,40}\)\s*)?$/u.test(between) || (start > 0 && joined(s, start - 1))) return undefined;
  // The name in brackets is how the article calls them (`Gus Ipul`): it goes first.
  const alias = /^\s*\(([\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,2})\)\s*$/u.exec(between)?.[1]?.split(/\s+/u);
  const speakers = named ? [[...antecedent!]] : [...(alias ? [alias] : []), ...subjectVariants(s, tags, report.speaker, lang, names)];
  const headText = s.words[head]?.text ?? '';
  const plural = tags[head] === 'NOUN' && (lang.headline?.plural?.(headText) ?? /[^s]s$/u.test(headText));
  const verb = lang.headline?.verbGroup(verbWords, { passive: false, plural, attested, object: true });
  if (speakers.length === 0 || !verb) return undefined;
  return speakers.slice(0, 2).map((sp) => [...sp, ...verb]);
}

/**
 * The speaker of a quotation that opens the sentence (`"…," kata Jubir KPK Budi Prasetyo`) in the register's form
 * for it (`Budi Prasetyo: …`); undefined when the speaker is a pronoun or no name the headline can use.
 */
export function quoteAttribution(
  s: Sentence,
  tags: readonly string[],
  report: NonNullable<MainClause['reporting']>,
  lang: LanguagePack,
  names?: ArticleNames,
  antecedent?: readonly string[],
): string[][] | undefined {
  const form = lang.headline?.quoteSpeaker;
  return form ? speakerNames(s, tags, report, lang, true, names, antecedent)?.map(form) : undefined;
}

/**
 * The speaker a sentence that closes a quotation names after it (`… C," kata Jubir KPK Budi Prasetyo.`), in the
 * register's form for a quotation's speaker (`Budi Prasetyo:`); undefined when it names none the headline can use.
 */
export function closingSpeaker(closing: Sentence, lang: LanguagePack, names?: ArticleNames): string[][] | undefined {
  const g = grammarOf(closing, lang);
  const report = g?.clause?.reporting;
  return g && report?.position === 'after' && report.speaker ? quoteAttribution(closing, g.tags, report, lang, names) : undefined;
}

/**
 * What follows a reported clause to say who said it (`says Charles Kennedy`), in the register's form for it
 * (`quoteSpeakerAfter`), in the number the reporting verb shows (`have warned`: `say MPs`); undefined when the
 * register has none or the speaker is a pronoun or no name the headline can use.
 */
export function afterAttribution(
  s: Sentence,
  tags: readonly string[],
  report: NonNullable<MainClause['reporting']>,
  lang: LanguagePack,
  names?: ArticleNames,
  antecedent?: readonly string[],
): string[][] | undefined {
  const sp = report.speaker;
  if (!sp) return undefined;
  // Only a speaker the sentence names after a comma, opening with a word and ending on a noun or name of their own
  // (`…, MPs have warned`; not `… the $27bn Russia …`, nor `the UK's …`).
  let k = sp.start;
  while (k > 0 && tags[k - 1] === 'DET' && joined(s, k - 1)) k--;
  // (Or before the verb, when it comes first: `…, says a report from analysts Gartner`.)
  k = Math.min(k, report.verb.start);
  const gap = k > 0 ? s.text.slice(s.words[k - 1]!.end - s.start, s.words[k]!.start - s.start) : '';
  if (!/,/u.test(gap)) return undefined;
  return speakerSuffixes(s, tags, report, lang, names, antecedent);
}

/**
 * The speaker of a reported clause in the register's form after it (`…, says Prentis`), wherever the sentence
 * names them; undefined when the register has none, or the speaker is a number, an owner or no noun or name.
 */
export function speakerSuffixes(
  s: Sentence,
  tags: readonly string[],
  report: NonNullable<MainClause['reporting']>,
  lang: LanguagePack,
  names?: ArticleNames,
  antecedent?: readonly string[],
): string[][] | undefined {
  const form = lang.headline?.quoteSpeakerAfter;
  const sp = report.speaker;
  if (!form || !sp) return undefined;
  const pronoun = antecedent !== undefined && isSpeakerPronoun(s, sp, lang);
  if (tags[sp.start] === 'NUM' || (!['NOUN', 'PROPN'].includes(tags[sp.head] ?? '') && !pronoun) || /['’]s?$/u.test(s.words[sp.end - 1]!.text)) return undefined;
  const verb = texts(s, report.verb.start, report.verb.end).map((w) => w.toLowerCase());
  const headText = s.words[sp.head]?.text ?? '';
  // (The auxiliary says the number, `have said`; else a common noun's plural or an acronym's, `MPs`.)
  const aux = verb.length > 1 ? lang.headline?.number?.(verb[0]!) : undefined;
  const plural = aux ?? ((tags[sp.head] === 'NOUN' && lang.headline?.plural?.(headText) === true) || /^\p{Lu}{2,}s$/u.test(headText));
  return speakerNames(s, tags, report, lang, false, names, antecedent)?.map((name) => form(name, plural));
}

/**
 * The speaker of a reported clause as a headline names them (`trim`: up to their last capitalised word, as a name
 * before a colon ends), and their person alone when the office is long.
 */
function speakerNames(
  s: Sentence,
  tags: readonly string[],
  report: NonNullable<MainClause['reporting']>,
  lang: LanguagePack,
  trim: boolean,
  names?: ArticleNames,
  antecedent?: readonly string[],
): string[][] | undefined {
  // (A speaker's pronoun as the person it stands for: `Yusril: …` of `Ia menekankan …`.)
  if (antecedent !== undefined && isSpeakerPronoun(s, report.speaker, lang)) return [[...antecedent]];
  // (Nor one a pronoun owns: `its co-chairman`.)
  if (!report.speaker || tags.slice(report.speaker.start, report.speaker.end).includes('PRON')) return undefined;
  // The speaker as the article introduces them (`Kapolres Cilacap AKP Sumanto`): a shorter variant cut from an office
  // and a place (`Cilacap AKP Sumanto`) names no one; the article's short name replaces it later (`abbreviate`).
  // (The whole office with its person up to the verb, when the chunker stopped at a conjunction inside it: `Kepala
  // Divisi Hukum | dan Investigasi ICW Wana Alamsyah mengatakan`.)
  const span = speakerSpan(s, tags, { ...report, speaker: report.speaker });
  const variants = subjectVariants(s, tags, span, lang, names);
  const found = variants[0];
  // (A name ends at its last capitalised word: `Prabowo` of `Prabowo mulanya menjelaskan …`.)
  // (Not at an owner's name: `UK's financial watchdog` stays whole.)
  const last = found ? found.findLastIndex((w) => /^\p{Lu}/u.test(w)) : -1;
  const speaker = trim && found && /^\p{Lu}/u.test(found[0]!) && !/['’]s?$/u.test(found[last]!) ? found.slice(0, last + 1) : found;
  if (!speaker || speaker.length === 0) return undefined;
  // The person alone too, when the office before them is long (`Wana Alamsyah` of `Kepala Divisi Hukum dan Investigasi
  // ICW Wana Alamsyah`): a name the article's own words end with, not a piece of the office.
  const person = variants.length > 1 ? variants[variants.length - 1]! : undefined;
  const ends = person !== undefined && person.length >= 2 && person.length < speaker.length && person.every((w, i) => w === speaker[speaker.length - person.length + i]);
  // (Or the one word of a long name the article names them by alone: `Yasir` of `Andi Muhammad Yasir Arafat`.)
  // (Of the name's last two words: `Bali` of `Gubernur Bali Wayan Koster` is the office's place.)
  const lone = trim && person !== undefined && person.length === 1 && speaker.length >= 3 && speaker.slice(-2).includes(person[0]!) && names?.lone.has(person[0]!.toLowerCase()) === true;
  return (ends && speaker.length > 3) || lone ? [speaker, person!] : [speaker];
}

/**
 * The subject a relative clause stands between and its predicate (`Masyarakat kurang mampu | yang terdaftar dalam
 * DTSEN | mendapatkan …`), which the clause rules leave out: the noun phrase that opens the sentence, up to `yang`.
 */
export function beforeRelative(s: Sentence, tags: readonly string[], predicateStart: number, lang: LanguagePack): { start: number; end: number; head: number } | undefined {
  const rel = s.words.findIndex((w, i) => i < predicateStart && lang.words.relatives.includes(w.text.toLowerCase()));
  if (rel < 1 || !['NOUN', 'PROPN'].includes(tags[0] ?? '')) return undefined;
  for (let i = 0; i < rel; i++) if (!['NOUN', 'PROPN', 'ADJ', 'ADV', 'NUM'].includes(tags[i] ?? '') || (i < rel - 1 && !joined(s, i))) return undefined;
  return { start: 0, end: rel, head: 0 };
}

/**
 * The noun phrase that opens the sentence when the subject found is a place set off after it by a comma (`Propam
 * Polres Barru, | Sulawesi Selatan (Sulsel) | kini turun tangan …`): the place says where, the opening says who.
 */
export function openingOfApposition<T extends { start: number; end: number; head: number }>(s: Sentence, tags: readonly string[], subject: T): T {
  const { start, end } = subject;
  if (start < 2 || joined(s, start - 1)) return subject;
  const gap = s.text.slice(s.words[start - 1]!.end - s.start, s.words[start]!.start - s.start);
  if (!/^,\s+$/u.test(gap)) return subject;
  // The subject is a name (the place) with its short form in brackets, as Detik writes a province (`Sulawesi Selatan
  // (Sulsel)`; a person after an office, `Manajer Persib, Umuh Muchtar`, has none), and the opening a run of names
  // and nouns with no break in it.
  const after = s.text.slice(s.words[end - 1]!.end - s.start);
  if (!tags.slice(start, end).every((t) => t === 'PROPN') || !/^\s*\([^()]{1,12}\)/u.test(after)) return subject;
  for (let i = 0; i < start; i++) if (!['NOUN', 'PROPN'].includes(tags[i] ?? '') || (i < start - 1 && !joined(s, i))) return subject;
  return { ...subject, start: 0, end: start, head: 0 };
}

/**
 * The clause of a directive's speaker and verb, when the grammar gave the act it asks for as the sentence's clause
 * (`Mendagri Tito mengimbau pemerintah daerah agar mengendalikan harga …`: subject `Mendagri Tito`, predicate
 * `mengimbau`), so that a headline may say who asks whom to do what (`Mendagri Imbau Pemda Kendalikan Harga …`).
 */
export function directedClause(s: Sentence, clause: MainClause | undefined, lang: LanguagePack): MainClause | undefined {
  const report = clause?.reporting;
  const directives = lang.headline?.directives;
  if (!report || report.position !== 'before' || !report.speaker || !directives || report.verb.end - report.verb.start !== 1) return undefined;
  if (!directives.verbs.has(s.words[report.verb.start]!.text.toLowerCase())) return undefined;
  // (Only where the act follows its opener, after the one directed: `mengimbau Pemda agar …`.)
  if (!s.words.slice(report.verb.end + 1).some((w) => directives.openers.has(w.text.toLowerCase()))) return undefined;
  const v = report.verb;
  return { subject: report.speaker, predicate: { start: v.start, end: v.end, head: v.start, passive: false, finite: true } };
}

/**
 * True when the speaker of a reporting clause before the content is the one who acts in it (`Ahok menyatakan akan
 * menanti …`: with no complementiser after the reporting verb, the speaker stands as the content's subject); not
 * before `terdapat`/`ada` (there is), which no one does, nor across a comma (`Said mengatakan dari empat program itu,
 * terdapat …`), nor of a copula, which needs its own subject, nor when someone is named between the verb and the act,
 * whose act it is (`mengingatkan warga … untuk menjaga`, `menekankan kepada para hakim untuk bekerja`).
 */
export function speakerIsDoer(s: Sentence, tags: readonly string[], clause: MainClause, lang: LanguagePack): boolean {
  const { predicate, reporting: report } = clause;
  if (!predicate || report?.position !== 'before' || report.speaker === undefined) return false;
  const nextWord = s.words[report.verb.end]?.text.toLowerCase() ?? '';
  const headLower = s.words[predicate.head]?.text.toLowerCase() ?? '';
  const existential = lang.headline?.existentials?.has(headLower) === true;
  const acrossComma = report.verb.end < predicate.start && /,/u.test(s.text.slice(s.words[report.verb.end - 1]!.end - s.start, s.words[predicate.start]!.start - s.start));
  const copulaHead = lang.words.copulas.includes(headLower);
  // (Not a noun inside an adverbial: `menyebut hingga akhir tahun ini menargetkan …`.)
  const between = tags.slice(report.verb.end, predicate.start);
  const addressee = between.findIndex((t) => t === 'NOUN' || t === 'PROPN');
  const asked = s.words.slice(report.verb.end, predicate.start).some((w) => lang.headline?.directives?.openers.has(w.text.toLowerCase()) === true);
  const addressed = (addressee >= 0 && !between.slice(0, addressee).some((t) => t === 'ADP' || t === 'SCONJ')) || asked;
  return lang.grammar?.complementisers.has(nextWord) !== true && !existential && !acrossComma && !copulaHead && !addressed;
}

/**
 * True when the speaker is made the subject of the content clause of a noun their verb takes: `The MP had denied a
 * claim that he was paid …` is never `MP paid …`.
 */
export function contentOfNoun(s: Sentence, tags: readonly string[], clause: MainClause, subject: { start: number }, lang: LanguagePack): boolean {
  const report = clause.reporting;
  if (report?.position !== 'before' || report.speaker?.start !== subject.start || !clause.predicate) return false;
  for (let k = report.verb.end; k < clause.predicate.start; k++) {
    if (tags[k - 1] === 'NOUN' && lang.grammar?.complementisers.has(s.words[k]!.text.toLowerCase()) === true) return true;
  }
  return false;
}

/**
 * `Sergei mengaku menjadi korban …`: what the speaker says of themselves, with no subject of its own, keeps the verb
 * that says it where the register has a form for it (`Sergei Mengaku Menjadi Korban`), never given as fact; with a
 * modal the tagger left out of the verb group (`Bobby Mengaku Bakal …`, never `Mengaku Mengecek`). Empty otherwise.
 */
export function claimedBy(
  s: Sentence,
  tags: readonly string[],
  report: NonNullable<MainClause['reporting']>,
  subject: { start: number },
  predicate: { start: number },
  info: { plural: boolean; attested: (w: string) => boolean },
  lang: LanguagePack,
): string[] {
  const own = report.position === 'before' && report.speaker !== undefined && subject.start === report.speaker.start && report.verb.end - report.verb.start === 1 &&
    report.verb.end <= predicate.start && tags.slice(report.verb.end, predicate.start).every((t, j) => t === 'ADV' || t === 'AUX' || t === 'PART' || lang.grammar?.verbGroupWords.has(s.words[report.verb.end + j]!.text.toLowerCase()) === true);
  const sayWord = texts(s, report.verb.start, report.verb.end).at(-1) ?? '';
  const sayLower = sayWord.toLowerCase();
  const claims = lang.headline?.attribution?.has(sayLower) === true || lang.headline?.claimVerbs?.has(sayLower) === true;
  if (!own || !claims) return [];
  const verb = lang.headline!.verbGroup([sayWord], { passive: false, plural: info.plural, attested: info.attested, object: lang.headline?.claimVerbs?.has(sayLower) !== true }) ?? [sayWord];
  return [...verb, ...texts(s, report.verb.end, predicate.start).filter((w) => lang.grammar?.verbGroupWords.has(w.toLowerCase()) === true)];
}

