/**
 * English passive voice (periphrastic): a form of "to be" or "get" (contractions included: `it's`, `wasn't`) followed,
 * within a few adverbs, by a past participle (`was built`, `is widely expected`, `got fired`, `could be repaid`).
 * Participles are regular `-ed` forms or irregular ones from the list below (with prefixes: `overtaken`); adjectives
 * that look like participles (`excited`, `based`, `located`) count only with an agent (`were delighted by`).
 * Reduced relative clauses without a form of "be" (`a film directed by…`) are not counted, as in Yoast and the usual
 * style-guide notion of passive voice.
 */

/** Forms of "be" and "get" that build a passive. */
const AUX: ReadonlySet<string> = new Set(
  `am is are was were be been being get gets got gotten getting isn't aren't wasn't weren't ain't it's that's
  there's here's he's she's what's who's i'm you're we're they're`.split(/\s+/u),
);

/** Irregular past participles. */
const IRREGULAR: ReadonlySet<string> = new Set(
  `made done seen given taken known shown held built told found born borne written paid laid said heard sold left
  kept brought bought caught taught fought sought thought hit hurt put set shot won lost led read sent spent lent
  thrown chosen driven eaten forgiven frozen hidden ridden risen shaken spoken stolen sworn torn woken worn beaten
  bitten broken fallen forbidden forgotten proven mistaken overtaken undertaken withdrawn drawn grown blown flown
  sewn sown shorn begun sung rung sunk swum struck stuck hung spun dug fed bred bound wound ground dealt meant felt
  swept slept understood overseen overcome forecast broadcast cast cut cost let shut spread split quit upset bent
  lit met slain sped shed wed rid`.split(/\s+/u),
);

/** Participle-like words used as adjectives after "be" (feelings, states): not passive unless an agent follows. */
const ADJECTIVAL: ReadonlySet<string> = new Set(
  `excited interested bored tired pleased delighted thrilled worried surprised shocked scared frightened amazed
  disappointed satisfied ashamed embarrassed confused relieved annoyed concerned based located supposed talented
  skilled experienced qualified aged advanced detailed limited sophisticated complicated dedicated devoted`.split(/\s+/u),
);

/** Words that may stand between the auxiliary and the participle. */
const BETWEEN: ReadonlySet<string> = new Set(
  `not also being been never already still now just only often always all both then even further largely mostly
  yet soon once again ever so too very almost well quite rather better best more most less least much far`.split(/\s+/u),
);

function normalise(word: string): string {
  return word.toLowerCase().replace(/[’‘]/gu, "'");
}

/** Prefixes that keep a participle a participle (`repaid`, `overtaken`, `top-billed`). */
const PREFIX = /^(?:re|un|over|under|mis|out|pre|with|fore|up|co)(?=[a-z]{3,}$)/u;

function isParticiple(word: string, agent: boolean): boolean {
  const w = word.includes('-') ? (word.split('-').pop() ?? word) : word;
  if (!agent && ADJECTIVAL.has(w)) return false;
  if (IRREGULAR.has(w) || IRREGULAR.has(w.replace(PREFIX, ''))) return true;
  return /^[a-z]{2,}ed$/u.test(w) && !/^(?:need|feed|seed|weed|speed|breed|bleed|exceed|proceed|succeed|indeed|shed|bed|red|wed)$/u.test(w);
}

/** Indices of the past participles of the sentence's passive constructions (its words as written). */
export function passiveWords(words: readonly string[]): number[] {
  const lower = words.map(normalise);
  const out: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i] ?? '';
    if (!AUX.has(w)) continue;
    for (let j = i + 1; j <= Math.min(i + 4, lower.length - 1); j++) {
      const next = lower[j] ?? '';
      if (isParticiple(next, lower[j + 1] === 'by')) {
        out.push(j);
        i = j;
        break;
      }
      if (!BETWEEN.has(next) && !/ly$/u.test(next)) break;
    }
  }
  return out;
}

/** True when the sentence (its words as written) has a passive construction. */
export function isPassive(words: readonly string[]): boolean {
  const lower = words.map(normalise);
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i] ?? '';
    if (AUX.has(w)) {
      for (let j = i + 1; j <= Math.min(i + 4, lower.length - 1); j++) {
        const next = lower[j] ?? '';
        if (isParticiple(next, lower[j + 1] === 'by')) return true;
        if (!BETWEEN.has(next) && !/ly$/u.test(next)) break;
      }
    }
  }
  return false;
}
