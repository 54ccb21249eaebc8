/**
 * Yoast's own transition-word list, loaded from the yoast-judge installation at bench time (the reference, never
 * copied into our code). A transition-words difference is deliberate when it comes only from words our list has and
 * Yoast's lacks (Indonesian equivalents of when, if, since, until, before, documented in src/lang/id/transitions.ts):
 * our rule, run with our list restricted to Yoast's words, then rates as Yoast does.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Yoast's transition words for a language (lowercased), or undefined when the bench cannot load them. */
export function loadYoastTransitions(judgeDir, lang) {
  const require = createRequire(join(judgeDir, 'package.json'));
  try {
    const mod = require(`yoastseo/build/languageProcessing/languages/${lang}/config/transitionWords.js`);
    const words = mod.allWords ?? mod.default;
    return Array.isArray(words) ? new Set(words.map((w) => String(w).toLowerCase())) : undefined;
  } catch {
    return undefined;
  }
}

/** Our list without the entries Yoast's list lacks (look-alike exclusions, `!…`, kept). */
export function restrictTo(ours, yoastWords) {
  return ours.filter((entry) => entry.startsWith('!') || entry.includes('…') || yoastWords.has(entry));
}
