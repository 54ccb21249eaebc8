/**
 * Indonesian passive voice: a verb with the `di-` prefix (`dibangun`, `diumumkan`) or `ter-` in its passive
 * sense. Owned by the assessment work; refine with care (Yoast flags any `di-` word, `dinas` included).
 */
export function isPassive(words: readonly string[]): boolean {
  return words.some((w) => /^di[a-z]{3,}(?:kan|i|nya)?$/u.test(w.toLowerCase()) && !/^(?:dia|diri|dinas|dini|dinamis|diskusi|digital|direktur|dimana)/u.test(w.toLowerCase()));
}
