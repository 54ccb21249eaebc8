import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { grammarOf } from '../../src/grammar/annotate.js';
import { getLanguagePack } from '../../src/lang/index.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

/** Subject and predicate of the first sentence, tagged by the shipped model. */
function clause(text: string, lang = id): { subject: string; predicate: string } {
  const s = docFromParagraphs([text], lang).blocks[0]!.sentences[0]!;
  const c = grammarOf(s, lang)?.clause;
  const span = (r?: { start: number; end: number }): string => (r ? s.words.slice(r.start, r.end).map((w) => w.text).join(' ') : '');
  return { subject: span(c?.subject), predicate: span(c?.predicate) };
}

describe('the subject of the main clause, as the lead writes it', () => {
  it('keeps an office with a conjunction in it whole before its short form and the person', () => {
    expect(clause("Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Abdul Mu'ti mengusulkan perubahan skema MBG.").subject).toBe('Menteri Pendidikan Dasar dan Menengah');
  });

  it('reads a name the sentence defines by its short form as one name: none of its words is the verb', () => {
    // (The tagger reads `bergizi` as a verb: `makan bergizi gratis` is `MBG`, and the clause's verb is after it.)
    const c = clause('Presiden Prabowo Subianto menyebut program makan bergizi gratis (MBG) sudah menyasar 36,7 juta penerima.');
    expect(c.predicate).toBe('sudah menyasar');
    expect(c.subject).toMatch(/^program makan bergizi gratis/u);
  });

  it('passes over a participle phrase set off by commas (an aside), in English', () => {
    expect(clause('Actor Keanu Reeves, best known for his role in the Matrix movies, has been awarded a star on the Hollywood Walk of Fame.', en)).toEqual({ subject: 'Actor Keanu Reeves', predicate: 'has been awarded' });
    expect(clause('The minister, facing criticism, resigned on Monday.', en)).toEqual({ subject: 'The minister', predicate: 'resigned' });
  });

  it('passes over an appositive phrase with a participle in it, set off by commas before the verb, in English', () => {
    // (Its participle, `founded`, is the phrase's: the clause's verb is `fell`.)
    expect(clause('Shares in Solidere, the Lebanese company founded by former prime minister Rafik Hariri, fell 15% in Beirut.', en).predicate).toBe('fell');
  });

  it('takes a `di-` verb the tagger calls a noun for the predicate, and a counted phrase opening the clause for the subject', () => {
    expect(clause('Sebanyak 36 kendaraan milik penunggak pajak disita Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah II.')).toEqual({ subject: '36 kendaraan milik penunggak pajak', predicate: 'disita' });
    // (After a subject, the count says how often: the subject stays.)
    expect(clause('Kawanan maling sebanyak tujuh kali mencuri besi di proyek stadion.').subject).toBe('Kawanan maling');
  });

  it('takes an opening participle before a noun for a modifier, and a participle phrase after the subject for its own, in English', () => {
    expect(clause('Jailed tycoon Mikhail Khodorkovsky has transferred his controlling stake in Yukos to a business partner.', en)).toEqual({ subject: 'tycoon Mikhail Khodorkovsky', predicate: 'has transferred' });
    expect(clause('Mexican labourers living in the US sent a record $16.6bn home last year.', en)).toEqual({ subject: 'Mexican labourers', predicate: 'sent' });
  });

  it('takes a name after a short form in brackets for the owner of the phrase before it, in Indonesian', () => {
    expect(clause('Penyidik Kejaksaan Negeri (Kejari) Lembata menggeledah tiga kantor di Lewoleba.').subject).toBe('Penyidik Kejaksaan Negeri Kejari Lembata');
  });

  it('takes no time word for the subject or its last word (`kini tengah diperiksa`)', () => {
    expect(clause('Made mengatakan ayah korban juga kini tengah diperiksa.').subject).toBe('ayah korban');
    expect(clause('Ibu tiri korban kini tengah diperiksa polisi.').subject).toBe('Ibu tiri korban');
  });

  it('is never the dateline', () => {
    expect(clause('PRANCIS – Tony Chapron, yang kedapatan menendang pemain Nantes, dijatuhi hukuman berat.').subject).toBe('Tony Chapron');
  });

  it('is never a date before the name, nor inside a leading adverbial', () => {
    expect(clause('Pada saat sidang kabinet di Istana Negara, Jakarta, Senin (20/10), Prabowo memberikan arahan soal mobil Maung.').subject).toBe('Prabowo');
    expect(clause('Per hari ini, Direktorat Jenderal Pajak (DJP) baru berhasil mengumpulkan Rp 7,21 triliun.').subject).toBe('Direktorat Jenderal Pajak');
  });

  it('is the speaker when the reported clause’s subject is the speaker’s pronoun', () => {
    const c = clause('Direktur Jenderal Pajak Bimo Wijayanto menegaskan, ia akan menindak tegas oknum pegawai pajak.');
    expect(c.subject).toBe('Direktur Jenderal Pajak Bimo Wijayanto');
    expect(c.predicate).toBe('akan menindak');
    expect(clause('The minister said he would resign next week.', en).subject).toBe('The minister');
  });

  it('opens with a number that counts a noun, before a bracket', () => {
    expect(clause('Empat anggota Lembaga Swadaya Masyarakat (LSM) terjaring Operasi Tangkap Tangan (OTT) polisi.').subject).toBe('Empat anggota Lembaga Swadaya Masyarakat');
  });

  it('stands before an adjective used as an adverb, in Indonesian', () => {
    expect(clause('Siloam International Hospitals (Siloam) resmi memperkenalkan logo baru.')).toEqual({ subject: 'Siloam International Hospitals', predicate: 'memperkenalkan' });
  });

  it('stands before a subordinate clause that is its aside', () => {
    expect(clause('Kopral Dua (Kopda) Bazarsah penembak tiga anggota Polres Way Kanan, Lampung, hingga tewas tetap dihukum mati.').subject).toMatch(/^Bazarsah /u);
  });

  it('is the first of two doers joined by a preposition (`bersama`), across its bracketed short form', () => {
    expect(clause('Badan Penyelenggara Jaminan Kesehatan (BPJS) bersama Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Kemenko PMK) akan segera membahas rencana pemutihan tunggakan iuran.').subject).toBe('Badan Penyelenggara Jaminan Kesehatan');
  });

  it('is never the source a sentence opens by citing, comma or not', () => {
    expect(clause('Melansir laman resmi Kementerian Sekretariat Negara (Kemensetneg) BLT Kesra menyasar 35,04 juta KPM.')).toEqual({ subject: 'BLT Kesra', predicate: 'menyasar' });
    // (Where the source runs into the subject, there is none.)
    expect(clause('Melansir laman resmi Kemensetneg pencairan melalui Bank Himbara memiliki jadwal yang berbeda.').subject).toBe('');
  });

  it('is a whole office whose name is a list, before the person set off by commas', () => {
    expect(clause('Menko Hukum, HAM, Imigrasi, dan Pemasyarakatan, Yusril Ihza Mahendra, merespons rencana TNI.').subject).toBe('Menko Hukum HAM Imigrasi dan Pemasyarakatan');
  });

  it('passes over a noun the tagger took for a verb in an English lead’s opening names, never over a reporting verb', () => {
    expect(clause('UK condom maker SSL International has refused to comment.', en)).toEqual({ subject: 'SSL International', predicate: 'has refused' });
    expect(clause("Ireland captain Brian O'Driscoll has been ruled out of the clash.", en).subject).toBe("Brian O'Driscoll");
    const s = docFromParagraphs(['Tony Blair said Labour would set out workable plans.'], en).blocks[0]!.sentences[0]!;
    const speaker = grammarOf(s, en)?.clause?.reporting?.speaker;
    expect(speaker ? s.words.slice(speaker.start, speaker.end).map((w) => w.text).join(' ') : '').toBe('Tony Blair');
  });

  it('runs back across two prepositions to the phrase they qualify', () => {
    expect(clause('Movie stars from across the globe are attending the ceremony.', en)).toEqual({ subject: 'Movie stars', predicate: 'are attending' });
  });

  it('is the speaker for `it` or `they` in an intention they report, never in a claim', () => {
    expect(clause('Deutsche Boerse has said it will boost its dividend payment by 27%.', en).subject).toBe('Deutsche Boerse');
    expect(clause('Venezuelan authorities have said they will seize land owned by a British company.', en).subject).toBe('Venezuelan authorities');
    expect(clause('The firm said it had complied fully with Venezuelan law.', en).subject).toBe('it');
    expect(clause('Officials said it will be difficult to finish the road.', en).subject).toBe('it');
  });
});

