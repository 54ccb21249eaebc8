/**
 * Words that tie a sentence to the one before it or point back at something said there (`but`, `meanwhile`,
 * `this`, `they`). A meta description is read alone, in search results: it does not open with one when the article
 * offers another start. Not `it`, which mostly opens a sentence of its own (`It is surprisingly common…`).
 */
export const connectives: readonly string[] = [
  'and', 'but', 'or', 'so', 'yet', 'also', 'still', 'then', 'meanwhile', 'however', 'moreover', 'instead',
  'besides', 'otherwise', 'nor', 'thus', 'hence', 'indeed', 'furthermore', 'likewise', 'nevertheless', 'this',
  'these', 'those', 'they', 'he', 'she', 'his', 'her', 'their', 'such', 'both',
];
