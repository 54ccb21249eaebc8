/**
 * franc's trigram language detector (wooorm/franc, MIT: franc-min 6.2.0's `index.js`), as `detect.ts` calls it,
 * with its trigram dictionaries built when first needed, one script at a time. franc-min builds the dictionaries of
 * all its languages when it is imported: 20–40 ms of every run's start-up, although most articles never get here
 * (the function-word fast path decides). The data are franc-min's own (`data.js`, `expressions.js`), and the
 * arithmetic and the order of the languages are franc's, so the answers are the same.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { asTuples } from 'trigram-utils';

/** Longest sample franc looks at. */
const MAX_LENGTH = 2048;
/** Distance added for a trigram the language's model lacks. */
const MAX_DIFFERENCE = 300;

/** A language's trigrams and their rank (franc's `numericData[script][language]`). */
type Model = Record<string, number>;

const models = new Map<string, ReadonlyMap<string, Model>>();

/** The models of a script's languages, in franc's order (built on first use). */
function modelsOf(script: string): ReadonlyMap<string, Model> {
  let built = models.get(script);
  if (!built) {
    const languages = data[script] ?? {};
    const map = new Map<string, Model>();
    for (const name of Object.keys(languages)) {
      const list = (languages[name] ?? '').split('|');
      const trigrams: Model = {};
      // From the end, as franc does: a trigram listed twice keeps its first (best) rank.
      let weight = list.length;
      while (weight--) trigrams[list[weight] ?? ''] = weight;
      map.set(name, trigrams);
    }
    built = map;
    models.set(script, built);
  }
  return built;
}

/** The script whose characters occur most (the first of equals), with its share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const expression = expressions[script];
    if (!expression) continue;
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

function distance(trigrams: ReadonlyArray<readonly [string, number]>, model: Model): number {
  let total = 0;
  for (const [trigram, count] of trigrams) {
    let difference = MAX_DIFFERENCE;
    if (trigram in model) {
      difference = count - (model[trigram] ?? 0) - 1;
      if (difference < 0) difference = -difference;
    }
    total += difference;
  }
  return total;
}

/** The most likely language of `value` (ISO 639-3), or `und`: franc-min's `franc(value, { minLength })`. */
export function franc(value: string, options: { minLength: number }): string {
  if (!value || value.length < options.minLength) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (!script || !Object.hasOwn(data, script)) return !script || share === 0 ? 'und' : script;
  const tuples = asTuples(sample);
  const distances: Array<[string, number]> = [];
  for (const [language, model] of modelsOf(script)) distances.push([language, distance(tuples, model)]);
  // Array.prototype.sort is stable: equal distances keep franc's order.
  distances.sort((a, b) => a[1] - b[1]);
  return distances[0]?.[0] ?? 'und';
}
