/**
 * Verbs that report speech (`mengatakan`, `menegaskan`): a headline cut right after one ("Menteri Andi Amran Sulaiman
 * Mengatakan") has lost what was said, which was the news.
 */
export const reportingVerbs: readonly string[] = [
  'mengatakan', 'menyebut', 'menyebutkan', 'menjelaskan', 'mengungkapkan', 'menyampaikan', 'menambahkan',
  'menegaskan', 'menuturkan', 'menerangkan', 'memaparkan', 'menyatakan', 'mengaku', 'menilai', 'berkata',
  'mengingatkan', 'mengklaim', 'membantah', 'mengakui', 'menuding', 'mengimbau', 'mengumumkan',
  // Passive: what is reported (`Manchester United dikabarkan …`) is left out just the same.
  'dikabarkan', 'dikatakan', 'disebut', 'disebutkan', 'dilaporkan', 'diklaim', 'diungkapkan', 'dinilai', 'diyakini',
];
