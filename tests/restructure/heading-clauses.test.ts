import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { clauseHeading, type ClauseHeadingInput } from '../../src/restructure/heading-clauses.js';
import { buildHeadings, buildHeadingsWithSources } from '../../src/restructure/headings.js';
import { phraseHeading } from '../../src/restructure/heading-phrases.js';
import { lowerWords, restates } from '../../src/restructure/match.js';
import { docFromParagraphs } from '../../src/document/from-text.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

function input(sentences: string[], salient: string[], extra: Partial<ClauseHeadingInput> = {}): ClauseHeadingInput {
  return {
    sentences,
    sectionWords: sentences.flatMap((s) => lowerWords(s)),
    salient: salient.map((p) => lowerWords(p)),
    keywords: new Set(salient.flatMap((p) => lowerWords(p))),
    maxChars: 60,
    lang: id,
    ...extra,
  };
}

describe('clauseHeading', () => {
  it('takes a whole main clause that names the section, in title case', () => {
    const sentences = [
      'KPK juga menetapkan PT STJ sebagai tersangka korporasi, setelah memeriksa 20 saksi.',
      'Penyidik menyita dokumen dari kantor PT STJ.',
    ];
    expect(clauseHeading(input(sentences, ['PT STJ', 'tersangka korporasi']))).toBe('KPK Juga Menetapkan PT STJ sebagai Tersangka Korporasi');
  });

  it('reads past an adverbial lead-in and brackets, as a title does', () => {
    const sentences = ['Menurut data terbaru, Komdigi (Kementerian Komunikasi dan Digital) menerbitkan surat edaran baru.'];
    expect(clauseHeading(input(sentences, ['surat edaran', 'Komdigi']))).toBe('Komdigi Menerbitkan Surat Edaran Baru');
  });

  it('cuts a long clause only right before a clause break, never inside a name or before a verb complement', () => {
    const salient = ['subsidi energi'];
    expect(clauseHeading(input(['Pemerintah menaikkan anggaran subsidi energi untuk rumah tangga miskin di seluruh provinsi tahun depan.'], salient))).toBe(
      'Pemerintah Menaikkan Anggaran Subsidi Energi',
    );
    // `dan` joins the words of a name, `agar` completes the verb: no cut there, and the clause is too long whole.
    expect(clauseHeading(input(['Kementerian Energi dan Sumber Daya Mineral menaikkan subsidi energi tahun ini secara bertahap.'], salient))).toBeUndefined();
    expect(clauseHeading(input(['Presiden meminta para menteri subsidi energi agar menekan harga bahan bakar minyak tahun ini.'], salient))).toBeUndefined();
    // `terhadap` completes the noun as `dari` does: "mengurangi ketergantungan" without on what says less.
    expect(clauseHeading(input(['China berkomitmen mengurangi ketergantungan subsidi energi terhadap pemasok dari Amerika Serikat.'], salient))).toBeUndefined();
    // A whole clause is preferred to a cut of the same sentence when both fit.
    expect(clauseHeading(input(['Pemerintah membangun sekolah subsidi energi di Papua.'], salient))).toBe('Pemerintah Membangun Sekolah Subsidi Energi di Papua');
  });

  it('skips quotations, reported speech and subordinate openers, but not a word with an apostrophe', () => {
    const salient = ['subsidi energi'];
    expect(clauseHeading(input(['“Subsidi energi harus tepat sasaran bagi warga,” kata menteri.'], salient))).toBeUndefined();
    expect(clauseHeading(input(['Menteri mengatakan subsidi energi naik tahun ini.'], salient))).toBeUndefined();
    expect(clauseHeading(input(['Meskipun subsidi energi naik tajam di daerah, harga tetap.'], salient))).toBeUndefined();
    expect(clauseHeading(input(['Google’s founder rebuilt the search team in April.'], ['search team'], { lang: en }))).toBe('Google’s founder rebuilt the search team');
  });

  it('needs one of the section’s salient phrases, and the focus where it is required', () => {
    const sentences = ['Pemerintah membangun sekolah unggulan di Papua.'];
    expect(clauseHeading(input(sentences, ['jalan tol']))).toBeUndefined();
    expect(clauseHeading(input(sentences, ['sekolah unggulan']))).toBe('Pemerintah Membangun Sekolah Unggulan di Papua');
    expect(clauseHeading(input(sentences, ['sekolah unggulan'], { require: lowerWords('beasiswa') }))).toBeUndefined();
  });

  it('does not end on a verb', () => {
    expect(clauseHeading(input(['Pemerintah China juga telah resmi berkomitmen.'], ['China']))).toBeUndefined();
    expect(clauseHeading(input(['Pemerintah China juga telah berkomitmen penuh.'], ['China']))).toBe('Pemerintah China Juga Telah Berkomitmen Penuh');
  });
});

