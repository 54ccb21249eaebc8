/**
 * What a clause headline says after its predicate (`clauseHeadlines`): the words up to the first break (punctuation,
 * a relative clause, another clause, at most MAX_REST_WORDS words), through a clause the predicate takes (`pastikan
 * tidak akan impor garam`, `benarkan bupati terjaring OTT`), an act a verb directs or a noun takes, a purpose
 * with its verb (`untuk jaga daya beli`) and what the subject comes to (`hingga berakhir diculik`); with the places
 * where the headline may end.
 */
import type { Sentence } from '../document/types.js';
import type { MainClause } from '../grammar/clause.js';
import type { LanguagePack } from '../lang/types.js';
import { endsWell, opensClause, percentOf, resultClause, trimsWell } from './headline-ends.js';
import { conversionAfter, quotedStep } from './quoted-words.js';
import { joined } from './headline-subject.js';
import { gap } from './sentence-words.js';
import { acrossBracket, askedLater } from './headline-brackets.js';
import { throughRelative } from './headline-relative.js';

/** Most words after the predicate. */
const MAX_REST_WORDS = 9;

/** Tags that open another clause after the object: the headline stops before them. */
const STOP_TAGS = new Set(['VERB', 'AUX', 'SCONJ', 'PRON']);

export interface HeadlineRest {
  /** The words, in the headline register where it has forms for them. */
  rest: string[];
  /** The sentence's word each of `rest` is. */
  at: number[];
  /** Counts of `rest`'s words the headline may end after (0: right after the predicate). */
  ends: number[];
  /** Counts it may end after inside a noun phrase, when it is too long at every end (`trimsWell`). */
  trims: number[];
  /** Another clause follows where the words stop: the headline says less than the sentence. */
  clauseFollows: boolean;
  /** The words go on into a clause the predicate takes. */
  embedded: boolean;
  /** That clause's own predicate is among the words. */
  predicateSeen: boolean;
  /** The index of the sentence's word after the last one looked at. */
  stop: number;
  /** The words open with an adjective that takes an act (`set to leave`): a verb group of `is` alone says nothing. */
  adjective: boolean;
}

/** True when word `i` is one of `owners`, a possessive determiner, before the noun phrase it owns (`his post`). */
function possessive(s: Sentence, tags: readonly string[], i: number, owners: ReadonlySet<string>): boolean {
  return owners.has(s.words[i]!.text.toLowerCase()) && joined(s, i) && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tags[i + 1] ?? '');
}

/**
 * The words after a clause's predicate (`headLower`, its head lowercased; `object`, the clause's object) that a
 * headline may take; `owners`, the possessives that point to the headline's subject.
 */
