/**
 * Modal and aspect words: a lowercase word written right after one is a verb or an adjective used as a predicate
 * (`sudah masuk`, `akan naik`, `bisa turun`), not a thing a heading or a tag could name.
 */
export const verbMarkers: readonly string[] = [
  'akan', 'sudah', 'telah', 'bisa', 'dapat', 'harus', 'sedang', 'masih', 'belum', 'ingin', 'mau', 'sempat',
  'pernah', 'segera', 'mampu', 'boleh', 'perlu', 'mesti', 'hendak', 'bakal',
];
