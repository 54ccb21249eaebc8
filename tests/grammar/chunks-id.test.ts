import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { analyse } from './support.js';

const id = getLanguagePack('id').pack;

describe('Indonesian chunks and main clause', () => {
  it('reads a quote with `kata X`: the quote is the main clause, the speaker is the reporting clause', () => {
    const { chunks, clause } = analyse(id, '"Kami akan segera meminta klarifikasi," kata Budi Santoso.', 'PRON AUX ADV VERB NOUN VERB PROPN PROPN');
    expect(chunks.verbGroups).toEqual(['akan segera meminta', 'kata']);
    expect(chunks.nounPhrases).toEqual(['Kami', 'klarifikasi', 'Budi Santoso']);
    expect(clause).toEqual({
      subject: 'Kami', subjectHead: 'Kami', predicate: 'akan segera meminta', passive: false, object: 'klarifikasi', objectHead: 'klarifikasi',
      reporting: { verb: 'kata', speaker: 'Budi Santoso', position: 'after' },
    });
  });

  it('takes the reported content of `X mengatakan bahwa …` as the main clause, a title + name headed by the name', () => {
    const { chunks, clause } = analyse(
      id,
      'Presiden Prabowo Subianto mengatakan bahwa pemerintah akan menaikkan harga pupuk subsidi.',
      'PROPN PROPN PROPN VERB SCONJ NOUN AUX VERB NOUN NOUN ADJ',
    );
    expect(chunks.nounPhrases).toEqual(['Presiden Prabowo Subianto', 'pemerintah', 'harga pupuk subsidi']);
    expect(chunks.heads).toEqual(['Prabowo', 'pemerintah', 'harga']);
    expect(chunks.verbGroups).toEqual(['mengatakan', 'akan menaikkan']);
    expect(clause).toEqual({
      subject: 'pemerintah', subjectHead: 'pemerintah', predicate: 'akan menaikkan', passive: false,
      object: 'harga pupuk subsidi', objectHead: 'harga',
      reporting: { verb: 'mengatakan', speaker: 'Presiden Prabowo Subianto', position: 'before' },
    });
  });

  it('reads an office, a comma, its holder and a verb of saying between commas as the speaker of what follows', () => {
    const { clause } = analyse(
      id,
      'Kepala Kesbangpol Kota Bandung, Bambang Sukardi mengatakan, ada 8 partai politik yang mendapat dana hibah.',
      'PROPN PROPN PROPN PROPN PROPN PROPN VERB VERB NUM NOUN NOUN PRON VERB NOUN NOUN',
    );
    // (Before, the speaker and verb were an aside and the office the subject of `ada`: `Kepala Kesbangpol Ada 8 …`.)
    expect(clause?.subject).toBeUndefined();
    expect(clause?.predicate).toBe('ada');
    expect(clause?.reporting).toEqual({ verb: 'mengatakan', speaker: 'Kepala Kesbangpol Kota Bandung Bambang Sukardi', position: 'before' });
  });

  it('takes a source after `menurut` whole, past its short form and the sources coordinated with it', () => {
    const { clause } = analyse(
      id,
      'menurut kelompok hak asasi manusia (HAM) dan pakar Perserikatan Bangsa-Bangsa (PBB), demonstran yang dieksekusi itu merupakan seorang pria.',
      'ADP NOUN NOUN ADJ NOUN PROPN CCONJ NOUN PROPN PROPN PROPN NOUN PRON VERB DET VERB DET NOUN',
    );
    // (Before, the second source was the subject: `PBB Merupakan Seorang Pria`.)
    expect(clause?.subject).toBe('demonstran');
    expect(clause?.reporting?.speaker).toBe('kelompok hak asasi manusia HAM dan pakar Perserikatan Bangsa-Bangsa PBB');
  });

  it('keeps a negated participle that names a kind of thing in the relative clause, never as the main predicate', () => {
    const calls = analyse(id, 'Kini banyak pengguna ponsel yang menerima panggilan tak dikenal.', 'NOUN ADV NOUN NOUN PRON VERB NOUN PART VERB');
    // (Before: `banyak pengguna ponsel` | `tak dikenal`, the users unknown, where the calls are.)
    expect(calls.clause?.predicate).not.toBe('tak dikenal');
    const thief = analyse(id, 'Pria yang mencuri motor tidak ditangkap polisi.', 'PROPN PRON VERB NOUN PART VERB NOUN');
    expect(thief.clause?.predicate).toBe('tidak ditangkap');
  });

  it('reads a `di-` passive: subject before, bare agent after, no object', () => {
    const { chunks, clause } = analyse(id, 'Dua pria ditangkap polisi di Jakarta Selatan.', 'NUM NOUN VERB NOUN ADP PROPN PROPN');
    expect(chunks.nounPhrases).toEqual(['Dua pria', 'polisi', 'Jakarta Selatan']);
    expect(chunks.heads).toEqual(['pria', 'polisi', 'Jakarta']);
    expect(clause).toEqual({ subject: 'Dua pria', subjectHead: 'pria', predicate: 'ditangkap', passive: true, agent: 'polisi' });
  });

  it('skips a leading adverbial set off by a comma', () => {
    const { chunks, clause } = analyse(
      id,
      'Menanggapi hal ini, Bank Indonesia menaikkan suku bunga acuan.',
      'VERB NOUN DET PROPN PROPN VERB NOUN NOUN NOUN',
    );
    expect(chunks.nounPhrases).toEqual(['hal ini', 'Bank Indonesia', 'suku bunga acuan']);
    expect(chunks.heads).toEqual(['hal', 'Bank', 'suku']);
    expect(clause).toMatchObject({ subject: 'Bank Indonesia', subjectHead: 'Bank', predicate: 'menaikkan', object: 'suku bunga acuan' });
  });

  it('keeps a `yang` relative clause out of the noun phrase and out of the main clause', () => {
    const { chunks, clause } = analyse(id, 'Warga yang terdampak banjir mengungsi ke sekolah.', 'NOUN PRON VERB NOUN VERB ADP NOUN');
    expect(chunks.nounPhrases).toEqual(['Warga', 'banjir', 'sekolah']);
    expect(chunks.relatives).toEqual(['yang terdampak banjir']);
    expect(clause).toEqual({ subject: 'Warga', subjectHead: 'Warga', predicate: 'mengungsi', passive: false });
  });

  it('recognises `ujarnya` as a reporting clause without a named speaker; modifiers follow their noun', () => {
    const { chunks, clause } = analyse(id, 'Penipuan digital terus meningkat tahun ini, ujarnya.', 'NOUN ADJ ADV VERB NOUN DET VERB');
    expect(chunks.nounPhrases).toEqual(['Penipuan digital', 'tahun ini']);
    expect(chunks.verbGroups).toEqual(['terus meningkat', 'ujarnya']);
    expect(clause).toEqual({
      subject: 'Penipuan digital', subjectHead: 'Penipuan', predicate: 'terus meningkat', passive: false, object: 'tahun ini', objectHead: 'tahun',
      reporting: { verb: 'ujarnya', position: 'after' },
    });
  });

  it('keeps a number with its classifier, `-nya` on its word, and `menurut X` as an attribution', () => {
    const fire = analyse(id, 'Api menghanguskan 4.000 hektar di Riau.', 'NOUN VERB NUM NOUN ADP PROPN');
    expect(fire.chunks.nounPhrases).toEqual(['Api', '4.000 hektar', 'Riau']);
    expect(fire.clause).toMatchObject({ subject: 'Api', object: '4.000 hektar', objectHead: 'hektar' });
    const { chunks, clause } = analyse(id, 'Menurut polisi, suaminya sudah ditahan sejak Senin.', 'ADP NOUN NOUN AUX VERB ADP PROPN');
    expect(chunks.nounPhrases).toEqual(['polisi', 'suaminya', 'Senin']);
    expect(clause).toEqual({
      subject: 'suaminya', subjectHead: 'suaminya', predicate: 'sudah ditahan', passive: true,
      reporting: { verb: 'Menurut', speaker: 'polisi', position: 'before' },
    });
  });

  it('skips a subordinate clause that opens the sentence', () => {
    const { clause } = analyse(id, 'Karena harga pupuk naik, petani menunda panen.', 'SCONJ NOUN NOUN VERB NOUN VERB NOUN');
    expect(clause).toEqual({ subject: 'petani', subjectHead: 'petani', predicate: 'menunda', passive: false, object: 'panen', objectHead: 'panen' });
  });

  it('takes the first of two appositive phrases as the subject', () => {
    const { clause } = analyse(id, 'Budi, warga Bekasi, melaporkan penipuan itu.', 'PROPN NOUN PROPN VERB NOUN DET');
    expect(clause).toMatchObject({ subject: 'Budi', predicate: 'melaporkan', object: 'penipuan itu' });
  });

  it('reads a reporting clause between commas and `maka` after a fronted adverbial', () => {
    const aside = analyse(id, 'Dengan demikian, dia menambahkan, pemerintah menaikkan tarif listrik.', 'ADP ADV PRON VERB NOUN VERB NOUN NOUN');
    expect(aside.clause).toMatchObject({
      subject: 'pemerintah', predicate: 'menaikkan', object: 'tarif listrik', reporting: { verb: 'menambahkan', speaker: 'dia' },
    });
    const result = analyse(id, 'Jika pasokan terganggu maka harga beras akan naik.', 'SCONJ NOUN VERB SCONJ NOUN NOUN AUX VERB');
    expect(result.clause).toEqual({ subject: 'harga beras', subjectHead: 'harga', predicate: 'akan naik', passive: false });
  });

  it('does not take the subject of a complement clause for an object', () => {
    const { clause } = analyse(id, 'Analis menduga inflasi akan turun.', 'NOUN VERB NOUN AUX VERB');
    expect(clause).toEqual({ subject: 'Analis', subjectHead: 'Analis', predicate: 'menduga', passive: false });
  });

  it('keeps a subject with its relative clause across a comma and a day name; a number in words counts its noun', () => {
    const { chunks, clause } = analyse(
      id,
      'Laporan keuangan yang dirilis di Jakarta, Jumat, menunjukkan laba naik.',
      'NOUN NOUN PRON VERB ADP PROPN PROPN VERB NOUN VERB',
    );
    expect(chunks.relatives).toEqual(['yang dirilis di Jakarta']);
    expect(clause).toMatchObject({ subject: 'Laporan keuangan', predicate: 'menunjukkan' });
    expect(analyse(id, 'Penerbitan dua seri obligasi ditunda.', 'NOUN NUM NOUN NOUN VERB').chunks.nounPhrases).toEqual(['Penerbitan dua seri obligasi']);
  });

  it('reads `Dikatakannya, …` as reporting, `lanjut dia` without a comma after it, and a day name as no subject', () => {
    expect(analyse(id, 'Dikatakannya, inflasi terjadi karena harga naik.', 'VERB NOUN VERB SCONJ NOUN VERB').clause).toEqual({
      subject: 'inflasi', subjectHead: 'inflasi', predicate: 'terjadi', passive: false, reporting: { verb: 'Dikatakannya', position: 'before' },
    });
    expect(analyse(id, 'Aksi jual rupiah, lanjut dia agak tertahan.', 'NOUN NOUN PROPN VERB PRON ADV VERB').clause).toMatchObject({
      subjectHead: 'Aksi', predicate: 'tertahan', reporting: { verb: 'lanjut', speaker: 'dia', position: 'after' },
    });
    expect(analyse(id, 'Kurs rupiah di pasar spot Jakarta, Senin pagi melemah.', 'NOUN PROPN ADP NOUN NOUN PROPN PROPN NOUN VERB').clause).toMatchObject({
      subject: 'Kurs rupiah', predicate: 'melemah',
    });
  });
});
