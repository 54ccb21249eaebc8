/**
 * Finding transition words in a sentence. A language's list holds single words and phrases (`oleh karena itu`) and
 * two-part connectives written with an ellipsis (`tidak hanya … tetapi juga`): the second part must follow the first
 * in the same sentence. An entry starting with `!` is a phrase that begins like a transition but is not one
 * (`!lalu lintas`, traffic, is not `lalu`, then): no transition is found where it stands.
 */

interface Compiled {
  /** Phrases (as word arrays) by their first word. */
  byFirst: Map<string, (readonly string[])[]>;
  /** Two-part connectives. */
  pairs: (readonly [readonly string[], readonly string[]])[];
  /** Look-alikes that are not transitions, by their first word. */
  blocked: Map<string, (readonly string[])[]>;
}

function addTo(map: Map<string, (readonly string[])[]>, words: readonly string[]): void {
  const first = words[0];
  if (first === undefined) return;
  const bucket = map.get(first);
  if (bucket) bucket.push(words);
  else map.set(first, [words]);
}

const cache = new WeakMap<readonly string[], Compiled>();

function split(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/u).filter((w) => w !== '');
}

function compile(list: readonly string[]): Compiled {
  let compiled = cache.get(list);
  if (!compiled) {
    const byFirst = new Map<string, (readonly string[])[]>();
    const pairs: (readonly [readonly string[], readonly string[]])[] = [];
    const blocked = new Map<string, (readonly string[])[]>();
    for (const entry of list) {
      if (entry.startsWith('!')) {
        addTo(blocked, split(entry.slice(1)));
        continue;
      }
      const parts = entry.split('…');
      if (parts.length === 2) {
        pairs.push([split(parts[0] ?? ''), split(parts[1] ?? '')]);
        continue;
      }
      addTo(byFirst, split(entry));
    }
    compiled = { byFirst, pairs, blocked };
    cache.set(list, compiled);
  }
  return compiled;
}

function runAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) return false;
  return true;
}

function findRun(words: readonly string[], phrase: readonly string[], from: number): number {
  for (let i = from; i + phrase.length <= words.length; i++) if (runAt(words, i, phrase)) return i;
  return -1;
}

/** The first transition word or phrase found in `lower` (a sentence's lowercased words), or undefined. */
export function findTransition(lower: readonly string[], list: readonly string[]): string | undefined {
  const { byFirst, pairs, blocked } = compile(list);
  for (const [a, b] of pairs) {
    const at = findRun(lower, a, 0);
    if (at !== -1 && findRun(lower, b, at + a.length) !== -1) return `${a.join(' ')} … ${b.join(' ')}`;
  }
  for (let i = 0; i < lower.length; i++) {
    const bucket = byFirst.get(lower[i] ?? '');
    if (!bucket) continue;
    if (blocked.get(lower[i] ?? '')?.some((phrase) => runAt(lower, i, phrase))) continue;
    for (const phrase of bucket) if (runAt(lower, i, phrase)) return phrase.join(' ');
  }
  return undefined;
}
