/**
 * Headlines from the lead's main clause, as a sub-editor writes them: who did what (subject, predicate, object and
 * what completes it), in the language's headline register (`HeadlineRegister`: `Prabowo Teken Perpres …`,
 * `Government announces …`), with the article's own words only. The grammar layer gives the clause; a sentence
 * without one the rules find gives no headline here.
 */
import type { Sentence } from '../document/types.js';
import { grammarOf, type SentenceGrammar } from '../grammar/annotate.js';
import type { MainClause } from '../grammar/clause.js';
import type { LanguagePack } from '../lang/types.js';
import { closed, HEADING_CHARS, type ClauseHeadline } from './clause-headline.js';
import { abbreviate } from './short-forms.js';
import { antecedents, isSpeakerPronoun } from './antecedent.js';
import { leadSentences } from './lead-sentences.js';
import { headlineRest } from './headline-rest.js';
import { existentialHeadlines } from './headline-existential.js';
import { middleSpans, namedPhrase, vague } from './headline-ends.js';
import { afterAttribution, attribution, speakerSuffixes, claimedBy, closingSpeaker, contentOfNoun, quoteAttribution, beforeRelative, directedClause, openingOfApposition, speakerIsDoer } from './headline-speaker.js';
import { joined, namesShortened, subjectVariants, texts, wholeSubject, type ArticleNames } from './headline-subject.js';
import { gap, glued } from './sentence-words.js';
import { apposedName, opensWrong, ownNames, pointsElsewhere } from './subject-fit.js';
import { endsBeforeAdverbial, endsOnParticle, objectAfter, participleReading, withManner } from './headline-verb.js';

export { articleNames, loneNames, type ArticleNames } from './headline-subject.js';
export type { ClauseHeadline } from './clause-headline.js';

/** Ways of naming a subject, each once, in the order first given. */
function distinct(variants: readonly string[][]): string[][] {
  return [...new Map(variants.map((v) => [v.join(' '), v])).values()];
}

/** Fewest words of a headline: `Keuntungan`, `Peristiwa Terjadi` say nothing (a title may ask for fewer). */
const MIN_WORDS = 4;
/**
 * Headline texts from the first `count` sentences of the lead, longest first for each: the clause with more or less
 * of what follows its predicate, each ending on a noun, a name or a number.
 */