describe('buildHeadings with sentences', () => {
  /** Headings for sections given as sentences, with the focus carried by `focusSlots` of them. */
  const headingsOf = (sentences: string[][], focus: string, focusSlots: number, phrases: { phrase: string; score: number }[]) =>
    buildHeadings({ sections: sentences.map((s) => s.flatMap((x) => lowerWords(x))), sentences, focus, lang: id, focusSlots, phrases });

  it('uses a clean clause when a section has one and phrases otherwise', () => {
    const sentences = [
      ['Pemerintah membangun sekolah unggulan di Papua.', 'Sekolah unggulan itu menampung 500 siswa.'],
      ['“Kami senang,” kata seorang guru di sekolah itu.', 'Guru dan siswa menyambut baik.'],
    ];
    const headings = headingsOf(sentences, 'Papua', 0, [{ phrase: 'sekolah unggulan', score: 1 }, { phrase: 'guru', score: 0.8 }, { phrase: 'siswa', score: 0.7 }]);
    expect(headings[0]).toBe('Pemerintah Membangun Sekolah Unggulan di Papua');
    expect(headings[1]).toMatch(/^Guru dan Siswa$|^Siswa dan Guru$/u);
    // (A list says nothing of the section: it is marked so, and the rewrite leaves that subheading out.)
    const sources = buildHeadingsWithSources({ sections: sentences.map((s) => s.flatMap((x) => lowerWords(x))), sentences, focus: 'Papua', lang: id, focusSlots: 0, phrases: [{ phrase: 'sekolah unggulan', score: 1 }, { phrase: 'guru', score: 0.8 }, { phrase: 'siswa', score: 0.7 }] });
    expect(sources.map((h) => h.source)).toEqual(['clause', 'list']);
  });

  it('never forces the focus in as a label when the section has no clause naming it', () => {
    const sentences = [['Pemerintah membangun sekolah unggulan di Papua.', 'Sekolah unggulan itu menampung 500 siswa.']];
    const headings = headingsOf(sentences, 'beasiswa', 1, [{ phrase: 'sekolah unggulan', score: 1 }, { phrase: 'siswa', score: 0.7 }]);
    expect(headings[0]).toBe('Pemerintah Membangun Sekolah Unggulan di Papua');
  });
});

describe('a heading clause, as editors choose one', () => {
  const build = (section: string[]): string => {
    const paragraphs = [docFromParagraphs(section, id).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.sentences] : []))];
    const written = new Set(section.flatMap((s) => lowerWords(s)));
    return buildHeadings({ sections: [section.flatMap((s) => lowerWords(s))], sentences: [section], paragraphs, focus: 'survei', lang: id, focusSlots: 0, phrases: [], attested: (w) => written.has(w) })[0]!;
  };

  it('names someone before it says what a subject of common words did', () => {
    // (`Sebagian Besar Tunjukkan Kemajuan` names nothing: the clause that names Poltracking heads the section.)
    const heading = build(['Sebagian besar responden menunjukkan kemajuan yang baik.', 'Poltracking merilis hasil survei kepuasan publik.']);
    expect(heading).toMatch(/^Poltracking Rilis Hasil Survei/u);
  });

  it('holds the section’s figure before a clause without one', () => {
    const heading = build(['Pemerintah menyiapkan program bantuan sosial.', 'Pemerintah menyalurkan bantuan kepada 35 juta keluarga.']);
    expect(heading).toMatch(/35 Juta Keluarga$/u);
    // (A time of day, a year or a rank is no figure: `Pukul 11.30`, `ke-38` weigh nothing.)
    const time = build(['Gus Ipul membuka acara itu di Karawang.', 'Gus Ipul tiba pukul 11.30 di lokasi acara.']);
    expect(time).toMatch(/^Gus Ipul Buka Acara/u);
  });
});

