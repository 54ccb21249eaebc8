/**
 * The English headline register (BBC, Reuters, AP): the present tense for what happened (`announced`, `has
 * announced` → `announces`; `said` → `says`), `to` for the future (`will visit` → `to visit`), a passive without
 * its auxiliary (`was arrested` → `arrested`), articles left out (`the government` → `government`). Verb forms come
 * from UD English-EWT lemmas (`verb-lemmas.ts`); a group the rules do not cover is used as written. Kept: a
 * possessive that points to the subject (`resigns from his post`) and an adverb that limits the verb (`only`). Left
 * out when the whole is too long for a title: a place or time in the middle (`on Tuesday`).
 */
import type { HeadlineRegister } from '../types.js';
import { verbLemmas } from './verb-lemmas.js';
import { lemmas } from './lemmas.js';

const LEMMA = new Map(verbLemmas);
const HAVE = new Set(['has', 'have', 'had']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const DO = new Set(['did', 'does', 'do']);
const NOT = new Set(['not', "n't"]);
/** Adverbs a headline leaves out of a verb group (with every `-ly` one). */
const GROUP_ADVERBS = new Set(['also', 'still', 'now', 'already', 'just', 'sometimes', 'often', 'soon', 'again', 'currently']);
/** Plural nouns without an `-s`. */
const IRREGULAR_PLURALS = new Set(['children', 'people', 'men', 'women', 'police', 'mice', 'feet', 'teeth', 'geese', 'staff', 'cattle', 'data']);

/** Adverbs that limit what a verb says (`only`): a headline keeps them or gives none. */
const LIMITERS: ReadonlySet<string> = new Set(['only', 'almost', 'nearly', 'barely', 'hardly']);

/** Third person singular present of a lemma. */
function third(lemma: string): string {
  if (lemma === 'be') return 'is';
  if (lemma === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|o)$/u.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

const KNOWN = new Set(LEMMA.values());
/** Every verb lemma of the treebank: the bases a regular past form may be stripped to. */
const WORDS: ReadonlySet<string> = new Set(lemmas);

/** A verb's forms: the lemma, its third person and every form the treebank lemmas give it (`sought` of `seek`). */
function forms(lemmas: readonly string[]): string[] {
  const wanted = new Set(lemmas);
  // (`-ing` every way it is spelt: `hoping`, `planning`, `agreeing`; a form no verb has matches nothing.)
  const out = lemmas.flatMap((l) => [l, third(l), `${l}ing`, `${l.replace(/e$/u, '')}ing`, `${l}${l.at(-1) ?? ''}ing`]);
  for (const [form, lemma] of verbLemmas) if (wanted.has(lemma)) out.push(form);
  return out;
}

/**
 * The lemma of a verb form: from the treebank's forms, else a regular `-ed` form whose base is attested (the article
 * writes it, or it is a treebank lemma: `criticised` → `criticise`, `played` → `play`); a bare form is its own.
 */
function lemmaOf(verb: string, attested: (w: string) => boolean): string | undefined {
  const lower = verb.toLowerCase();
  const known = LEMMA.get(lower);
  if (known) return known;
  if (lower.endsWith('ing')) return undefined;
  if (lower.endsWith('ed')) {
    // (A verb whose base ends so is its own: `proceed`, `need`.)
    if (WORDS.has(lower)) return lower;
    // (`-ied` → `-y` only where it is written so: `carried` → `carry`, not `paved` → `pay`.)
    const bases = [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3), ...(lower.endsWith('ied') ? [`${lower.slice(0, -3)}y`] : [])];
    // (A verb of the list of past forms first, then any verb lemma of the treebank: `hailed` → `hail`.)
    // (`criticised` → `criticise`: a verb in -ise/-ize keeps its e whatever the lemma list holds.)
    // (Three letters go only from a doubled consonant: `planned` → `plan`, never `barged` → `bar`.)
    // (Both ways of finding it: `singled` is never `sing`.)
    const possible = bases.filter((b, k) => k !== 2 || /([b-df-hj-np-tv-z])\1ed$/u.test(lower));
    const lemma = possible.find((b) => b.length >= 3 && WORDS.has(b));
    return possible.find((b) => b.length >= 3 && (KNOWN.has(b) || attested(b))) ?? lemma ?? (/[iy][sz]e$/u.test(bases[0]!) ? bases[0] : undefined);
  }
  // (A participle in `-en` is no bare form: `beaten` is not a lemma to write `beatens` from.)
  return /s$/u.test(lower) || (/en$/u.test(lower) && !KNOWN.has(lower)) ? undefined : lower;
}

/** True for a bare word (no -ed, -s, -ing) that is no known verb lemma, whose -ed and -s forms the article lacks. */
function bareUnknown(verb: string, attested: (w: string) => boolean): boolean {
  const lower = verb.toLowerCase();
  if (LEMMA.has(lower) || KNOWN.has(lower) || /(?:ed|s|ing)$/u.test(lower)) return false;
  return ![`${lower}ed`, `${lower}d`, `${lower}s`, `${lower}es`, `${lower}ing`].some(attested);
}

/**
 * The lemma of a verb's `-ing` form after its auxiliary (`are trying` → `try`, `is planning` → `plan`, `is making`
 * → `make`): only a base a verb list or the article has.
 */
function progressiveLemma(verb: string, attested: (w: string) => boolean): string | undefined {
  const stem = verb.toLowerCase().slice(0, -3);
  // (A doubled consonant goes only when it is doubled: `planning` → `plan`, but `seeping` is not `see`.)
  const undoubled = /([b-df-hj-np-tv-z])\1$/u.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...undoubled].find((b) => b.length >= 2 && (KNOWN.has(b) || (b.length >= 3 && attested(b))));
}

