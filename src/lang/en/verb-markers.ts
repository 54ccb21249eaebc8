/**
 * Modal and auxiliary verbs: a lowercase word written right after one is a verb (`will continue`, `can play`,
 * `did rule`), whatever else it may be elsewhere.
 */
export const verbMarkers: readonly string[] = [
  'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'shall', 'cannot', 'did', 'does', "didn't",
  "doesn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
];
