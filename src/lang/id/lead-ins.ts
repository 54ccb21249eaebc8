/**
 * Words a headline never opens with: they tie a sentence to the one before (`dan`, `namun`, `lantas`, `adapun`), point
 * back at something (`ia`, `mereka`, `hal itu`) or open an adverbial lead-in (`di tengah …, `, `melalui …, `).
 * A title is not built from a clause that starts with one; after a lead-in and a comma, the rest of the sentence
 * may serve.
 */
export const leadIns: readonly string[] = [
  // conjunctions and transitions
  'dan', 'tetapi', 'tapi', 'namun', 'atau', 'lalu', 'lantas', 'kemudian', 'adapun', 'apalagi', 'sementara',
  'selain', 'bahkan', 'maka', 'sehingga', 'karena', 'sebab', 'jika', 'bila', 'apabila', 'kalau', 'saat', 'ketika',
  'meski', 'meskipun', 'walaupun', 'walau', 'padahal', 'sedangkan', 'pun', 'juga', 'kini', 'sekarang', 'selanjutnya',
  'sebelumnya', 'sebelum', 'setelah', 'sesudah', 'seiring', 'sejak', 'hingga', 'sampai', 'menurut', 'terkait',
  'berdasarkan', 'mengenai', 'soal', 'oleh', 'sebagai', 'seperti', 'yakni', 'yaitu', 'bagaimana', 'mengapa',
  'kenapa', 'apakah', 'siapa', 'berbeda',
  // prepositions that open an adverbial
  'di', 'ke', 'dari', 'pada', 'dalam', 'untuk', 'dengan', 'melalui', 'lewat', 'tentang', 'bagi', 'kepada', 'atas',
  'antara', 'tanpa', 'demi', 'selama',
  // words pointing back
  'ia', 'dia', 'beliau', 'mereka', 'kami', 'kita', 'saya', 'aku', 'anda', 'hal', 'ini', 'itu', 'tersebut', 'begitu',
  'demikian', 'nya',
];
