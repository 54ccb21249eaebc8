/**
 * Indonesian sentences that are not article content: instructions left by writing tools (about SEO, keywords,
 * content quality) and cross-promotion lines. Each pattern is tested against one sentence.
 */
import type { NonArticleRule } from '../types.js';

export const nonArticle: readonly NonArticleRule[] = [
  {
    pattern: /\b(?:SEO|kata kunci|keyword|optimasi mesin pencari)\b.*\b(?:konten|artikel|tulisan|informasi|standar)\b|\b(?:konten|artikel|tulisan)\b.*\b(?:SEO|kata kunci|keyword)\b/iu,
    kind: 'seo-instruction',
    edge: true,
    // Addressed to the writer or the tool: a purpose (`agar konten dihasilkan`), an order (`pastikan`, `gunakan`).
    form: /\b(?:agar|supaya|pastikan|gunakan(?:lah)?|tulis(?:lah|kan)?|buatlah|optimalkan|diartikan|dihasilkan|harus)\b/iu,
  },
  {
    pattern: /^(?:baca juga|simak juga|lihat juga|tonton juga|saksikan juga|baca selengkapnya)\b\s*[:\-–—]/iu,
    kind: 'cross-promotion',
  },
  {
    // A page break of the source site: `Baca selengkapnya di halaman berikutnya....`, `Selengkapnya di halaman 2`.
    pattern: /^(?:baca |simak )?selengkapnya\b.{0,40}\b(?:halaman|laman|berikut(?:nya)?|di sini|klik)\b/iu,
    kind: 'cross-promotion',
  },
  {
    pattern: /^(?:simak video|saksikan video|tonton video|\[gambas:)/iu,
    kind: 'embedded-media',
  },
  {
    pattern: /^(?:dapatkan|ikuti) (?:update|berita|informasi)\b.*\b(?:google news|whatsapp|telegram|channel|instagram)\b/iu,
    kind: 'subscription-prompt',
  },
];
