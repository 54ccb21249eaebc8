/**
 * Words before which a sub-editor may end a headline cut from a longer clause: prepositions and conjunctions that
 * open an adjunct or a complement (`di`, `untuk`, `setelah`, `yang`). "Pemerintah menaikkan anggaran subsidi energi
 * untuk rumah tangga miskin …" gives "Pemerintah Menaikkan Anggaran Subsidi Energi". Not `dan`, which also joins
 * the words of a name (`Kementerian Energi dan Sumber Daya Mineral`), nor `dari` and `terhadap`, which often complete
 * the noun (`ketergantungan terhadap AS`: cut there, the headline no longer says on what), nor `agar` and `supaya`,
 * which complete the verb (`meminta anak buahnya agar …`).
 */
export const clauseBreaks: readonly string[] = [
  'di', 'ke', 'pada', 'dalam', 'untuk', 'dengan', 'melalui', 'lewat', 'karena', 'sebab', 'setelah', 'sesudah',
  'sebelum', 'saat', 'ketika', 'sejak', 'hingga', 'sampai', 'yang', 'bahwa', 'sebagai', 'bagi',
  'kepada', 'oleh', 'tanpa', 'demi', 'selama', 'guna', 'usai', 'menyusul', 'jelang', 'sehingga',
  'sementara', 'meski', 'meskipun', 'walaupun', 'namun', 'tetapi', 'seiring', 'akibat', 'mulai', 'atas',
];
