/** English transition words and phrases (lowercased). Owned by the assessment work; refine with care. */
export const transitionWords: readonly string[] = [
  'also', 'however', 'therefore', 'moreover', 'furthermore', 'meanwhile', 'because', 'although', 'though',
  'instead', 'finally', 'first', 'second', 'third', 'for example', 'for instance', 'in addition', 'as a result',
  'in contrast', 'on the other hand', 'then', 'next', 'later', 'still', 'yet', 'but', 'so', 'thus', 'hence',
  'besides', 'similarly', 'likewise', 'otherwise', 'consequently', 'in fact', 'indeed', 'after all', 'even so',
];
