/**
 * Words before which a sub-editor may end a headline cut from a longer clause: prepositions and conjunctions that
 * open an adjunct or a complement (`in`, `after`, `that`). "The government raised the energy subsidy for poor
 * households …" gives "The Government Raised the Energy Subsidy". Not `and` (`Bank of America and Merrill`), nor
 * `of`, which completes the noun before it (`the head of the agency`), nor `to`, which completes the verb (`forced
 * automakers to halt production`).
 */
export const clauseBreaks: readonly string[] = [
  'in', 'on', 'at', 'for', 'with', 'after', 'before', 'during', 'since', 'from', 'into', 'over', 'under', 'amid',
  'despite', 'because', 'as', 'while', 'when', 'that', 'which', 'who', 'where', 'by', 'following', 'until',
  'through', 'across', 'against', 'toward', 'towards', 'among', 'without', 'within', 'if', 'but',
];
