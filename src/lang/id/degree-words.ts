/** Degree words before an adjective used as the predicate (`pertumbuhan kredit lebih besar`): a verb group's words. */
export const predicateDegreeWords: readonly string[] = ['lebih', 'sangat', 'cukup', 'terlalu', 'amat', 'paling'];

/** Every degree word: before a `meN-…-kan` verb it makes a state (`makin mengkhawatirkan`, `tak begitu menggembirakan`). */
export const degreeWords: readonly string[] = [...predicateDegreeWords, 'makin', 'semakin', 'kian', 'begitu', 'agak'];
