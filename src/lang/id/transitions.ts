/**
 * Indonesian transition words and phrases (kata dan frasa transisi), lowercased, grouped by what they signal. Our own
 * list, from Indonesian grammar (konjungsi antarkalimat and intrakalimat) and how news prose links its sentences.
 * A two-part connective is written with an ellipsis: the second part must follow the first in the same sentence.
 *
 * Left out on purpose: `dan`, `atau`, `serta`, `yang`, `untuk`, `dengan` (they join words, not ideas, and would make
 * nearly every sentence count), `setelah`/`usai` (after), `kini`/`sekarang` (now), `demi`, `guna` (mostly
 * prepositions). The yardstick is the English list's scope: its equivalents of `when`, `if`, `since`, `until`,
 * `before`, `still` are in, those of `after` and `now` are not.
 */
export const transitionWords: readonly string[] = [
  // Look-alikes that are not transitions (see src/assess/transitions.ts): `lalu lintas` is traffic.
  '!lalu lintas', '!saat ini', '!sejak dini',
  // Addition.
  'juga', 'pula', 'bahkan', 'apalagi', 'terlebih', 'terlebih lagi', 'lagi pula', 'lagipula', 'selain', 'selain itu',
  'di samping itu', 'tambahan pula', 'lebih lanjut', 'lebih jauh', 'selanjutnya', 'malahan', 'lebih-lebih',
  'ditambah lagi', 'tak hanya itu', 'tidak hanya itu', 'bukan hanya itu', 'sekali lagi',
  // Contrast and concession.
  'namun', 'tetapi', 'tapi', 'akan tetapi', 'sebaliknya', 'padahal', 'sedangkan', 'melainkan', 'meskipun', 'meski',
  'walaupun', 'walau', 'biarpun', 'kendati', 'kendatipun', 'sekalipun', 'sungguhpun', 'justru', 'malah', 'sementara',
  'sementara itu', 'di sisi lain', 'di lain pihak', 'bagaimanapun', 'meski demikian', 'meskipun demikian',
  'walaupun demikian', 'namun demikian', 'kendati demikian', 'meski begitu', 'walau begitu', 'biarpun begitu',
  'berbeda dengan', 'alih-alih',
  // Cause, effect and purpose.
  'karena', 'sebab', 'lantaran', 'akibatnya', 'sehingga', 'maka', 'maka dari itu', 'oleh karena itu', 'oleh sebab itu',
  'karena itu', 'karenanya', 'oleh karenanya', 'dengan demikian', 'dengan begitu', 'jadi', 'alhasil', 'hasilnya',
  'konsekuensinya', 'makanya', 'untuk itu', 'agar', 'supaya', 'sebagai akibatnya',
  // Time and sequence.
  'kemudian', 'lalu', 'sebelum', 'sejak', 'hingga', 'selama', 'masih', 'segera', 'setelah itu', 'sesudah itu', 'sebelum itu', 'sebelumnya', 'sesudahnya', 'setelahnya',
  'sejak itu', 'ketika', 'saat', 'sewaktu', 'semenjak', 'tatkala', 'seraya', 'sambil', 'selagi', 'akhirnya',
  'pada akhirnya', 'mula-mula', 'awalnya', 'pertama-tama', 'pertama', 'kedua', 'ketiga', 'keempat', 'kelima',
  'terakhir', 'nantinya', 'dulunya', 'sejauh ini',
  // Condition.
  'jika', 'jikalau', 'kalau', 'apabila', 'bila', 'bilamana', 'manakala', 'asalkan', 'seandainya', 'andaikan',
  'andaikata', 'sekiranya', 'kalaupun',
  // Example, explanation and emphasis.
  'misalnya', 'contohnya', 'sebagai contoh', 'umpamanya', 'misalkan', 'antara lain', 'di antaranya', 'yaitu',
  'yakni', 'artinya', 'dengan kata lain', 'dalam hal ini', 'dalam kasus ini', 'terutama', 'khususnya', 'utamanya',
  'seperti', 'sebagaimana', 'tentu saja', 'tentunya', 'memang', 'sebenarnya', 'sebetulnya', 'sesungguhnya',
  'pada dasarnya', 'intinya', 'pada intinya', 'faktanya', 'nyatanya', 'ternyata', 'setidaknya', 'paling tidak',
  // Comparison.
  'demikian pula', 'demikian juga', 'begitu pula', 'begitu juga', 'sama halnya', 'serupa dengan', 'seakan-akan',
  'seolah-olah', 'seakan', 'seolah', 'ketimbang', 'dibandingkan', 'dibanding',
  // Summary.
  'singkatnya', 'ringkasnya', 'kesimpulannya', 'secara keseluruhan', 'secara umum', 'pada umumnya', 'umumnya',
  'walhasil',
  // Two-part connectives.
  'baik … maupun', 'bukan … melainkan', 'bukan … tetapi', 'tidak hanya … tetapi', 'tidak hanya … namun',
  'bukan hanya … tetapi', 'bukan hanya … namun', 'tak hanya … tetapi', 'tak hanya … namun', 'entah … entah',
  'apakah … atau', 'semakin … semakin', 'makin … makin', 'jangankan … pun',
];

/**
 * Words that do not open a sentence on their own for the consecutive-openings check: the opening is then this word
 * and the next ("Ini adalah…", "Sebuah studi…"). Articles and classifiers, numerals, demonstratives.
 */
export const openingExceptions: ReadonlySet<string> = new Set([
  'sang', 'si', 'sebuah', 'seorang', 'seekor', 'sejumlah', 'para', 'kaum',
  'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'seratus',
  'seribu', 'sejuta', 'ratusan', 'ribuan', 'jutaan',
  'ini', 'itu', 'hal',
]);
