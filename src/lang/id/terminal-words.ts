/**
 * Indonesian words of the text reports' frame (the shape is `TerminalWords` in `src/report/terminal-words.ts`).
 * Nouns do not change for a count (`1 berkas`, `3 berkas`).
 */
import type { TerminalWords } from '../../report/terminal-words.js';

/** A number with the Indonesian decimal comma (`1,5`). */
const decimal = (n: number): string => n.toFixed(1).replace('.', ',');

export const terminalWords: TerminalWords = {
  code: 'id',
  labels: { language: 'bahasa', focus: 'fokus', keyphrases: 'frasa kunci', title: 'judul', or: 'atau', description: 'deskripsi', slug: 'slug', seo: 'SEO', readability: 'keterbacaan', warning: 'peringatan', score: 'skor' },
  none: '(tidak ada)',
  chars: (n) => `(${n} karakter)`,
  sections: { assessments: 'Penilaian', changed: 'Diubah', removed: 'Dihapus', notes: 'Untuk penulis' },
  ratings: { good: 'baik', ok: 'cukup', bad: 'buruk' },
  moreNotes: (n) => `… dan ${n} lainnya (--format json menampilkan semuanya)`,
  rewritten: (n) => `${n} berkas ditulis ulang`,
  upToDate: (n) => `${n} dilewati (sudah mutakhir)`,
  noText: (n) => `${n} dilewati (tanpa teks artikel)`,
  failed: (n) => `${n} gagal`,
  underMinScore: (n, min) => `${n} di bawah --min-score ${min}`,
  mean: (seo, readability) => `Rata-rata SEO ${seo}, keterbacaan ${readability}`,
  done: (seconds) => {
    if (seconds < 60) return `Selesai dalam ${decimal(seconds)} detik.`;
    const minutes = Math.floor(seconds / 60);
    return `Selesai dalam ${minutes} menit ${Math.round(seconds - minutes * 60)} detik.`;
  },
  keyphrase: (phrase) => `frasa kunci “${phrase}”`,
  under: (min) => `di bawah --min-score ${min}`,
  noProblems: 'tidak ada masalah',
  problems: (n, errors, warnings) => `${n} masalah (${errors} galat, ${warnings} peringatan)`,
  notes: (n) => ` dan ${n} catatan`,
  checked: (n) => `${n} berkas diperiksa`,
  checkMean: (seo, readability) => `rata-rata SEO ${seo}, keterbacaan ${readability}`,
  minScoreReason: (seo, readability, min) => {
    const parts = [...(seo === undefined ? [] : [`skor SEO ${seo}`]), ...(readability === undefined ? [] : [`skor keterbacaan ${readability}`])];
    const said = parts.join(' dan ');
    return `${said.charAt(0).toUpperCase()}${said.slice(1)}, seharusnya paling sedikit --min-score ${min}`;
  },
  siteHeading: 'pemeriksaan tingkat situs atas hasilnya:',
  moreAnnotations: (left, max) => `${left} anotasi lain tidak ditampilkan (GitHub menyimpan ${max}): jalankan dengan --format stylish untuk semuanya`,
};
