import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { grammarOf } from '../../src/grammar/annotate.js';
import { namedHeadlines } from './support.js';

const idPack = getLanguagePack('id').pack;
const enPack = getLanguagePack('en').pack;

/** The tags of the first sentence of `text`. */
function tags(text: string, lang = idPack): Record<string, string> {
  const s = docFromParagraphs([text], lang).blocks[0]!.sentences[0]!;
  const g = grammarOf(s, lang)!;
  return Object.fromEntries(s.words.map((w, i) => [w.text, g.tags[i]!]));
}

describe('a verb the clause ends with', () => {
  it('ends on a particle that completes an active verb before a clause of cause, never on a passive one', () => {
    const out = namedHeadlines(['Public trust in taxes is breaking down because Labour and Tories are not being straight with people on the issue, Lib Dem leader Charles Kennedy has said.'], enPack);
    expect(out.some((h) => h.startsWith('Public trust breaks down'))).toBe(true);
    // (`List drawn up` says nothing without who drew it up.)
    expect(namedHeadlines(['The new President has said a list of companies is being drawn up.'], enPack).filter((h) => /drawn up$/u.test(h))).toEqual([]);
  });

  it('ends a verb that takes the next one before a clause of time, when none follows', () => {
    expect(namedHeadlines(['A Conservative election challenger is quitting after being quoted as wanting a period of creative destruction.'], enPack)).toContain('Conservative election challenger is quitting');
  });

  it('reads a preposition written as two words as one, so that the object ends before it', () => {
    expect(tags('Australian airline Qantas has posted a record fiscal first-half profit thanks to cost-cutting measures.', enPack).thanks).toBe('ADP');
    expect(namedHeadlines(['Australian airline Qantas has posted a record fiscal first-half profit thanks to cost-cutting measures.'], enPack)).toContain('Qantas posts record fiscal first-half profit');
  });

  it("never makes a verb's complement in another clause the subject", () => {
    // (`terdapat dugaan | bahwa penyaluran bantuan belum …`: the suspicion is what exists, not what falls short.)
    const out = namedHeadlines(['Namun, masih terdapat dugaan bahwa penyaluran bantuan belum sepenuhnya tepat sasaran, sehingga pemutakhiran DTSEN perlu dilakukan setiap tiga bulan sekali.'], idPack);
    expect(out.filter((h) => /^dugaan/iu.test(h))).toEqual([]);
  });
});

describe('a preposition before a gerund, and what a denial holds', () => {
  it('goes on through a preposition the treebank tags as a subordinator before a gerund', () => {
    expect(tags('About 20,000 people have been banned from playing the Half-Life 2 game.', enPack).from).toBe('ADP');
    expect(namedHeadlines(['About 20,000 people have been banned from playing the Half-Life 2 game.'], enPack)).toContain('About 20,000 people banned from playing Half-Life 2 game');
    // (`after`, `by`, `on` keep their tag: `carried on rising` is a verb of its own.)
    expect(tags('Oil prices carried on rising after the cold weather.', enPack).on).not.toBe('ADP');
  });

  it('never gives the content of a claim the speaker denies as their deed', () => {
    const out = namedHeadlines(['The Mid-Bedfordshire MP had denied a claim that he was paid for guiding visitors around the Palace of Westminster.'], enPack);
    expect(out.filter((h) => /paid/u.test(h))).toEqual([]);
  });

  it('ends a verb with two complements after both, in every form it is written', () => {
    const out = namedHeadlines(["Mr Hain said Mr Howard's stance on the anti-terrorism legislation was putting the country at risk."], enPack);
    expect(out.filter((h) => /country(, says Hain)?$/u.test(h))).toEqual([]);
    // (What Mr Hain said, said by him.)
    expect(out.some((h) => /puts country at risk, says Hain$/u.test(h))).toBe(true);
  });

  it('takes three letters off a past form only after a doubled consonant, whatever the lemma list holds', () => {
    const out = namedHeadlines(['Jeremy Bates has singled out Alex Bogdanovic as the player to watch.'], enPack);
    expect(out).toContain('Jeremy Bates singles out Alex Bogdanovic');
    expect(out.filter((h) => /sings/u.test(h))).toEqual([]);
  });

  it('never ends before the last word of a phrase the tagger called a modifier', () => {
    const out = namedHeadlines(["Anil Ambani, the younger of the two brothers in charge of India's largest private company, has resigned from running its petrochemicals subsidiary."], enPack);
    expect(out.filter((h) => /petrochemicals$/u.test(h))).toEqual([]);
  });
});