describe('the subject past asides and names, in Indonesian', () => {
  it("passes over a place's name set off by commas, and a modal the tagger took for a noun", () => {
    // (`Nusa Tenggara Barat (NTB)` is where Mataram is; `bakal/NOUN` opens the verb group.)
    expect(clause('Ratusan guru di Mataram, Nusa Tenggara Barat (NTB), bakal mendapatkan pelatihan penggunaan layar digital pintar pada pekan depan.')).toEqual({ subject: 'Ratusan guru', predicate: 'mendapatkan' });
    // (Not the person after an office, who is the subject.)
    expect(clause('Menko Hukum, HAM, Imigrasi, dan Pemasyarakatan, Yusril Ihza Mahendra, merespons rencana TNI.').subject).not.toBe('Pemasyarakatan');
  });

  it('takes the verb a relative clause chains for its own, and a name a verb gives for part of the phrase', () => {
    // (`diduga mencabuli` is the relative clause's; the main verb is `ditetapkan`.)
    const kepsek = clause('Oknum kepala sekolah berinisial M yang diduga mencabuli 4 muridnya ditetapkan sebagai tersangka.');
    expect(kepsek).toEqual({ subject: 'Oknum kepala sekolah berinisial M', predicate: 'ditetapkan' });
    // (`bernama` names the alumnus: `memanfaatkan` is the predicate.)
    expect(clause('Alumni SMA Negeri 11 Semarang bernama Chiko memanfaatkan Artificial Intelligence (AI) untuk perbuatan cabul.')).toEqual({ subject: 'Alumni SMA Negeri 11 Semarang bernama Chiko', predicate: 'memanfaatkan' });
  });

  it("gives a claim's content without a subject to the speaker past a modal the tagger left out", () => {
    expect(clause('Meskipun demikian, Bobby mengaku bakal mengecek soal data tersebut.').subject).toBe('Bobby');
  });
});

