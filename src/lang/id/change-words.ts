/**
 * Indonesian lines of the rewrite's "changed" list and removal reasons (the shape is `ChangeWords` in
 * `src/pipeline/change-words.ts`). Indonesian nouns do not change for a count (`1 kalimat`, `3 kalimat`).
 */
import type { ChangeWords } from '../../pipeline/change-words.js';

export const changeWords: ChangeWords = {
  code: 'id',
  glued: (n) => `memisahkan ${n} kalimat yang menempel`,
  entities: (n) => `mengembalikan ${n} kode karakter HTML menjadi hurufnya`,
  furniture: (n) => `menghapus ${n} label sisipan halaman (Advertisement, Scroll down for video…) di antara kalimat`,
  whitespace: (n) => `merapikan spasi yang berlebih di ${n} paragraf`,
  headline: 'membaca baris pertama sebagai judul berita',
  writerSubheadings: (n) => `mempertahankan ${n} baris pendek di antara paragraf sebagai subjudul dari penulis`,
  removed: (n) => `menghapus ${n} kalimat yang bukan isi artikel`,
  readerNotes: (n) => `memindahkan ${n} catatan untuk pembaca (peringatan isi atau baris bantuan) ke akhir, agar pembuka berisi inti berita`,
  split: (n, max) => `memecah ${n} paragraf yang lebih dari ${max} kata di batas kalimat`,
  sections: (n) => `mengelompokkan isi menjadi ${n} bagian bersubjudul`,
  title: 'menambahkan judul yang disusun dari pembuka dan frasa kunci',
  description: 'menambahkan deskripsi meta dari kalimat-kalimat pembuka',
  slug: 'menambahkan slug',
  frontMatterCreated: 'membuat front matter YAML',
  frontMatterAdded: (fields) => `front matter: menambahkan ${fields}`,
  frontMatterChanged: (fields) => `front matter: mengubah ${fields}`,
  frontMatterKept: (fields, overwrite) => `front matter: mempertahankan ${fields} seperti yang ditulis${overwrite ? ' (tidak dapat diubah di tempat)' : ' (--overwrite menggantinya)'}`,
  h1Added: 'menambahkan judul sebagai H1',
  splitAt: (line, words, max, parts) => `memecah paragraf di baris ${line} (${words} kata, lebih dari ${max}) menjadi ${parts} di antara kalimat`,
  subheadingAt: (text, depth, line) => `menambahkan subjudul “${text}” (H${depth}) di baris ${line}`,
  leftOut: (what) => `tidak jadi ${what === 'splits' ? 'memecah paragraf' : 'menambahkan subjudul'} (Markdown berkas akan terbaca lain)`,
  unchanged: 'bagian lain berkas tidak berubah, sama persis byte demi byte',
  reasons: {
    'seo-instruction': 'instruksi tentang SEO atau kata kunci, bukan isi artikel',
    'cross-promotion': 'baris promosi artikel lain, bukan isi artikel',
    'embedded-media': 'media sematan atau promosi, bukan isi artikel',
    'subscription-prompt': 'ajakan berlangganan, bukan isi artikel',
  },
  focus: {
    given: 'ditentukan penulis',
    fallback: 'frasa kunci terbaik (tidak ada kandidat yang cocok sebagai fokus)',
    none: 'tidak ada frasa kunci',
    remaining: 'kandidat terbaik yang tersisa',
    headline: (standIn) => (standIn ? 'ada di judul dari pembuka' : 'ada di judul penulis'),
    subject: 'subjek klausa utama kalimat pembuka',
    firstSentence: 'ada di kalimat pertama',
    intro: 'ada di paragraf pertama',
    rank: (n) => `peringkat frasa kunci ke-${n}`,
    written: (n) => `ditulis ${n} kali`,
    name: 'sebuah nama',
    acronym: 'sebuah singkatan',
    shortName: 'nama pendek yang dipakai artikel',
    fits: 'kepadatan dalam rentang Yoast',
    summary: (reasons, score, next) => `${reasons}; skor ${score.replace('.', ',')}${next === undefined ? '' : `, berikutnya “${next}”`}`,
  },
};
