/**
 * What a sub-editor leaves out when a sentence becomes a headline, and what it never changes: the article's words
 * in their order, fewer of them. `leading`: articles dropped at the start of the clause (`A Northern Ireland man
 * …`). `words`: adverbs dropped anywhere (`also`). `time`: when it happened, which the article says and a
 * headline need not (`on Friday`, `last week`).
 */
export const headlineOmit = {
  leading: ['a', 'an', 'the'],
  words: ['also'],
  time: /\s(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s(?:morning|afternoon|evening|night))?(?=[\s,.;:]|$)|\s(?:last|this|next)\s(?:week|month|year|weekend)(?=[\s,.;:]|$)|\s(?:yesterday|today)(?=[\s,.;:]|$)/gu,
};
