/**
 * Verbs that report speech (`said`, `warned`): a headline cut right after one ("The Minister Said") has lost what was
 * said, which was the news.
 */
export const reportingVerbs: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'explained', 'stated', 'noted', 'argued', 'claimed', 'insisted',
  'warned', 'wrote', 'announced', 'acknowledged', 'admitted', 'confirmed', 'denied', 'revealed', 'reported',
];
