/**
 * What a sub-editor leaves out when a sentence becomes a headline, and what it never changes: the article's words
 * in their order, fewer of them. `leading`: words dropped at the start of the clause (`Seorang demonstran …`).
 * `words`: adverbs and aspect words dropped anywhere (`KPK juga telah menetapkan` → `KPK Menetapkan`), as
 * Indonesian headlines do. `time`: when it happened, which
 * the article says and a headline need not (`pada Senin (13/10/2025)`, `pekan ini`).
 */
export const headlineOmit = {
  leading: ['seorang', 'sebuah', 'seekor', 'para'],
  words: ['juga', 'pun', 'sebenarnya', 'memang', 'pula', 'akhirnya', 'telah', 'sudah'],
  time: /\s(?:pada\s)?(?:(?:hari\s)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s?\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\))?|(?:pekan|minggu|bulan|tahun)\s(?:ini|lalu|depan)|kemarin|hari\sini)(?=[\s,.;:]|$)/gu,
};
