/**
 * Words a headline keeps in lowercase unless they open it (Chicago and AP style): articles, coordinating
 * conjunctions and short prepositions. Every other word is capitalised, verbs and pronouns included ("Police Have
 * Charged a Man", "One in Four Women Is Now Wearing…").
 */
export const titleMinorWords: readonly string[] = [
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per',
  'to', 'up', 'via', 'vs', 'from', 'into', 'onto', 'with',
];