describe('Indonesian verbs written bare after a modal', () => {
  it('reads the word after a modal or aspect word as the verb, and `bakal` before it as the modal', () => {
    const t = tags('Pemerintah Kabupaten Bangli bakal genjot sektor ekonomi lewat tiga regulasi baru.');
    expect([t.bakal, t.genjot]).toEqual(['AUX', 'VERB']);
    expect(tags('Presiden Prabowo sudah teken Perpres pemindahan ASN ke IKN.').teken).toBe('VERB');
    expect(namedHeadlines(['Pemerintah Kabupaten Bangli bakal genjot sektor ekonomi lewat tiga regulasi baru.'], idPack)).toContain('Pemerintah Kabupaten Bangli bakal genjot sektor ekonomi');
  });

  it('leaves a noun after `akan` as a preposition, after `dapat`, and a candidate after `bakal` a noun', () => {
    expect(tags('Bupati Agam menegaskan bahwa kebutuhan akan jalur alternatif di kawasan Padang Luar sudah sangat mendesak.').jalur).not.toBe('VERB');
    expect(tags('Warga dapat bantuan dari pemerintah.').bantuan).toBe('NOUN');
    expect(tags('Partai itu mengumumkan bakal calon gubernur.').calon).not.toBe('VERB');
  });

  it('goes on through the modal and verb a verb that takes the next one governs, to the end of the clause', () => {
    expect(namedHeadlines(['Pembangunan Ibu Kota Nusantara (IKN) terancam bakal molor.'], idPack)).toContain('Pembangunan IKN terancam bakal molor');
    expect(namedHeadlines(['Saat ini, Purbaya menegaskan pihaknya akan fokus membersihkan anggaran pemerintah pusat, daerah, dan masalah perpajakan.'], idPack)).toContain('Purbaya akan fokus bersihkan anggaran pemerintah pusat');
  });
});

describe('Indonesian words the tagger reads as verbs inside a noun phrase', () => {
  it('reads `lalu lintas` as a noun and `menuju` after a noun, before the clause\'s verb, as `towards`', () => {
    const t = tags('Arus lalu lintas (lalin) di Jalan Ahmad Yani, Kota Makassar, Sulawesi Selatan (Sulsel), mengalami kemacetan akibat aksi demonstrasi, sore ini.');
    expect(t.lalu).toBe('NOUN');
    expect(namedHeadlines(['Arus lalu lintas (lalin) di Jalan Ahmad Yani, Kota Makassar, Sulawesi Selatan (Sulsel), mengalami kemacetan akibat aksi demonstrasi, sore ini.'], idPack)).toContain('Jalan Ahmad Yani alami kemacetan akibat aksi demonstrasi');
    expect(tags('Akses menuju jembatan di Jalan Kejaksaan, Kota Medan, ditutup mulai hari ini.').menuju).toBe('ADP');
    expect(namedHeadlines(['Akses menuju jembatan di Jalan Kejaksaan, Kota Medan, ditutup mulai hari ini.'], idPack).filter((h) => /tuju/iu.test(h))).toEqual([]);
    // (Where it is the clause's own verb, it stays one.)
    expect(tags('Rombongan menuju Istana Negara.').menuju).toBe('VERB');
  });
});


describe('a subject with the place after its short form', () => {
  it('keeps the place or body the chunker left after the short form in brackets, never a person there', () => {
    expect(namedHeadlines(['Pemerintah Provinsi (Pemprov) NTB berencana melobi Kementerian Keuangan (Kemenkeu) terkait pemangkasan dana tersebut.'], idPack)).toContain('Pemprov NTB berencana lobi Kemenkeu');
    const out = namedHeadlines(['Direktur Jenderal Pajak (Dirjen Pajak) Kementerian Keuangan (Kemenkeu) Bimo Wijayanto menyampaikan berbagai insentif pajak yang telah diberikan.'], idPack);
    expect(out.filter((h) => /^Kemenkeu Bimo/u.test(h))).toEqual([]);
  });
});