describe('the main clause, where the tagger leaves traps', () => {
  it('keeps a lone verb after a phrase an owner opens for the predicate, and a gerund after a preposition out of the subject, in English', () => {
    // (`put` is the verb: not `Liverpool were well beaten`, which is Newcastle's.)
    expect(clause("Titus Bramble's own goal put Liverpool on the comeback trail as injury-hit Newcastle were well beaten at Anfield.", en).predicate).toBe('put');
    // (Still a noun the tagger took for a verb before a name: `Oscar host Chris Rock said …`.)
    expect(clause('Oscar host Chris Rock said he will steer clear of bad language.', en).predicate).not.toBe('host');
    expect(clause('An investigation into doping claims against Marion Jones has been opened by the International Olympic Committee.', en).subject).toBe('An investigation');
  });

  it('reads a name with its short form in brackets after a verb of saying as what is said, not whom it is said to', () => {
    const s = docFromParagraphs(['Bupati Gresik, Fandi Akhmad Yani mengatakan Hari Perhubungan Nasional (Harhubnas) menjadi momentum untuk mengapresiasi kerja keras.'], id).blocks[0]!.sentences[0]!;
    expect(grammarOf(s, id)?.clause?.reporting?.position).toBe('before');
    // (And the subject of what is said: no addressee `told Y: …`.)
    expect(clause('Bupati Gresik, Fandi Akhmad Yani mengatakan Hari Perhubungan Nasional (Harhubnas) menjadi momentum untuk mengapresiasi kerja keras.').subject).toBe('Hari Perhubungan Nasional');
  });

  it('takes a word the tagger called a preposition right after `sudah`/`telah` for the verb', () => {
    // (`sudah sampai/ADP pada tahap …`: the clause is the programme's, not the next one after the comma.)
    expect(clause('Program Makan Bergizi Gratis sudah sampai pada tahap 12.508 SPPG, sudah mencapai 12.508 dari target.')).toEqual({ subject: 'Program Makan Bergizi Gratis', predicate: 'sudah sampai' });
    // (Not after `masih`, which a preposition follows: `masih di lapangan`.)
    expect(clause('Tim masih di lapangan melakukan pengejaran.').predicate).not.toBe('masih di');
  });
});

describe('asides and clauses of time around the main clause', () => {
  it('passes over an aside between two spaced dashes, in English', () => {
    // (Inside the dashes, the tagger reads `Shook` as a verb: the clause is the recordings'.)
    expect(clause("Some of Elvis Presley's earliest recordings - including takes of All Shook Up - are going under the hammer on Sunday.", en).predicate).toBe('are going');
  });

  it('names who is in a place, not the wider places a comma list adds before the verb', () => {
    expect(clause('Warga di Perumahan Pondok Hijau, Ciputat, Tangerang Selatan memprotes pembangunan jembatan.')).toEqual({ subject: 'Warga', predicate: 'memprotes' });
    // (One name after a comma is the subject after an adverbial, no list of places.)
    expect(clause('Dalam kunjungannya ke Beijing, Cook berkomitmen untuk meningkatkan investasi Apple di China.').subject).toBe('Cook');
    expect(clause('Senada dengan Sarmuji, Waketum Partai Demokrat Dede Yusuf mendukung anggota DPR.').subject).toBe('Waketum Partai Demokrat Dede Yusuf');
  });

  it('takes a phrase with `of` and its appositive between commas for the subject, in English', () => {
    expect(clause("Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early.", en).subject).toBe("Three senior executives of Ireland's state-owned airline");
  });

  it('reads a time clause after the verb as subordinate: a verb of saying then reports its object', () => {
    const text = "India's biggest carmaker Maruti has reported a sharp increase in quarterly profit after a booming economy and low interest rates boosted demand.";
    expect(clause(text, en)).toEqual({ subject: "India's biggest carmaker Maruti", predicate: 'has reported' });
    // (Not inside the subject, `bersama pemerintah hingga DPD`, nor a time with a verb after it, `selama satu tahun memimpin`.)
    expect(clause('Badan Legislasi (Baleg) DPR RI bersama pemerintah hingga DPD menyepakati Rancangan Undang-Undang tentang Kepolisian.').predicate).toBe('menyepakati');
    const s = docFromParagraphs(['Direktur ARCI, Baihaki Sirajt membeberkan, 82,2% responden warga Jawa Timur mengaku puas dengan kinerja Prabowo-Gibran selama satu tahun memimpin Indonesia.'], id).blocks[0]!.sentences[0]!;
    expect(grammarOf(s, id)?.clause?.reporting?.position).not.toBe('after');
  });
});