/** The number the auxiliary shows (`are`, `have`: plural; `is`, `has`: singular), undefined when it shows none. */
function agreement(aux: string | undefined): boolean | undefined {
  if (aux === 'are' || aux === 'were' || aux === 'have') return true;
  if (aux === 'is' || aux === 'was' || aux === 'has' || aux === 'does') return false;
  return undefined;
}

function present(verb: string, plural: boolean, attested: (w: string) => boolean): string | undefined {
  const lemma = /ing$/iu.test(verb) ? progressiveLemma(verb, attested) : lemmaOf(verb, attested);
  if (lemma === undefined) return undefined;
  return plural ? lemma : third(lemma);
}

export const headline: HeadlineRegister = {
  // (With the honorifics BBC headlines leave out: `Howard to host news conference`, not `Mr Howard …`.)
  dropDeterminers: new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms']),
  linkWords: new Set(['including', 'following', 'regarding', 'concerning']),
  // Editors name a person as the article does on second mention.
  shortName: 'last',
  sequels: new Set(['also', 'too', 'again', 'likewise']),
  possessives: { person: new Set(['his', 'her']), thing: new Set(['its']), plural: new Set(['their']) },
  pointers: new Set(['this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'its', 'his', 'her', 'their']),
  limiters: LIMITERS,
  middlePreps: new Set(['in', 'on', 'at', 'during', 'for']),
  clauseLinks: new Set(['and', 'then', 'but']),
  // (Not `as`, which may bring the verb's complement, `named as captain`; nor `when`, whose clause may say the news.)
  adverbials: new Set(['after', 'since', 'following', 'amid', 'despite', 'because']),
  particles: new Set(['up', 'down', 'out', 'off', 'away', 'back', 'over', 'on', 'in', 'apart', 'ahead', 'through']),
  lightVerbs: new Set(['happened', 'happens', 'occurred', 'occurs', 'came', 'comes', 'took', 'done']),
  namingParticiples: new Set(['called', 'named', 'dubbed', 'nicknamed', 'entitled', 'titled']),
  clauseOpeners: new Set(['that', 'if', 'because', 'although', 'though', 'while', 'when', 'whether', 'unless', 'so', 'how', 'why', 'what', 'where']),
  // (Not `if`, `unless`: a condition cut off gives a threat as fact, `Creditors to put company into liquidation`.)
  adverbialOpeners: new Set(['because', 'although', 'though', 'while', 'when', 'after', 'before', 'until', 'since']),
  needComplement: new Set(['front', 'middle', 'part', 'rest', 'top', 'bottom', 'side', 'worth', 'any', 'some', 'thanks']),
  placeOpeners: new Set(['in', 'of', 'from', 'at']),
  continuations: new Set(['of']),
  rates: new Set(['per']),
  // `has agreed to buy`, `is planning to privatise`: the act goes on with its `to` (`Diageo agrees to buy Chalone`).
  control: {
    verbs: new Set(forms(['agree', 'plan', 'refuse', 'decide', 'vow', 'pledge', 'promise', 'threaten', 'seek', 'aim', 'prepare', 'intend', 'offer', 'attempt', 'try', 'fail', 'want', 'hope', 'move', 'bid', 'struggle', 'opt', 'choose', 'expect'])),
    openers: new Set(['to']),
    keepsOpener: true,
    open: true,
    closed: new Set(['used', 'going']),
  },
  // `urged the club to reject the new deal`: who is urged goes on with the act (`Supporters club urges club to reject
  // new deal`), never `… urges club`.
  directives: {
    verbs: new Set(forms(['urge', 'ask', 'order', 'force', 'allow', 'persuade', 'encourage', 'invite', 'advise', 'instruct', 'require', 'compel', 'permit', 'tell', 'pressure', 'press', 'warn', 'remind'])),
    openers: new Set(['to']),
    keepsOpener: true,
  },
  // `to continue competing`: the act goes on through the verb after these.
  raising: new Set(forms(['continue', 'keep', 'start', 'stop', 'begin', 'resume', 'finish', 'quit'])),
  // (Not `in`, `at`, `over`: their phrase says where or when, which a headline keeps.)
  timeOpeners: new Set(['next', 'last', 'this', 'early', 'late']),
  verbEndsBefore: new Set(['for', 'after', 'amid', 'despite', 'before']),
  bareComplements: new Set(['is', 'are', 'was', 'were']),
  interrogatives: new Set(['what', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'which']),
  // (Never between a verb and the preposition it needs: `push for`.)
  phrasalVerbs: new Map([['for', new Set(forms(['push', 'call', 'ask', 'look', 'wait', 'pay', 'account', 'care', 'vote', 'stand', 'apply', 'search', 'press', 'argue', 'bid', 'compete', 'opt', 'fight', 'prepare', 'qualify', 'provide', 'allow', 'head']))]]),
  gerund: (word) => /\p{L}{2,}ing$/u.test(word) && !['during', 'thing', 'nothing', 'something', 'anything', 'everything', 'king', 'morning', 'evening', 'spring', 'ring', 'string', 'wing', 'ceiling'].includes(word.toLowerCase()),
  negations: new Set(['not', "n't", 'never', 'no', 'cannot']),
  // (`view of direction New Labour | should take`: a noun before its own auxiliary is a clause's subject.)
  predicateWords: new Set(['should', 'would', 'could', 'will', 'can', 'may', 'might', 'must', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did']),
  emptyObjects: new Set(['statement', 'remarks', 'comments', 'comment', 'details', 'information']),
  number: agreement,
  quoteSpeakerAfter: (speaker, plural) => [plural ? 'say' : 'says', ...speaker],
  speechVerbs: new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'ask', 'asks', 'asked', 'state', 'states', 'stated', 'write', 'writes', 'wrote']),
  plural: (head) => {
    const lower = head.toLowerCase();
    return IRREGULAR_PLURALS.has(lower) || (/[^su]s$/u.test(lower) && !/(?:ics|news|ss)$/u.test(lower));
  },
  titleWords: 3,
  // (Every form, `was putting the country | at risk`; not `considering`, whose act follows it: `is considering raising
  // fuel prices`.)
  secondComplement: { verbs: new Set([...forms(['make', 'put', 'declare', 'leave', 'render']), 'consider', 'considers', 'considered']) },
  attribution: new Set(['say', 'says', 'said', 'warn', 'warns', 'warned', 'claim', 'claims', 'claimed', 'admit', 'admits', 'admitted', 'deny', 'denies', 'denied', 'confirm', 'confirms', 'confirmed', 'believe', 'believes', 'believed', 'insist', 'insists', 'insisted']),
  verbGroup(all, info) {
    // (Not one that an adverb limits, `will only apply`: without it the headline says more than the article.)
    if (all.some((w) => LIMITERS.has(w.toLowerCase()))) return null;
    // Adverbs inside the verb group go (`are sometimes expected`, `is reportedly planning`); negations stay.
    const words = all.filter((w, i) => i === all.length - 1 || !(/ly$/iu.test(w) || GROUP_ADVERBS.has(w.toLowerCase())));
    const lower = words.map((w) => w.toLowerCase());
    // `is set to leave`, `are unlikely to play`: the adjective carries it (`Weir set to leave`); another verb before
    // it is a verb as any (`appeared willing to` → `appears willing to`).
    // (`had been due to`, which no longer holds, stays as written.)
    if (info.adjective === true && lower.includes('had')) return undefined;
    if (info.adjective === true && lower.every((w) => BE.has(w) || HAVE.has(w))) return [];
    // (`Other things being equal`: no finite verb at all.)
    if (lower.length === 1 && lower[0] === 'being') return null;
    const head = words[words.length - 1]!;
    // A bare word that no verb list knows and the article does not inflect (`sequel`, `favourite`) is a noun the
    // tagger took for a verb: no headline.
    if (words.length === 1 && !info.passive && bareUnknown(head, info.attested)) return null;
    // (An `-ing` form alone is no finite verb: `falling profits`.)
    if (words.length === 1) return info.passive ? undefined : [(/ing$/iu.test(head) ? undefined : present(head, info.plural, info.attested)) ?? head];
    // (`will have to wait` stays as written: `to have to wait` reads as no editor writes.)
    if (lower[0] === 'will' && words.length === 2) return lower[1] === 'have' ? undefined : ['to', head];
    // `is to open`, `are to receive`: the future with `to`.
    if (words.length === 3 && BE.has(lower[0]!) && lower[1] === 'to') return ['to', head];
    if (info.passive) {
      // `was arrested`, `has been charged`: the participle alone; `will be raised`: `to be raised`.
      if (lower.length === 3 && lower[0] === 'will' && lower[1] === 'be') return ['to', 'be', head];
      // (`is to be made`: the future with `to` too.)
      if (lower.length === 4 && BE.has(lower[0]!) && lower[1] === 'to' && lower[2] === 'be') return ['to', 'be', head];
      return lower.slice(0, -1).every((w) => HAVE.has(w) || BE.has(w)) ? [head] : undefined;
    }
    // `has announced`, `is planning`, `did not say`: the present of the verb.
    const aux = lower.slice(0, -1);
    if (aux.some((w) => NOT.has(w))) {
      if (!aux.every((w) => DO.has(w) || NOT.has(w))) return undefined;
      const lemma = present(head, true, info.attested);
      return lemma ? [info.plural ? 'do' : 'does', 'not', lemma] : undefined;
    }
    // `are expected`, `were sold`: a passive the clause layer missed (an adverb stood between) is its participle.
    if (aux.length > 0 && aux.every((w) => BE.has(w)) && !/ing$/iu.test(head) && (/(?:ed|en)$/iu.test(head) || LEMMA.has(head.toLowerCase()))) return [head];
    if (aux.every((w) => HAVE.has(w) || BE.has(w))) {
      // (The sentence's own auxiliary says the subject's number: `Americans are joining` → `Americans join`.)
      const form = present(head, (info.partial === true ? undefined : agreement(aux[0])) ?? info.plural, info.attested);
      return form ? [form] : undefined;
    }
    return undefined;
  },
};