export function headlineRest(
  s: Sentence,
  tags: readonly string[],
  predicate: NonNullable<MainClause['predicate']>,
  object: MainClause['object'],
  headLower: string,
  attested: (word: string) => boolean,
  lang: LanguagePack,
  owners: ReadonlySet<string> = new Set(),
): HeadlineRest {
  const drop = lang.headline?.dropDeterminers;
  const rest: string[] = [];
  const restAt: number[] = [];
  const ends: number[] = [];
  const trims: number[] = [];
  let clauseFollows = false;
  let embedded = false;
  let predicateSeen = false;
  // The embedded clause was opened by a negation or a modal (`pastikan tidak akan …`): its next word is its verb.
  let opened = false;
  let directed = false;
  // The act a directive asks for, where no opener stands before it (-1: none).
  let act = -1;
  let adjective = false;
  // The clause was opened by a modal after a verb that takes the next one (`terancam | bakal molor`).
  let raisedModal = false;
  let stop = predicate.end;
  // Where in `rest` the last prepositional phrase began (-1: none yet).
  let lastAdp = -1;
  // The word after an amount's conversion in brackets (`a £1.5m ($2.8m) bid`), where the words go on past it.
  let resume = -1;
  const control = lang.headline?.control;
  const raising = lang.headline?.raising;
  // (Whether a verb follows word `j`: an opener of an act, `ordered to | pay`.)
  const actAfter = (j: number): boolean => joined(s, j) && tags[j + 1] === 'VERB';
  for (let i = predicate.end; i < s.words.length && rest.length < MAX_REST_WORDS; i++, stop = i) {
    const converted = conversionAfter(s, i - 1);
    if (converted > 0 && restAt[restAt.length - 1] === i - 1) {
      resume = converted;
      i = converted - 1;
      continue;
    }
    // Words in quotation marks go on the phrase (`quotedStep`).
    const q = quotedStep(s, i, predicate.end, restAt, lang);
    if (q) {
      rest.push(...q.words);
      restAt.push(...q.at);
      if (q.end) ends.push(rest.length);
      resume = q.resume;
      i = q.resume - 1;
      continue;
    }
    // (Adjectives a comma coordinates before their noun are one modifier: `a new, low-cost Macintosh computer`.)
    const adjectives = tags[i - 1] === 'ADJ' && tags[i] === 'ADJ' && restAt[restAt.length - 1] === i - 1 && joined(s, i) &&
      /^, $/u.test(s.text.slice(s.words[i - 1]!.end - s.start, s.words[i]!.start - s.start));
    if (i > predicate.end && i !== resume && !joined(s, i - 1) && !adjectives) {
      const step = acrossBracket(s, tags, i, headLower, lang, { directed, embedded, contiguous: restAt[restAt.length - 1] === i - 1 });
      if (step.end && !ends.includes(rest.length)) ends.push(rest.length);
      if (step.resume < 0) break;
      if (step.asked) {
        directed = true;
        act = step.resume;
      }
      resume = step.resume;
      i = step.resume - 1;
      continue;
    }
    const tag = tags[i] ?? 'X';
    const lower = s.words[i]!.text.toLowerCase();
    // A relative clause (`pajak yang dikemplang …`) qualifies the phrase before it: the headline may end there.
    // (Not before one of a lone modifier, which says what the phrase is, `adaptasi sekolah yang buruk`: it goes with
    // the phrase, or the headline says the opposite.)
    if (lang.words.relatives.includes(lower)) {
      const m = throughRelative(s, tags, i, rest, restAt, ends, headLower, lang);
      if (m < 0) break;
      for (let j = i; j < m; j++) {
        rest.push(s.words[j]!.text);
        restAt.push(j);
      }
      ends.push(rest.length);
      i = m - 1;
      continue;
    }
    // So does a possessive past the object that points elsewhere in the text (`visits school with her daughter` in a
    // headline about Brown).
    const poss = lang.headline?.possessives;
    if (poss && i > predicate.end && !owners.has(lower) && (poss.person.has(lower) || poss.thing.has(lower) || poss.plural.has(lower)) && possessive(s, tags, i, new Set([lower]))) break;
    // `Minta agar kepala daerah menerbitkan …`: after a verb that directs, the headline leaves the opener out and
    // goes on through the clause (`KPK Minta Kepala Daerah Terbitkan SE`).
    // (Any verb, where the register says so, with a verb after the opener: `ordered to pay`.)
    const controlled = (control?.verbs.has(headLower) === true || (control?.open === true && control.closed?.has(headLower) !== true && actAfter(i))) && control.openers.has(lower);
    // (So does an adjective right after the predicate: `is poised to join`, kept with its opener.)
    if (i === predicate.end && control?.open === true && tag === 'ADJ' && joined(s, i) && control.openers.has(s.words[i + 1]?.text.toLowerCase() ?? '') && actAfter(i + 1)) {
      adjective = true;
      directed = true;
      rest.push(s.words[i]!.text, s.words[i + 1]!.text);
      restAt.push(i, i + 1);
      i++;
      continue;
    }
    if (i === predicate.end && ((lang.headline?.directives?.verbs.has(headLower) === true && lang.headline.directives.openers.has(lower)) || controlled)) {
      directed = true;
      // (`agrees to buy`: where the register keeps the opener, it is the headline's word.)
      if (controlled && control.keepsOpener === true) {
        rest.push(s.words[i]!.text);
        restAt.push(i);
      }
      continue;
    }
    // `Minta jajarannya untuk melaksanakan …`: the opener may also stand after the one directed.
    if (!directed && !embedded && i > predicate.end && lang.headline?.directives?.verbs.has(headLower) === true && lang.headline.directives.openers.has(lower)) {
      directed = true;
      // (The one directed alone says nothing: the headline goes on to the act, `Israel Asks US Banker | to run …`; not
      // before a place, `orders deportation of … | to Norway`.)
      if (tags[i + 1] === 'VERB' || lang.headline.clauseOpeners.has(lower)) {
        ends.length = 0;
        trims.length = 0;
      }
      // (`urges club to reject`: where the register keeps the opener, it is the headline's word.)
      if (lang.headline.directives.keepsOpener === true) {
        rest.push(s.words[i]!.text);
        restAt.push(i);
      }
      continue;
    }
    // `tertipu agen | hingga berakhir diculik di Myanmar`: what the subject comes to goes on as the subject's.
    const result = i > predicate.end && !embedded ? resultClause(s, tags, i, attested, lang) : undefined;
    if (result) {
      rest.push(...result.words);
      restAt.push(...result.at);
      if (result.ends) ends.push(rest.length);
      stop = i + result.words.length;
      i = stop - 1;
      continue;
    }
    // `Dorong agar kepala daerah …`: a clause opened is a clause to finish; the headline ends before it or not at all.
    if (lang.headline?.clauseOpeners.has(lower) === true || opensClause(s, tags, i, lang)) {
      // (Not one that adds a condition, time or cause to a whole clause: `… into liquidation | if …`; right after a verb
      // that takes a clause, it may stand for `that`, `memaparkan jika …`.)
      const takes = rest.length === 0 && (lang.grammar?.complementVerbs.has(headLower) === true || lang.grammar?.reportingVerbs.has(headLower) === true || control?.verbs.has(headLower) === true);
      clauseFollows = takes || embedded || lang.headline?.adverbialOpeners?.has(lower) !== true;
      break;
    }
    // `cara baru mencintai Indonesia`, `upaya menekan inflasi`: a noun that takes an act goes on through its verb.
    const actNoun = (j: number): boolean => lang.headline?.actNouns?.has(s.words[j]?.text.toLowerCase() ?? '') === true;
    // (So does a preposition before an act it names: `any chance of winning Wimbledon`.)
    const afterPreposition = restAt[restAt.length - 1] === i - 1 && (tags[i - 1] === 'ADP' || lang.headline?.continuations.has(s.words[i - 1]!.text.toLowerCase()) === true);
    // (Where modifiers follow their noun, any verb a preposition governs is its act: `dalam menjaga stabilitas`.)
    // (With its object: not `untuk diagendakan pada 2026`.)
    const governed = afterPreposition && tags[i - 1] === 'ADP' && lang.modifierPosition === 'after' && joined(s, i) && ['NOUN', 'PROPN', 'NUM'].includes(tags[i + 1] ?? '');
    const takesAct = tag === 'VERB' && i > predicate.end && (actNoun(i - 1) || (['ADV', 'ADJ'].includes(tags[i - 1] ?? '') && actNoun(i - 2)) || (afterPreposition && lang.headline?.gerund?.(lower) === true) || governed);
    // A verb that takes a clause (`Zulkifli Hasan pastikan tidak akan impor garam`): a negation or a modal right after
    // it opens that clause's predicate, whatever the tagger made of the verb after it (`impor/NOUN`); a verb later on
    // (`mulai akhir 2027`) opens another clause.
    // (So does one that takes an act without its opener: `mulai kembali bersekolah`, `berencana menambah`.)
    const takesClause = directed || control?.verbs.has(headLower) === true || (lang.grammar?.complementVerbs.has(headLower) === true && lang.grammar.reportingVerbs.has(headLower) !== true);
    const marker = lang.headline?.negations?.has(lower) === true || lang.verbMarkers?.has(lower) === true;
    if (takesClause && !embedded && rest.length === 0 && marker) {
      embedded = true;
      opened = true;
    }
    // (A verb that takes the next one directly, `dipastikan gagal`, goes on through it.)
    // (Or its modal first: `terancam | bakal molor`.)
    // (So does one that takes an act without its opener: `berencana memperkuat`, `berupaya mewujudkan`.)
    if ((raising?.has(headLower) === true || (control?.verbs.has(headLower) === true && control.open !== true && i === predicate.end)) && !embedded && rest.length === 0 && (tag === 'VERB' || (tag === 'AUX' && marker))) {
      embedded = true;
      raisedModal = tag === 'AUX';
    }
    // `luncurkan BLTS untuk menjaga daya beli`: a purpose goes on with its verb.
    // (An act on something, `untuk mencari keadilan`: not `untuk diagendakan pada 2026`.)
    const purpose = !embedded && tag === 'VERB' && restAt[restAt.length - 1] === i - 1 && lang.headline?.purposeOpeners?.has(s.words[i - 1]!.text.toLowerCase()) === true &&
      joined(s, i) && ['NOUN', 'PROPN', 'NUM'].includes(tags[i + 1] ?? '');
    if (purpose) embedded = true;
    // (A word the noun phrase goes on through is no opener of anything, whatever its tag: `of/SCONJ`.)
    // (Nor is a possessive before the noun it owns: `resigned from his post`.)
    else if (STOP_TAGS.has(tag) && i > predicate.end && lang.headline?.linkWords.has(lower) !== true && !takesAct && lang.headline?.continuations.has(lower) !== true && !possessive(s, tags, i, owners)) {
      // A verb right after the object makes that object the subject of a clause the predicate takes (`Tanak
      // benarkan bupati terjaring OTT`): the headline goes on through that clause, and may not end before it.
      // So does a verb after one that takes a clause.
      // (Its own predicate may have begun already, `tidak akan impor garam`: then a verb after it is a new clause.)
      // (After the negation or modal that opened it, its verb: `tidak ada kenaikan`.)
      // (Past adverbs after the object: `menekankan pemerintah provinsi terus memperkuat …`.)
      // (Or after the one a directive asks to act, however the clause rules bounded them: `mengajak Dewan Pimpinan
      // Nasional (DPN) Tani Merdeka | berkolaborasi`.)
      // (Only right after that one, a noun phrase: not `minta skuat tak panik pasca | menuai …`.)
      const asked = lang.headline?.directives?.verbs.has(headLower) === true && !directed && tag === 'VERB' && restAt[restAt.length - 1] === i - 1 && joined(s, i - 1) &&
        restAt.every((j) => ['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ'].includes(tags[j] ?? ''));
      if (asked) {
        directed = true;
        act = i;
      }
      const afterObject = asked || (object !== undefined && i >= object.end && tags.slice(object.end, i).every((t) => t === 'ADV'));
      // (A verb right after one that takes it, `gagal menembus`, `mulai menunjukkan`, is that clause's predicate going on.)
      const before = s.words[i - 1]!.text.toLowerCase();
      // (So is one right after the modal of that clause: `terancam bakal | molor`.)
      const modal = tags[i - 1] === 'AUX' && lang.verbMarkers?.has(before) === true;
      const chained = tag === 'VERB' && embedded && restAt[restAt.length - 1] === i - 1 && joined(s, i - 1) && ((tags[i - 1] === 'VERB' && (control?.verbs.has(before) === true || raising?.has(before) === true)) || modal);
      if (chained || ((!embedded || (opened && !predicateSeen)) && (tag === 'VERB' || tag === 'AUX') && (afterObject || (takesClause && !predicateSeen)))) {
        embedded = true;
        ends.length = 0;
        trims.length = 0;
      } else {
        clauseFollows = true;
        // (The words since a word that joins clauses were the next clause's subject: `dibunuh lalu organ tubuh dijual`.)
        // (Only where that subject stands right before the verb: not `memanggil Bhabinkamtibmas dan Babinsa setempat
        // untuk membantu …`.)
        const links = lang.headline?.clauseLinks;
        const subjectBefore = restAt[restAt.length - 1] === i - 1 && joined(s, i - 1) && ['NOUN', 'PROPN', 'PRON'].includes(tags[i - 1] ?? '');
        const link = links && subjectBefore ? rest.findLastIndex((w) => links.has(w.toLowerCase())) : -1;
        while (link >= 0 && ends.length > 0 && ends[ends.length - 1]! > link) ends.pop();
        while (link >= 0 && trims.length > 0 && trims[trims.length - 1]! > link) trims.pop();
        // (So is a noun right after a modifier that takes a clause: `was surprised | people thought …`.)
        // (Not a name's: `help the UK High Street | recover`.)
        // (Only the modifier a copula takes, right after it: not `call for religious tolerance | arguing …`.)
        const complement = subjectBefore && tags[i - 1] !== 'PROPN' && tags[i - 2] === 'ADJ' && i - 2 === predicate.end && lang.words.copulas.includes(headLower) && restAt[restAt.length - 2] === i - 2 && joined(s, i - 2);
        while (complement && ends.length > 0 && ends[ends.length - 1]! >= rest.length) ends.pop();
        break;
      }
    }
    if (drop?.has(lower)) {
      // `dalam perkara ini`: a phrase that pointed back says nothing once its demonstrative is gone; the
      // headline ends before its preposition.
      // (A phrase that names something still says it: `seputar Perpres MBG itu`.)
      const named = rest.slice(lastAdp + 1).some((w) => /^[\p{Lu}\p{N}]/u.test(w));
      if (lang.headline?.pointers.has(lower) === true && lastAdp >= 0 && !named) while (ends.length > 0 && ends[ends.length - 1]! > lastAdp) ends.pop();
      continue;
    }
    if (tag === 'ADP') lastAdp = rest.length;
    // The embedded clause's verb in the headline register too, where the language has a form for it (`terbitkan`).
    // Only a verb with its object after it (`menerbitkan surat`), not one used as a modifier (`gebrakan menarik bagi`).
    const objectNext = joined(s, i) && ['NOUN', 'PROPN', 'NUM'].includes(tags[i + 1] ?? '');
    // (So is the act a noun takes: `cara baru cintai Indonesia`.)
    const embeddedVerb = (embedded || takesAct) && tag === 'VERB' && objectNext ? lang.headline?.embeddedVerb?.(s.words[i]!.text, attested) : undefined;
    rest.push(embeddedVerb ?? percentOf(s, i) ?? s.words[i]!.text);
    restAt.push(i);
    if (embedded && (['AUX', 'VERB'].includes(tag) || (opened && !marker))) predicateSeen = true;
    // (A clause the predicate takes may end on its verb before a phrase of why or where: `urges Livingstone to
    // apologise | for his comment`.)
    const nextWord = s.words[i + 1]?.text.toLowerCase() ?? '';
    // (Never between a verb and the preposition it needs: `push | for improvements`.)
    const phrasal = lang.headline?.phrasalVerbs?.get(nextWord)?.has(lower) === true;
    // (Or, after the modal a verb that takes the next one opened, where the sentence or clause ends: `terancam bakal
    // molor.`)
    const closes = raisedModal && (i === s.words.length - 1 || /^[.,;:!?]/u.test(gap(s, i)));
    // (Or on the act a directive asks for, with no object after it: `ajak DPN Tani Merdeka berkolaborasi | dalam …`,
    // `minta para ketua umum partai politik bersikap tegas | terhadap …`.)
    // (Not before what completes the verb: `bersikap | tegas`.)
    const objectAfter = joined(s, i) && ['NOUN', 'PROPN', 'NUM', 'PRON', 'DET', 'ADJ'].includes(tags[i + 1] ?? '');
    const actEnds = lang.headline?.directives?.actEnds === true && !objectAfter && !phrasal &&
      ((i === act && tag === 'VERB') || (i === act + 1 && tag === 'ADJ' && restAt[restAt.length - 2] === act && joined(s, act)));
    const verbEnds = actEnds || (embedded && predicateSeen && tag === 'VERB' && ((joined(s, i) && lang.headline?.verbEndsBefore?.has(nextWord) === true && !phrasal) || closes));
    // (Or on the state a passive verb puts its subject in, where modifiers follow their noun: `dihukum mati`, `divonis
    // bebas`.)
    // (Where the clause ends there: not `ditandatangani langsung | oleh …`, a manner before the doer.)
    const state = i === predicate.end && predicate.passive === true && lang.modifierPosition === 'after' && tag === 'ADJ' && (i === s.words.length - 1 || /^[.,;:!?]/u.test(gap(s, i)));
    if (endsWell(s, tags, i, lang) || verbEnds || state) ends.push(rest.length);
    else if (!embedded && trimsWell(s, tags, i, lang)) trims.push(rest.length);
  }
  // A directive's object may run on to the act asked for past where the headline stopped: `meminta mobil | hingga tas
  // yang dirampas negara … dapat dikembalikan` is no `Minta Mobil`.
  if (!directed && !embedded && lang.headline?.directives?.verbs.has(headLower) === true && askedLater(s, tags, predicate.end, lang) >= stop) {
    ends.length = 0;
    trims.length = 0;
  }
  return { rest, at: restAt, ends, trims, clauseFollows, embedded, predicateSeen, stop, adjective };
}
