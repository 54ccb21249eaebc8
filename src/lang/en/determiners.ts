/**
 * Determiners: a word written right after one is a noun, even in the form of a verb (`the kidnapping`, `a
 * warning`, `their testing`).
 */
export const determiners: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no',
  'every', 'each', 'any', 'some',
];
