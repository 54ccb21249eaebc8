/**
 * The English headline register (BBC, Reuters, AP): the present tense for what happened (`announced`, `has
 * announced` → `announces`; `said` → `says`), `to` for the future (`will visit` → `to visit`), a passive without
 * its auxiliary (`was arrested` → `arrested`), articles left out (`the government` → `government`). Verb forms come
 * from UD English-EWT lemmas (`verb-lemmas.ts`); a group the rules do not cover is used as written.
 */
import type { HeadlineRegister } from '../types.js';
import { verbLemmas } from './verb-lemmas.js';

const LEMMA = new Map(verbLemmas);
const HAVE = new Set(['has', 'have', 'had']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const DO = new Set(['did', 'does', 'do']);
const NOT = new Set(['not', "n't"]);
/** Adverbs a headline leaves out of a verb group (with every `-ly` one). */
const GROUP_ADVERBS = new Set(['also', 'still', 'now', 'already', 'just', 'sometimes', 'often', 'soon', 'again', 'currently']);
/** Plural nouns without an `-s`. */
const IRREGULAR_PLURALS = new Set(['children', 'people', 'men', 'women', 'police', 'mice', 'feet', 'teeth', 'geese', 'staff', 'cattle', 'data']);

/** Third person singular present of a lemma. */
function third(lemma: string): string {
  if (lemma === 'be') return 'is';
  if (lemma === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|o)$/u.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

const KNOWN = new Set(LEMMA.values());

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
    const bases = [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3), `${lower.slice(0, -3)}y`];
    // (`criticised` → `criticise`: a verb in -ise/-ize keeps its e whatever the lemma list holds.)
    return bases.find((b) => b.length >= 3 && (KNOWN.has(b) || attested(b))) ?? (/[iy][sz]e$/u.test(bases[0]!) ? bases[0] : undefined);
  }
  return /s$/u.test(lower) ? undefined : lower;
}

/** True for a bare word (no -ed, -s, -ing) that is no known verb lemma, whose -ed and -s forms the article lacks. */
function bareUnknown(verb: string, attested: (w: string) => boolean): boolean {
  const lower = verb.toLowerCase();
  if (LEMMA.has(lower) || KNOWN.has(lower) || /(?:ed|s|ing)$/u.test(lower)) return false;
  return ![`${lower}ed`, `${lower}d`, `${lower}s`, `${lower}es`, `${lower}ing`].some(attested);
}

function present(verb: string, plural: boolean, attested: (w: string) => boolean): string | undefined {
  const lemma = lemmaOf(verb, attested);
  if (lemma === undefined) return undefined;
  return plural ? lemma : third(lemma);
}

export const headline: HeadlineRegister = {
  dropDeterminers: new Set(['the', 'a', 'an']),
  linkWords: new Set(['including', 'following', 'regarding', 'concerning']),
  // Editors name a person as the article does on second mention.
  shortName: 'last',
  sequels: new Set(['also', 'too', 'again', 'likewise']),
  pointers: new Set(['this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'its', 'his', 'her', 'their']),
  clauseOpeners: new Set(['that', 'if', 'because', 'although', 'though', 'while', 'when', 'whether', 'unless', 'so']),
  needComplement: new Set(['front', 'middle', 'part', 'rest', 'top', 'bottom', 'side', 'worth', 'any', 'some']),
  continuations: new Set(['of']),
  negations: new Set(['not', "n't", 'never', 'no', 'cannot']),
  emptyObjects: new Set(['statement', 'remarks', 'comments', 'comment', 'details', 'information']),
  speechVerbs: new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'ask', 'asks', 'asked', 'state', 'states', 'stated', 'write', 'writes', 'wrote']),
  plural: (head) => {
    const lower = head.toLowerCase();
    return IRREGULAR_PLURALS.has(lower) || (/[^su]s$/u.test(lower) && !/(?:ics|news|ss)$/u.test(lower));
  },
  titleWords: 3,
  secondComplement: { verbs: new Set(['put', 'puts', 'declare', 'declares', 'declared', 'leave', 'leaves', 'left', 'consider', 'considers', 'considered', 'render', 'renders', 'rendered']) },
  attribution: new Set(['say', 'says', 'said', 'warn', 'warns', 'warned', 'claim', 'claims', 'claimed', 'admit', 'admits', 'admitted', 'deny', 'denies', 'denied', 'confirm', 'confirms', 'confirmed', 'believe', 'believes', 'believed', 'insist', 'insists', 'insisted']),
  verbGroup(all, info) {
    // Adverbs inside the verb group go (`are sometimes expected`, `is reportedly planning`); negations stay.
    const words = all.filter((w, i) => i === all.length - 1 || !(/ly$/iu.test(w) || GROUP_ADVERBS.has(w.toLowerCase())));
    const lower = words.map((w) => w.toLowerCase());
    const head = words[words.length - 1]!;
    // A bare word that no verb list knows and the article does not inflect (`sequel`, `favourite`) is a noun the
    // tagger took for a verb: no headline.
    if (words.length === 1 && !info.passive && bareUnknown(head, info.attested)) return null;
    if (words.length === 1) return info.passive ? undefined : [present(head, info.plural, info.attested) ?? head];
    if (lower[0] === 'will' && words.length === 2) return ['to', head];
    if (info.passive) {
      // `was arrested`, `has been charged`: the participle alone.
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
      const form = present(head, info.plural, info.attested);
      return form ? [form] : undefined;
    }
    return undefined;
  },
};
