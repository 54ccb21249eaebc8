/**
 * Openings of a note to the reader that Indonesian newsrooms put above or below a story: the content warning and
 * help-line notice of a suicide story (detikcom: "Informasi dalam artikel ini tidak ditujukan untuk menginspirasi
 * siapa pun…"; Kompas: "Artikel ini tidak ditujukan untuk menginspirasi…"), and a trigger warning. Such a note is
 * kept word for word, but it is not the lead: it goes to the end of the article. Tested against the first sentence
 * of a paragraph.
 */
export const readerNotes: readonly RegExp[] = [
  /^(?:informasi dalam )?(?:artikel|berita|tulisan) ini tidak (?:di)?tujukan untuk menginspirasi\b/iu,
  /^(?:jika|bila|apabila) anda (?:atau (?:orang|kerabat|teman) [^,]{0,30})?(?:merasakan|memiliki|mengalami|sedang mengalami) (?:gejala depresi|pikiran|keinginan|kecenderungan)[^.]{0,80}\bbunuh diri\b/iu,
  /^(?:peringatan (?:konten|pemicu)|trigger warning|content warning)\s*[:\-–—]/iu,
];