describe('English words that say how old', () => {
  it('takes `aged` before a number for no verb', () => {
    expect(clause('Dame Alicia Markova, who has died in Bath aged 94, was the first prima ballerina of the modern age.', en).predicate).toBe('was');
  });
});

describe('relative clauses with two verbs', () => {
  it('keeps a verb the relative clause coordinates with its own inside it', () => {
    const c = clause('US bankruptcy judge Letitia Clark, who issued an injunction in December to try and prevent the sale, has said she will rule promptly.', en);
    expect(c.predicate).not.toBe('prevent');
  });
});

describe('relative clauses that report', () => {
  it('run to the punctuation after a verb of saying, whose clause is no main clause', () => {
    // (`ogah` — unwilling — is inside what Purbaya says: no `Purbaya menggunakan APBN`.)
    expect(clause('Menteri Keuangan Purbaya Yudhi Sadewa yang menyatakan dirinya ogah menggunakan APBN untuk membayar utang kereta cepat.').predicate).not.toBe('menggunakan');
  });
});

describe('relative clauses a demonstrative closes', () => {
  it('ends the clause at `ini` after its words, so the verb after it is the sentence`s', () => {
    // (Not `Tren inflasi memutuskan`: the trend makes BI decide.)
    expect(clause('Tren inflasi yang terjaga ini juga membuat BI memutuskan untuk menurunkan suku bunga acuan.')).toEqual({ subject: 'Tren inflasi', predicate: 'juga membuat' });
  });
});

describe('an Indonesian subject counted by a quantifier', () => {
  it('opens the clause, with the short form in brackets and the name that owns it', () => {
    // (`Sebanyak …` up to the bracket was read as a leading adverbial, and the owner after the bracket as the subject.)
    expect(clause('Sebanyak 26 pegawai Direktorat Jenderal Pajak (DJP) Kementerian Keuangan dipecat.')).toEqual({ subject: '26 pegawai Direktorat Jenderal Pajak DJP Kementerian Keuangan', predicate: 'dipecat' });
  });
});

describe('an Indonesian name with its age in brackets opening the clause', () => {
  it('is the subject, whatever appositives, lists and places stand between it and the verb', () => {
    expect(clause('Endang Sulastri (41), pemilik warung kopi, bar, dan rental motor di Jalan Pattimura, Legian, Kecamatan Kuta, Kabupaten Badung, dibunuh suami sirinya, Kamal Mopangga (33).')).toEqual({ subject: 'Endang Sulastri', predicate: 'dibunuh' });
  });
});

describe('a verb Indonesian news writes as a preposition', () => {
  it('is never the predicate where a finite verb follows', () => {
    const c = clause('Terdakwa kasus ujaran kebencian terkait tudingan ijazah palsu Joko Widodo (Jokowi), Bambang Tri Mulyono, mengajukan Peninjauan Kembali (PK) di Pengadilan Negeri Solo.');
    expect(c.predicate).toBe('mengajukan');
    expect(c.subject).toMatch(/Bambang Tri Mulyono$/u);
  });

  it('is the predicate where none follows', () => {
    expect(clause('Nama bupati itu terkait kasus korupsi pengadaan lahan.').predicate).toBe('terkait');
  });
});

describe('a relative clause that ends on a name in quotation marks', () => {
  it('takes the name, which is never the subject of the verb after it', () => {
    expect(clause("Bimo menjelaskan, aduan yang disampaikan melalui kanal 'Lapor Pak Purbaya' terbagi ke dalam dua jenis.").subject).toBe('aduan');
    expect(clause('Fenomena yang oleh publik disebut "Sembilan Haji" hendaknya tidak dipahami sebagai daftar nama.').subject).toBe('Fenomena');
  });
});
