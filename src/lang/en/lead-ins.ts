/**
 * Words a headline never opens with: they tie a sentence to the one before (`and`, `but`, `meanwhile`), point
 * back at something (`it`, `they`, `this`) or open an adverbial lead-in (`on March 25, …`, `in the area, …`).
 * A title is not built from a clause that starts with one; after a lead-in and a comma, the rest of the sentence
 * may serve.
 */
export const leadIns: readonly string[] = [
  // conjunctions and transitions
  'and', 'but', 'or', 'so', 'yet', 'also', 'still', 'now', 'then', 'meanwhile', 'however', 'moreover', 'instead',
  'while', 'as', 'if', 'when', 'although', 'though', 'because', 'since', 'despite', 'according', 'even', 'indeed',
  'thus', 'hence', 'besides', 'otherwise', 'nor', 'where', 'what', 'who', 'which', 'how', 'why', 'whether',
  // prepositions that open an adverbial
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'after', 'before', 'during', 'under', 'over', 'amid', 'among',
  'through', 'within', 'without', 'until', 'like', 'unlike', 'to', 'of', 'about', 'against',
  // words pointing back
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'this', 'that', 'these',
  'those', 'there', 'here', 'such',
];