describe('a heading that restates', () => {
  it('is recognised by its content words (stems), stopwords aside', () => {
    expect(restates('Bimo Targetkan Dapat Kumpulkan Rp 20 Triliun', 'Bimo Wijayanto Targetkan Rp 20 Triliun', id)).toBe(true);
    expect(restates('Penerimaan Pajak Naik di Bulan Mei', 'Bimo Wijayanto Targetkan Rp 20 Triliun', id)).toBe(false);
  });

  it('comes after another clause of the section that says something new', () => {
    const section = [
      'Bimo Wijayanto menargetkan penerimaan Rp 20 triliun dari penunggak pajak.',
      'DJP memblokir rekening 200 penunggak pajak.',
    ];
    const paragraphs = [docFromParagraphs(section, id).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.sentences] : []))];
    const written = new Set(section.flatMap((s) => lowerWords(s)));
    const build = (avoid: string[]) =>
      buildHeadings({ sections: [section.flatMap((s) => lowerWords(s))], sentences: [section], paragraphs, focus: 'pajak', lang: id, focusSlots: 0, phrases: [{ phrase: 'penunggak pajak', score: 1 }], avoid, attested: (w) => written.has(w) });
    const free = build([])[0]!;
    expect(free).toMatch(/^Bimo Wijayanto Targetkan/u);
    const under = build(['Bimo Wijayanto Targetkan Rp 20 Triliun dari Penunggak Pajak'])[0]!;
    expect(under).not.toMatch(/^Bimo/u);
    expect(under).toMatch(/^DJP (Mem)?blokir Rekening/iu);
  });

  it('leaves out a word that points back, as a headline does, but not one that ends a time (`sejauh ini`)', () => {
    const salient = ['ott'];
    expect(clauseHeading(input(['OTT itu berkaitan dengan suap proyek pembangunan jalan di Sumatera Utara.'], salient))).toBe('OTT Berkaitan dengan Suap Proyek Pembangunan Jalan');
    for (const h of [clauseHeading(input(['Sejauh ini Vivo belum buka suara soal spesifikasi asli X20.'], ['vivo']))]) expect(h ?? '').not.toMatch(/^Sejauh Vivo/u);
    // (The words it leaves out still count toward the longest cut: no run-on past a relative clause's `yang`.)
    expect(clauseHeading(input(['Rapat itu diikuti oleh 184 peserta yang meliputi pemimpin TNI.'], ['rapat'])) ?? '').not.toMatch(/yang/iu);
  });

  it('takes a clause a little longer than a title before a bare noun phrase of the section', () => {
    const section = ['Wasekjen Gerindra ini menilai produksi Maung dapat memperkuat industri nasional dan membuka lapangan kerja.'];
    const paragraphs = [docFromParagraphs(section, id).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.sentences] : []))];
    const written = new Set(section.flatMap((s) => lowerWords(s)));
    const heading = buildHeadings({ sections: [section.flatMap((s) => lowerWords(s))], sentences: [section], paragraphs, focus: 'zzz', lang: id, focusSlots: 0, phrases: [{ phrase: 'lapangan kerja', score: 1 }, { phrase: 'industri nasional', score: 0.8 }], attested: (w) => written.has(w) })[0]!;
    // (Longer than a title's 60 characters: before, `Lapangan Kerja`, which says nothing of what the section says.)
    expect(heading).toBe('Wasekjen Gerindra Nilai Produksi Maung Dapat Perkuat Industri Nasional');
  });

  it('never says the title again with a phrase added to make it differ', () => {
    const section = ['Barclays shares were up 8 pence.'];
    const paragraphs = [docFromParagraphs(section, en).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.sentences] : []))];
    const title = 'Barclays Shares Were Up 8 Pence';
    const heading = buildHeadings({ sections: [section.flatMap((s) => lowerWords(s))], sentences: [section], paragraphs, focus: 'zzz', lang: en, focusSlots: 0, phrases: [{ phrase: 'pence', score: 1 }, { phrase: 'Barclays', score: 1 }], avoid: [title], attested: () => true })[0]!;
    expect(heading.toLowerCase()).not.toBe(title.toLowerCase());
    expect(heading).not.toMatch(/^Barclays Shares Were Up 8 Pence and /iu);
  });

  /** The heading of one section given as paragraphs, as the rewrite builds it. */
  const headingOf = (section: string[], phrases: { phrase: string; score: number }[]): string | undefined => {
    const doc = docFromParagraphs(section, id);
    const paragraphs = doc.blocks.map((b) => b.sentences);
    const written = new Set(paragraphs.flat().flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
    return buildHeadings({ sections: [section.flatMap((s) => lowerWords(s))], sentences: [section], paragraphs: [paragraphs], focus: 'zzz', lang: id, focusSlots: 0, phrases, attested: (w) => written.has(w) })[0];
  };

  it('never says a content word twice', () => {
    const heading = headingOf(['Salah satu contoh kolaborasi adalah kolaborasi dengan Kementerian Agama.', 'Kolaborasi itu mempercepat sertifikasi tanah wakaf.'], [{ phrase: 'kolaborasi', score: 1 }, { phrase: 'tanah wakaf', score: 0.8 }]);
    expect(heading).toBeDefined();
    expect(heading).not.toMatch(/Kolaborasi.*Kolaborasi/u);
  });

  it('never opens a noun-phrase heading with a transition word the chunker ran into it', () => {
    const paragraphs = docFromParagraphs(['Terutama misalnya sekolah negeri di kota besar.'], id).blocks.map((b) => b.sentences);
    const heading = phraseHeading({ paragraphs, lang: id, salient: [['sekolah', 'negeri']], keywords: new Set(['sekolah', 'negeri']), seen: new Set(), maxChars: 60 });
    expect(heading ?? '').not.toMatch(/^Misalnya/u);
    // (An ordinal is the phrase's own.)
    const en = getLanguagePack('en').pack;
    const third = docFromParagraphs(['He became the third Conservative MP to defect.'], en).blocks.map((b) => b.sentences);
    expect(phraseHeading({ paragraphs: third, lang: en, salient: [['conservative', 'mp']], keywords: new Set(['conservative', 'mp']), seen: new Set(), maxChars: 60 })).toBe('Third Conservative MP');
  });

  it('names a section by what it is about before a name alone, and never by a time the chunker ran in', () => {
    const paragraphs = docFromParagraphs(['Gubernur Jawa Barat Dedi Mulyadi melarang kebijakan study tour di sekolah negeri.'], id).blocks.map((b) => b.sentences);
    const heading = phraseHeading({ paragraphs, lang: id, salient: [['dedi', 'mulyadi'], ['study', 'tour']], keywords: new Set(['dedi', 'mulyadi', 'study', 'tour']), seen: new Set(), maxChars: 60 });
    expect(heading).toBe('Kebijakan Study Tour');
    const cabinet = docFromParagraphs(['Para menteri menghadiri sidang kabinet hari ini di Istana.'], id).blocks.map((b) => b.sentences);
    expect(phraseHeading({ paragraphs: cabinet, lang: id, salient: [['sidang', 'kabinet']], keywords: new Set(['sidang', 'kabinet']), seen: new Set(), maxChars: 60 }) ?? '').not.toMatch(/Hari$/u);
  });

  it('never opens a noun-phrase heading with a word that stands only with its preposition (`di hadapan`)', () => {
    const paragraphs = docFromParagraphs(['Aulia menceritakan perjuangan kuliahnya di hadapan Presiden Prabowo dalam acara wisuda.'], id).blocks.map((b) => b.sentences);
    const heading = phraseHeading({ paragraphs, lang: id, salient: [['presiden', 'prabowo']], keywords: new Set(['presiden', 'prabowo', 'wisuda']), seen: new Set(), maxChars: 60 });
    expect(heading ?? '').not.toMatch(/^Hadapan/u);
  });

  it('never names a section by a phrase a negation denies, which alone says the opposite', () => {
    const paragraphs = docFromParagraphs(['Ia menegaskan bahwa sakit perut murid-muridnya bukanlah akibat keracunan MBG.'], id).blocks.map((b) => b.sentences);
    const heading = phraseHeading({ paragraphs, lang: id, salient: [['keracunan', 'mbg']], keywords: new Set(['keracunan', 'mbg']), seen: new Set(), maxChars: 60 });
    expect(heading ?? '').not.toMatch(/^Akibat Keracunan/u);
  });

  it('never names a section by who said it or by a verb the chunker took for a noun', () => {
    const said = docFromParagraphs(['"Kebetulan dokternya juga yang aku kenal," tutur Iis Dahlia.'], id).blocks.map((b) => b.sentences);
    expect(phraseHeading({ paragraphs: said, lang: id, salient: [['iis', 'dahlia']], keywords: new Set(['iis', 'dahlia']), seen: new Set(), maxChars: 60 }) ?? '').not.toMatch(/^Tutur/u);
  });
});