export function clauseHeadlines(
  paragraphs: readonly (readonly Sentence[])[],
  lang: LanguagePack,
  attested: (word: string) => boolean,
  count = 2,
  names?: ArticleNames,
  minWords = MIN_WORDS,
): ClauseHeadline[] {
  const out: ClauseHeadline[] = [];
  // (Whom a speaker's pronoun stands for: `Ia menekankan …` after a sentence that names Yusril.)
  const before = antecedents(paragraphs, lang, names);
  // A sentence that is one quotation with its speaker after it gives the quotation's clause, said by the speaker,
  // in a language whose register has a form for it.
  leadSentences(paragraphs, count, lang.headline?.quoteSpeaker !== undefined).forEach(({ sentence: s, index: k, quoted, closedBy }) => {
    const g = grammarOf(s, lang);
    if (!g) return;
    // (The speaker of a quotation over several sentences, named after its last: `Budi:`.)
    const speaker = closedBy ? closingSpeaker(closedBy, lang, names) : undefined;
    if (closedBy && !speaker) return;
    // A directive's speaker and verb are a clause of their own too (`Mendagri mengimbau Pemda agar …`).
    for (const clause of [g.clause, directedClause(s, g.clause, lang)]) if (clause) fromClause(s, k, quoted, g, clause, speaker);
  });
  return out;

  function fromClause(s: Sentence, k: number, quoted: boolean, g: SentenceGrammar, clause: MainClause, speaker?: string[][]): void {
    if (!clause.predicate) return;
    const { predicate } = clause;
    if (quoted && !speaker && (clause.reporting?.position !== 'after' || !clause.reporting.speaker)) return;
    // (A quotation's first sentence says no one's words but its speaker's: nothing of its own reported in it.)
    if (speaker && clause.reporting) return;
    const report = clause.reporting;
    // The reporting verb's words as written, and its last word lowercased (`has denied` → `denied`).
    const reportWords = report ? texts(s, report.verb.start, report.verb.end) : [];
    const sayWord = reportWords[reportWords.length - 1] ?? '';
    const sayLower = sayWord.toLowerCase();
    const existential = lang.headline?.existentials?.has(s.words[predicate.head]?.text.toLowerCase() ?? '') === true;
    const speakerActs = speakerIsDoer(s, g.tags, clause, lang);
    let subject = clause.subject ?? (speakerActs ? report!.speaker : undefined) ?? beforeRelative(s, g.tags, predicate.start, lang);
    // (What a speaker says exists, `Dave mengatakan belum ada rencana …`, is said as a quotation is; the clause rules
    // may have made the speaker its subject, `Said mengatakan ada …`.)
    const speakerSubject = subject !== undefined && report?.speaker !== undefined && subject.start === report.speaker.start && subject.end === report.speaker.end;
    if (existential && (!subject || speakerSubject)) {
      if (!quoted && !speaker) out.push(...existentialHeadlines(s, k, g, clause, lang, attested, minWords, names, before(s)));
      return;
    }
    if (!subject) return;
    if (subject.end > predicate.start) return;
    // Spoken words are loose (`Saya pikir dilaksanakan …`): a quotation gives a headline only when it opens with its
    // subject (`"KPK menjadwalkan …`), or with when (`"Hari ini program MBG sudah …`), and a subject of content
    // words (`Kan jauh beda …` opens with a spoken particle).
    const when = (w: { text: string }): boolean => lang.grammar?.timeWords?.has(w.text.toLowerCase()) === true || lang.headline?.dropDeterminers?.has(w.text.toLowerCase()) === true;
    if (quoted && (!s.words.slice(0, subject.start).every(when) || s.words.slice(subject.start, subject.end).some((w) => lang.stopwords.has(w.text.toLowerCase())))) return;
    // (Nor one that opens with a transition word or a clause opener: `subject-fit.ts`.)
    if (opensWrong(s, subject, lang)) return;
    subject = openingOfApposition(s, g.tags, subject);
    const phrase = namedPhrase(s, g.tags, subject.end, predicate.start, lang);
    // `Hitachi and Matsushita are joining forces`: the clause rules head a coordination by its first member; the
    // headline names both (`Tony Blair and Gordon Brown Agree …`, not `Tony Blair Agrees …`).
    const and = s.words[subject.end]?.text.toLowerCase() === lang.words.and && joined(s, subject.end - 1) && joined(s, subject.end);
    const first = subject;
    const both = and && first.end + 1 < predicate.start && g.tags.slice(first.end + 1, predicate.start).every((t, j) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t) && joined(s, first.end + j));
    if (both) subject = { ...first, end: predicate.start };
    // A negation just before the subject, or just before the predicate, would be left out: the headline would say
    // the opposite (`Bangga Lakukan Penegakan Hukum` of `… tidak bangga melakukan penegakan hukum`).
    const negation = (i: number): boolean => lang.headline?.negations?.has(s.words[i]?.text.toLowerCase() ?? '') === true;
    // (One before a quantifier that opens the subject negates the quantifier, and goes with it: `belum semua target
    // … terpenuhi` → `Belum Semua Target … Terpenuhi`.)
    if (subject.start > 0 && negation(subject.start - 1) && g.tags[subject.start] === 'DET' && joined(s, subject.start - 1)) subject = { ...subject, start: subject.start - 1 };
    const { start: subjectStart, end: subjectEnd } = subject;
    // (A negation inside a relative clause between them is the relative clause's: `dokumen yang tidak bisa dibuka`.)
    if ((subjectStart > 0 && negation(subjectStart - 1)) || (predicate.start > subjectEnd && negation(predicate.start - 1))) return;
    // `Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa akan …`: names between the subject and its predicate are the
    // subject's own (an apposition the chunker left out); a place after its short form may also be left out where the
    // rest would not fit with it (`Pemprov | DKI Jakarta`).
    const apposed = ownNames(s, g.tags, subject, predicate.start, lang);
    const unplaced = apposed?.place === true ? { ...subject } : undefined;
    if (apposed) subject = { ...subject, end: apposed.end };
    // A pronoun (`Kita`, `Dirinya`, `It`) points back into the text: a headline names who.
    // (Unless it is a speaker's opening the sentence, `Ia menekankan …`, `He said …`, with a verb of saying, and the
    // sentences before name whom it stands for; not `Dia melanjutkan polusi udara …`, which goes on saying.)
    const verbLower = s.words[predicate.head]?.text.toLowerCase() ?? '';
    const saying = lang.grammar?.reportingVerbs.has(verbLower) === true || lang.grammar?.complementVerbs.has(verbLower) === true || lang.headline?.attribution?.has(verbLower) === true ||
      (report?.position === 'before' && report.speaker?.start === subject.start);
    // (Nor one the clause rules made the subject of what it says across other words: `Ia memaparkan jika
    // infrastruktur Bali tertinggal …` is not `Koster Tertinggal`.)
    const across = report?.position === 'before' && report.speaker?.start === subject.start && s.words.slice(report.verb.end, predicate.start).some((w) => lang.grammar?.verbGroupWords.has(w.text.toLowerCase()) !== true);
    // (After the words that tie it to the sentence before, `Akan tetapi dia berharap …`, it still opens the sentence.)
    const opens = subject.start <= 3 && s.words.slice(0, subject.start).every((w, i) => ['CCONJ', 'SCONJ', 'ADV'].includes(g.tags[i] ?? '') || lang.words.connectives?.has(w.text.toLowerCase()) === true);
    const standsFor = isSpeakerPronoun(s, subject, lang) && opens && saying && !across ? before(s) : undefined;
    if ((g.tags[subject.head] === 'PRON' && !standsFor) || (!['NOUN', 'PROPN'].includes(g.tags[subject.head] ?? '') && !standsFor)) return;
    // Nor a time, a word that points back, a piece of a name or of glued words (`subject-fit.ts`).
    if (pointsElsewhere(s, g.tags, subject, lang)) return;
    // Nor the first of a list that goes on before the verb (`Andy Garcia, Lucy Liu, … and Jay Leno are among …`): one
    // member alone would do what all do.
    const between = s.text.slice(s.words[subject.end - 1]!.end - s.start, s.words[predicate.start]!.start - s.start);
    const listed = g.tags.slice(subject.end, predicate.start).every((t) => ['PROPN', 'NOUN', 'CCONJ', 'DET', 'ADJ', 'NUM', 'ADV', 'AUX'].includes(t));
    if (/^\s*,/u.test(between) && listed && s.words.slice(subject.end, predicate.start).some((w) => w.text.toLowerCase() === lang.words.and)) return;
    // The subject of a reported clause starts after the reporting verb (`Polisi menyebut DPO …`: `DPO`).
    const reportEnd = report?.position === 'before' && report.verb.end <= subject.start ? report.verb.end : 0;
    const whole = wholeSubject(s, g.tags, subject);
    // `Tercatat Ditjen Imigrasi melakukan …`: an opening adverb the tagger ran into the subject is no part of it.
    const adverb = whole.end - whole.start > 1 && lang.headline?.openingAdverbs?.has(s.words[whole.start]!.text.toLowerCase()) === true;
    const floor = Math.max(reportEnd, adverb ? whole.start + 1 : 0);
    // The ways a headline may name a subject's span, from the floor on.
    const variantsOf = (span: typeof whole): string[][] => subjectVariants(s, g.tags, span.start < floor ? { ...span, start: floor, head: Math.max(span.head, floor) } : span, lang, names);
    // (A coordination is named whole: one of its members alone would do what both do, `Blair Stage Show of Unity`.)
    const named = (v: readonly string[]): boolean => v.some((w) => w.toLowerCase() === lang.words.and);
    // (When the whole is too long to name, the coordination without what stands before it, `Hitachi and Matshushita
    // Electric` of `Consumer electronics giants Hitachi and …`; else its first member as the clause rules give it.)
    let subjects = both ? distinct([...variantsOf(whole), ...variantsOf(subject)].filter(named)) : variantsOf(whole);
    if (unplaced) subjects = distinct([...subjects, ...variantsOf(wholeSubject(s, g.tags, unplaced))]);
    // (A person named between commas before the verb is who the subject is: `Terdakwa …, Bambang Tri Mulyono, mengajukan`.)
    const apposedSpan = report ? undefined : apposedName(s, g.tags, subject, predicate.start, lang);
    if (apposedSpan && !standsFor) subjects = distinct([...variantsOf(apposedSpan), ...subjects]);
    const partial = subjects.length === 0 && both;
    if (partial) {
      subject = first;
      subjects = variantsOf(wholeSubject(s, g.tags, first));
    }
    if (standsFor) subjects = [standsFor];
    if (subjects.length === 0) return;
    // (Each way of naming the subject that ends where it does may go on with the place it names: `Shares in
    // Solidere`; a name of the office's person stays a name.)
    const lastWord = s.words[subject.end - 1]?.text;
    // (The subject alone then only where the whole does not fit: `Shares lose more than 50%` names no one.)
    const placed = subjects.flatMap((v, i) => phrase.length > 0 && v[v.length - 1] === lastWord
      ? [{ words: [...v, ...phrase], name: i > 0 }, { words: v, name: i > 0, whole: [...v, ...phrase] }]
      : [{ words: v, name: i > 0 }]);
    const head = s.words[subject.head]?.text ?? '';
    // A plural head (`Stores`, `children`), a common noun or a capitalised one opening the sentence; or a coordination.
    const headTag = g.tags[subject.head];
    // (A lowercase head is a common noun whatever its tag: `Member/PROPN states/PROPN`.)
    const common = headTag === 'NOUN' || (headTag === 'PROPN' && (subject.head === 0 || /^\p{Ll}/u.test(s.words[subject.head]!.text)));
    const coordinated = s.words.slice(subject.start, subject.end).some((w) => w.text.toLowerCase() === lang.words.and);
    // (An acronym's plural is one whatever its tag: `MPs call for …`, `CEOs warn …`.)
    const plural = coordinated || (common && (lang.headline?.plural?.(head) ?? /[^s]s$/u.test(head))) || (lang.code === 'en' && /^\p{Lu}{2,}s$/u.test(head));
    const verbWords = texts(s, predicate.start, predicate.end);
    // A word that links a phrase (`terkait`, `soal`) is no predicate, whatever its tag: `negara-negara terkait
    // perkebunan sawit` is a noun phrase.
    if (lang.headline?.linkWords.has(s.words[predicate.head]?.text.toLowerCase() ?? '') === true) return;
    // A capitalised verb inside a name is a tagging accident (`England Rugby Union`).
    if (verbWords.some((w) => /^\p{Lu}/u.test(w)) && predicate.start > 0) return;
    // A subject of stray letters (`M.E d`) is a tokenising accident, not a name.
    // (A number's separators are no such accident: `300.000 siswa`; nor is a middle initial, `George W Bush`.)
    const initial = (v: readonly string[], i: number): boolean => /^\p{Lu}$/u.test(v[i]!) && /^\p{Lu}\p{Ll}/u.test(v[i - 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(v[i + 1] ?? '');
    if (subjects[0]!.some((w, i, v) => (/^\p{L}$/u.test(w) && !initial(v, i)) || (w.includes('.') && !/^\d[\d.,]*$/u.test(w)))) return;

    // A copula (`merupakan`, `adalah`) has no headline form of its own: the clause stays as written.
    const copula = verbWords.length === 1 && lang.words.copulas.includes(verbWords[0]!.toLowerCase());
    // (Not what someone is said to hold: `Polisi Sebut Tersangka Merupakan Residivis` reports a judgement.)
    const definition = copula && reportEnd === 0 && lang.headline?.definitionCopulas?.has(verbWords[0]!.toLowerCase()) === true;
    const headLower = (s.words[predicate.head]?.text ?? '').toLowerCase();
    const { o, object, nounObject } = objectAfter(s, g.tags, predicate, headLower, lang);
    // What follows the predicate, to the first break: punctuation, another clause, at most MAX_REST_WORDS words.
    // (A possessive in it stays where it points to the subject: `McLetchie resigns from his post`.)
    const poss = lang.headline?.possessives;
    // (A name's: a firm's or a team's, `its`, `their`; a person's only where the article names them alone and writes
    // that possessive most: never `Brown seems haunted by her eyes`, nor `Lib Dems to look at his plans`.)
    const person = names?.possessive !== undefined && names.lone.has(head.toLowerCase()) ? [names.possessive] : [];
    const owners = new Set(!poss || copula ? [] : plural ? poss.plural : headTag === 'PROPN' ? [...poss.thing, ...poss.plural, ...person] : headTag === 'NOUN' ? poss.thing : []);
    const { rest, at: restAt, ends, trims, clauseFollows, embedded, predicateSeen, stop, adjective } = headlineRest(s, g.tags, predicate, clause.object, headLower, attested, lang, owners);
    // (`is likely to name`: the register's form of a copula before an adjective that takes an act, `likely to name`.)
    // (A participle with its agent is passive; one that opens an aside is no predicate: `headline-verb.ts`.)
    const { passive, aside } = participleReading(s, g.tags, predicate, verbWords, headLower, lang);
    if (aside) return;
    const group = copula && !adjective ? verbWords : lang.headline?.verbGroup(verbWords, { passive, plural, attested, object, partial, adjective });
    if (group === null) return;
    // (Nor is the content of a noun the speaker's verb takes: `The MP had denied a claim that he was paid …`.)
    if (contentOfNoun(s, g.tags, clause, subject, lang)) return;
    const claim = report ? claimedBy(s, g.tags, report, subject, predicate, { plural, attested }, lang) : [];
    // (With the words between the subject and the verb that limit what it says: `Hanya Dapat Dilaporkan`.)
    // (Not a name's word that spells one: `Tahun Baru`.)
    const limits = texts(s, subject.end, predicate.start).filter((w) => /^\p{Ll}/u.test(w) && lang.headline?.limiters?.has(w.toLowerCase()) === true);
    const verb = [...claim, ...limits, ...(group ?? verbWords)];
    // A verb that takes a clause (`believes`, `mengatakan`) with its clause cut off leaves the news out: `Finnan
    // Believes Republic of Ireland` is the subject of what he believes, not his object.
    const g2 = lang.grammar;
    if (clauseFollows && !predicateSeen && g2 && (g2.complementVerbs.has(headLower) || g2.reportingVerbs.has(headLower))) return;
    // A reporting verb as the predicate (`mengatakan bahwa …`): who spoke, not the news; unless a noun phrase alone
    // follows it, which is then the news (`Gus Ipul Sampaikan Tiga Mandat Prioritas`, `Akademisi Nilai Positif …`).
    if (g2?.complementisers.has(s.words[predicate.end]?.text.toLowerCase() ?? '') === true) return;
    const vagueObject = vague(s, g.tags, o, lang);
    // (A participle after the words opens no clause the verb reports: `… before Christmas with some claiming …`.)
    const participle = lang.headline?.gerund?.(s.words[stop]?.text ?? '') === true;
    const reported = nounObject && (!clauseFollows || participle) && !embedded && !vagueObject && (participle || !['VERB', 'AUX'].includes(g.tags[stop] ?? '')) && lang.headline?.speechVerbs?.has(headLower) !== true;
    // (A directive goes on with the act it asks for: `Mendagri Imbau Pemda Kendalikan Harga …`.)
    const asksAct = lang.headline?.directives?.verbs.has(headLower) === true && embedded && predicateSeen;
    if (g2?.reportingVerbs.has(headLower) === true && !reported && !asksAct) return;
    // A verb that directs (`meminta badan usaha swasta … menjalin kerja sama`) without the act it asks for says
    // half the news: `Kementerian ESDM Minta Badan Usaha Swasta`.
    const directive = lang.headline?.directives?.verbs.has(headLower) === true;
    // (Only when a relative clause cut the one directed off from the act: `… swasta yang kehabisan stok … menjalin`.)
    const relativeCut = lang.words.relatives.includes(s.words[stop]?.text.toLowerCase() ?? '');
    if (directive && !predicateSeen && relativeCut && g.tags.slice(stop).some((t) => t === 'VERB')) return;
    // A verb ends a headline only when the sentence's clause ends with it (`Gunung Semeru Erupsi`): one whose
    // complement follows (`memutuskan untuk …`) would dangle.
    const next = s.words[predicate.end];
    const after = next ? s.text.slice(s.words[predicate.end - 1]!.end - s.start, next.start - s.start) : '.';
    // (Or before a clause of when or why, where the clause gives no other end: `Shares in UK Coal Fall`, not
    // `Twenty-eight people arrested | after global operation`, which says more; `headline-verb.ts`.)
    const adverbial = endsBeforeAdverbial(s, predicate, subject.end, headLower, copula, lang);
    // (Never an active verb that needs its object: `Pemerintah Tetap Harus Perhitungkan | karena …`.)
    const objectless = !predicate.passive && lang.headline?.needsObject?.(texts(s, predicate.start, predicate.end).map((w) => w.toLowerCase())) === true;
    if ((/[.,;:!?]/u.test(after) || (adverbial && ends.length === 0)) && !ends.includes(0) && !objectless) ends.push(0);
    // (So may a particle that completes an active verb, with the same break after it: `Public trust breaks down |
    // because …`; a passive one says nothing without who did it, `List drawn up`.)
    if (!passive && !predicate.passive && endsOnParticle(s, g.tags, predicate, restAt, lang) && !ends.includes(1)) ends.splice(ends[0] === 0 ? 1 : 0, 0, 1);
    // `Polisi Sebut DPO Selalu Berpindah Tempat`: who says it goes first, with a verb the register keeps.
    const kept = reportEnd > 0 ? attribution(s, g.tags, report!, attested, lang, names, before(s)) : undefined;
    // What a speaker reports with a verb the register has no form for (`Iftitah mengatakan Prabowo memiliki …`) is
    // said as a quotation is (`Iftitah: Prabowo Miliki …`), never given as fact.
    // So is a clause whose speaker the sentence names after it (`Gordon Brown has failed …, Charles Kennedy has
    // said`): `Kennedy: …` where the register puts the speaker first, `…, says Kennedy` where it puts them after.
    // (Not a source a fact is taken from, `according to figures …`: a verb of saying.)
    const saidAfter = !quoted && report?.source !== true && report?.position === 'after' && report.speaker !== undefined;
    const spoken = quoted || saidAfter || (reportEnd > 0 && !kept && lang.headline?.quoteSpeaker !== undefined);
    // (And one a speaker named first reports with a verb of saying, where the register names them only after it:
    // `Mr Prentis said workers did not want to go on strike` → `…, says Prentis`, never the claim as fact.)
    // (Only a speaker right before a verb written as one, `said`: not `both Plaid Cymru | and … said`, nor a headline
    // glued to the text, `New Jobs Added in …`.)
    const saidBefore = reportEnd > 0 && !kept && !quoted && !speaker && lang.headline?.quoteSpeaker === undefined && lang.headline?.speechVerbs?.has(sayLower) === true &&
      report!.speaker !== undefined && report!.speaker.end === report!.verb.start && /^\p{Ll}/u.test(sayWord);
    const suffixes = saidAfter && !lang.headline?.quoteSpeaker ? afterAttribution(s, g.tags, report!, lang, names, before(s)) : saidBefore ? speakerSuffixes(s, g.tags, report!, lang, names, before(s)) : undefined;
    const said = speaker ?? (spoken && !suffixes ? quoteAttribution(s, g.tags, report!, lang, names, before(s)) : kept);
    // (What is said is never given as fact: a speaker the headline cannot name gives no headline; nor does what
    // someone did not say, `has not said job losses would fall`.)
    if ((saidAfter || saidBefore) && !said && !suffixes) return;
    if (reportWords.some((w) => lang.headline?.negations?.has(w.toLowerCase()) === true)) return;
    // (Nor what someone denies, claims or warns of, without them: `Arnesen has denied that Santini resigned over a
    // clash` is no `Santini resigns over clash`.)
    if (reportEnd > 0 && !said && lang.headline?.attribution?.has(sayLower) === true && lang.headline.speechVerbs?.has(sayLower) !== true) return;
    // (A quotation's content is never given as fact: without its speaker, no headline. Reported content whose speaker
    // the headline cannot name stays, weighed down as spoken words are.)
    if (quoted && !said) return;
    // A subject that opens with a word pointing back (`His assassination`) stands on nothing, unless who says it
    // goes first (`MEP says his party …`); so does one a pronoun owns (`Kunjungan mereka`).
    const opener = subjects[0]![0]!.toLowerCase();
    if (!said && (lang.headline?.pointers.has(opener) === true || lang.headline?.collectives?.has(opener) === true || (g.tags.slice(subject.start, subject.end).includes('PRON') && !standsFor))) return;
    const reportedSubjects = [...new Set([subjects[0]!, subjects[subjects.length - 1]!])];
    // Said is said: what the speaker claims is never given as fact (`Prabowo Ajarkan Cara Baru …` of `Gus Ipul
    // menyebut Presiden Prabowo telah mengajarkan …`).
    const variants: { words: string[]; name: boolean; whole?: string[] }[] = said ? said.flatMap((p, j) => reportedSubjects.map((sub, i) => ({ words: [...p, ...sub], name: j + i > 0 }))) : placed;
    // A verb that takes a second complement (`leaves its key rate unchanged`, `menjadikan X sebagai Y`) says half
    // the news without it: only the whole clause ends its headline.
    // (Or an act the predicate takes: `berkomitmen menjadikan pendidikan prasekolah | sebagai …`.)
    const second = lang.headline?.secondComplement;
    const twoPlace = second !== undefined && [predicate.head, ...g.tags.slice(predicate.end, stop).flatMap((t, j) => (t === 'VERB' ? [predicate.end + j] : []))].some((i) => second.verbs.has(s.words[i]?.text.toLowerCase() ?? ''));
    // (Where the language marks the second complement, `sebagai`, a headline may end anywhere after it.)
    const marker = second?.markers ? rest.findIndex((w) => second.markers!.has(w.toLowerCase())) : -1;
    const usable = withManner(s, subject, predicate, restAt, twoPlace ? ends.filter((n) => (marker >= 0 ? n > marker + 1 : n === rest.length && !clauseFollows)) : ends, lang);
    // People after the predicate named as the article names them alone (`Sebut Prabowo Ajarkan …`).
    const shortened = names ? namesShortened(s, g.tags, rest, restAt, lang, names) : undefined;
    // (Who said it, after what they said: `…, says Kennedy`.)
    const closers = suffixes ?? [[]];
    // (Whether the speaker or subject is named from another sentence: one that leans on it, for a pronoun or a
    // quotation that goes on.)
    const resolved = standsFor !== undefined || speaker !== undefined || (report?.speaker !== undefined && isSpeakerPronoun(s, report.speaker, lang) && said !== undefined);
    // (Too long for a title, also without a place or time in its middle: `untuk 2026`.)
    const middles = middleSpans(s, g.tags, rest, restAt, lang);
    // (Whether any way of naming the subject fits the title at one of the clause's own ends.)
    const over = (words: readonly string[], limit = lang.thresholds.title.maxChars): boolean => abbreviate(words, names?.short).join(' ').length > limit;
    const fits = variants.some(({ words: v }) => usable.some((n) => !over([...v, ...verb, ...rest.slice(0, n)])));
    // (A subject of common words only: no name, short form or number in it, and no one a pronoun stands for.)
    const vagueSubject = !standsFor && !g.tags.slice(whole.start, whole.end).some((t) => t === 'PROPN' || t === 'NUM') &&
      !s.words.slice(whole.start, whole.end).some((w, j) => /\d|\p{Lu}.*\p{Lu}/u.test(w.text) || (whole.start + j > 0 && /^\p{Lu}/u.test(w.text)));
    variants.forEach(({ words: subjectText, name, whole: named }) => {
      const base = [...subjectText, ...verb];
      const long = (after: readonly string[]): boolean => over([...base, ...after]);
      // (Too long at every end: the longest that fits inside the object's noun phrase, `Tetapkan Lima Tersangka Kasus
      // Dugaan Korupsi`.)
      // (Never inside a pair the article writes as one, `suku | bunga`.)
      const trimmed = twoPlace || fits ? [] : trims.filter((n) => !long(rest.slice(0, n)) && names?.pairs?.has(`${rest[n - 1]!.toLowerCase()} ${s.words[restAt[n - 1]! + 1]?.text.toLowerCase()}`) !== true).slice(-1);
      for (const n of [...new Set([...usable, ...trimmed])].sort((x, y) => y - x)) {
        // (Where the whole fits the shortest room a headline is built for, a subheading's.)
        if (named && !over([...named, ...verb, ...rest.slice(0, n)], HEADING_CHARS.max)) continue;
        const whole = (shortened ? [rest.slice(0, n), shortened.words.slice(0, shortened.upTo[n])] : [rest.slice(0, n)]).flatMap((a) => closers.map((c) => closed(a, c)));
        const cut = middles.filter(([, b]) => b < n && long(rest.slice(0, n))).map(([a, b]) => closers.map((c) => closed([...rest.slice(0, a), ...rest.slice(b, n)], c))).flat();
        for (const after of [...whole, ...cut]) {
          const words = abbreviate([...base, ...after], names?.short);
          if (words.length >= minWords && !words.some(glued)) out.push({ text: words.join(' '), name, complete: n === rest.length && !clauseFollows, rest: n, sentence: k, copula, ...(definition ? { definition: true as const } : {}), ...(vagueSubject ? { vague: true as const } : {}), ...(spoken ? { quoted: true as const } : {}), ...(spoken && !quoted ? { reported: true as const } : {}), ...(resolved ? { resolved: true as const } : {}), ...(trimmed.includes(n) && !usable.includes(n) ? { trimmed: true as const } : {}) });
        }
      }
    });
  }
}
