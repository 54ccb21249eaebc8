/**
 * Indonesian function words and stopwords (lowercased): pronouns, prepositions, conjunctions, particles,
 * auxiliaries, qualifying adverbs (also reduplicated: `benar-benar`), and the English function words that
 * Indonesian news quotes (`of`, `the`). Curated, not a generic list: content words that generic lists carry are
 * kept out. Matching is case-aware (see the keyphrase tokens): `AS` is Amerika Serikat, not `as`. Owned by the
 * keyphrase work; refine with care.
 */
export const stopwords: ReadonlySet<string> = new Set(
  `ada adalah adanya agar akan akan-akan aku anda antara apa apakah apabila atas atau bagi bahkan bahwa
  bagaimana baik banyak beberapa begitu belum berbagai bersama besar bila bisa boleh bukan cukup dalam dan dapat
  dari daripada demikian dengan di dia diri ditu hal hanya harus hingga ia ialah ini itu jadi jika juga kalau
  kami kamu karena kata ke kemudian kepada ketika kini kita lagi lain lalu lebih maka mana masih masing-masing
  mau melalui memang menjadi mereka merupakan meski meskipun mungkin namun nya oleh pada para pun saat saja
  salah sama sampai sangat satu saya se sebagai sebelum sebuah secara sedang sehingga sejak sekali selain selama
  seperti serta sesuai setelah seorang sudah supaya tak tanpa tapi telah tentang terhadap termasuk tetapi
  tidak tersebut untuk walau walaupun yaitu yakni yang
  adapun agak ataupun bagaimanapun begini belakangan benar-benar bahwasanya demi dong guna hendak jangan kah
  kala kan kapan kenapa kok lah maupun melainkan mengapa nah pula sebab sedangkan segera sekaligus semakin
  sementara seolah seakan sesudah setiap sih tadi tiba-tiba toh ya yakni diam-diam kadang-kadang terus-menerus
  sama-sama besar-besaran habis-habisan mati-matian sang si
  kau engkau dikau gue gua lu lo elo nggak ngga enggak gak ga tdk udah aja banget kayak gimana
  the of and for to in on at by with from is are was were be been a an or as`.split(/\s+/u),
);
