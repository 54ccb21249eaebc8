/**
 * Words a headline keeps in lowercase unless they open it: the function words (kata tugas) of PUEBI's rule for
 * titles, "kecuali kata tugas, seperti di, ke, dari, dan, yang, dan untuk yang tidak terletak pada posisi awal":
 * prepositions, conjunctions, articles and particles. Every other word is capitalised, reduplicated words in both
 * halves (`Undang-Undang`).
 */
export const titleMinorWords: readonly string[] = [
  'di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'pada', 'dengan', 'atau', 'dalam', 'oleh', 'bagi', 'tentang', 'kepada',
  'terhadap', 'sebagai', 'serta', 'tetapi', 'bahwa', 'karena', 'agar', 'supaya', 'sejak', 'hingga', 'sampai',
  'antara', 'per', 'daripada', 'si', 'sang', 'para', 'pun', 'lah', 'kah', 'atas', 'demi',
];
