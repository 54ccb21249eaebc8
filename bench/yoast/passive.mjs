/**
 * Yoast's own Indonesian passive test, loaded from the yoast-judge installation at bench time (the reference, never
 * copied into our code). Used to tell our deliberate passive differences (word-level: which `di-` words count) from
 * other causes (sentence splitting).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Yoast's sentence-level passive test for a language, or undefined when the bench cannot use one. */
export function loadYoastPassive(judgeDir, lang) {
  if (lang !== 'id') return undefined;
  const require = createRequire(join(judgeDir, 'package.json'));
  try {
    const mod = require('yoastseo/build/languageProcessing/languages/id/helpers/isPassiveSentence.js');
    return mod.default ?? mod;
  } catch {
    return undefined;
  }
}