describe('a name set off by commas before the verb', () => {
  it('names the subject by the name apposed to it', () => {
    expect(namedHeadlines(["The world's largest retailer, Wal-Mart, has agreed to pay a total of $14.5m."], enPack)).toContain('Wal-Mart agrees to pay total of $14.5m');
  });

  it('never takes a wider place, one of several, or a speaker\'s aside for it', () => {
    const place = namedHeadlines(['Intelkam Polres Sumba Timur, Nusa Tenggara Timur, menangkap siswi SMA berinisial ARM.'], idPack);
    expect(place.filter((h) => /^Nusa/u.test(h))).toEqual([]);
    const several = namedHeadlines(['Four members of the executive board, including the chairman, David Mackay, have resigned after a simmering row.'], enPack);
    expect(several.filter((h) => /^David/u.test(h))).toEqual([]);
    const aside = namedHeadlines(['Barang-barang yang ditemukan, jelas Risal, telah disita oleh penyidik Kejari Lembata.'], idPack);
    expect(aside.filter((h) => /^jelas/iu.test(h))).toEqual([]);
  });

  it('reads an aspect word the tagger took for a subordinator as the verb\'s', () => {
    const text = 'Presiden ke-7 RI, Joko Widodo (Jokowi), sempat bertemu para elite PSI saat menghadiri acara di Bali.';
    expect(tags(text).sempat).toBe('ADV');
    expect(namedHeadlines([text], idPack)).toContain('Jokowi sempat bertemu para elite PSI');
  });
});

describe('the headline form of an Indonesian verb', () => {
  it('is attested by the noun of the act the article writes, where it keeps the root whole', () => {
    const out = namedHeadlines(['Penyidik Kejari Lembata menggeledah tiga kantor di Lewoleba.', 'Penggeledahan berlangsung sejak pagi.'], idPack);
    expect(out.some((h) => /geledah tiga kantor/u.test(h) && !/menggeledah/u.test(h))).toBe(true);
    // (Without it, the form stays as written: nothing attests `geledah`.)
    expect(namedHeadlines(['Penyidik Kejari Lembata menggeledah tiga kantor di Lewoleba.'], idPack).some((h) => /menggeledah/u.test(h))).toBe(true);
  });

  it('is used for the act a verb of intent takes without its opener, and still after the opener', () => {
    expect(namedHeadlines(['DPR RI berencana memperkuat peran Bawaslu dalam pengawasan pemilu.'], idPack)).toContain('DPR RI berencana perkuat peran Bawaslu');
    expect(namedHeadlines(['Presiden Prabowo Subianto memutuskan untuk menurunkan harga pupuk subsidi sebesar 20%.'], idPack).some((h) => /putuskan turunkan harga pupuk subsidi/u.test(h))).toBe(true);
  });
});

describe('a person the article calls by the first letters of their name', () => {
  it('is named so in a headline, where the full name would not fit', () => {
    const out = namedHeadlines([
      'Ketua DPRD Kota Bogor, Adityawarman Adil mengingatkan warga Kota Bogor untuk menjaga kebersihan lingkungan dan menjalankan gaya hidup sehat.',
      'Menurut Adit, kebersihan adalah tanggung jawab bersama. Adit juga mengajak warga memilah sampah.',
    ], idPack);
    expect(out).toContain('Adit ingatkan warga Kota Bogor jaga kebersihan lingkungan');
  });
});

describe('Indonesian modifiers at the end of a clause', () => {
  it('ends on a modifier its degree word qualifies, never reads a modifier made a noun as a subject', () => {
    expect(namedHeadlines(['Sebab itu, Purbaya menilai menjaga inflasi sangat penting sekali, karena dapat meningkatkan popularitas pemimpin di daerah.'], idPack)).toContain('Purbaya nilai jaga inflasi sangat penting');
    // (`alasan pentingnya menjaga inflasi`: the reason it matters, not a reason that curbs inflation.)
    expect(namedHeadlines(['Purbaya pun menjelaskan alasan pentingnya menjaga inflasi.'], idPack).filter((h) => /pentingnya jaga/iu.test(h))).toEqual([]);
  });
});

