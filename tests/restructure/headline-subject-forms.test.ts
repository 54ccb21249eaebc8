import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { articleNames, clauseHeadlines } from '../../src/restructure/headline.js';
import { namedHeadlines } from './support.js';

const idPack = getLanguagePack('id').pack;

describe('how an Indonesian headline names its subject', () => {
  it('counts a long form by the short form it will be', () => {
    expect(namedHeadlines(['Sebanyak 26 pegawai Direktorat Jenderal Pajak (DJP) Kementerian Keuangan dipecat.'], idPack)).toContain('26 pegawai DJP Kementerian Keuangan dipecat');
  });

  it('still names a speaker by their short form first', () => {
    const out = namedHeadlines(['Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan (IPK) Agus Harimurti Yudhoyono (AHY) mengatakan pembangunan infrastruktur sering terbentur kepentingan untuk menjaga lahan agar tetap produktif.'], idPack);
    expect(out.some((h) => h.startsWith('AHY: pembangunan infrastruktur'))).toBe(true);
  });

  it('never names a government body by its place alone', () => {
    const sentences = docFromParagraphs(['Akses menuju jembatan di Jalan Kejaksaan, Kota Medan, ditutup mulai hari ini. Pemkot Medan meminta maaf kepada masyarakat atas ketidaknyamanan selama pengerjaan.', 'Hal itu diketahui dari unggahan di Instagram Dinas SDABMBK Medan.'], idPack).blocks.flatMap((b) => b.sentences);
    const out = clauseHeadlines([sentences], idPack, () => false, 2, articleNames(sentences, idPack)).map((h) => h.text);
    expect(out.filter((h) => h.includes('minta maaf'))).not.toEqual([]);
    expect(out.filter((h) => h.startsWith('Medan'))).toEqual([]);
  });

  it('may end on what a number counts, where nothing longer fits', () => {
    const out = namedHeadlines(['Penyidik pidana khusus (Pidsus) Kejaksaan Negeri (Kejari) Sidoarjo menahan dua tersangka perkara dugaan korupsi penyalahgunaan wewenang dalam pengelolaan Rumah Susun Sederhana Sewa (Rusunawa) Tambaksawah, periode 2008-2022.'], idPack);
    expect(out).toContain('Penyidik Pidsus Kejari Sidoarjo tahan dua tersangka');
  });
});

describe('an Indonesian passive clause', () => {
  it('is named by the name that heads a long subject, and ends on the state the verb puts it in', () => {
    // (`tetap` is the news: the appeal failed.)
    expect(namedHeadlines(['Kopral Dua (Kopda) Bazarsah penembak tiga anggota Polres Way Kanan, Lampung, hingga tewas tetap dihukum mati.'], idPack)).toContain('Bazarsah tetap dihukum mati');
  });

  it('never ends on a manner before the doer', () => {
    const out = namedHeadlines(['Surat edaran itu ditandatangani langsung oleh Wali Kota Jambi Maulana.'], idPack);
    expect(out.filter((h) => /langsung$/u.test(h))).toEqual([]);
  });
});

describe('an Indonesian active verb that needs its object', () => {
  it('never ends a headline, unless a degree word makes it a state', () => {
    expect(namedHeadlines(['Pemerintah Provinsi Jawa Barat harus memperhitungkan karena keuangan negara digunakan secara bertanggung jawab.'], idPack)).toEqual([]);
    expect(namedHeadlines(['Polusi udara di Pakistan makin mengkhawatirkan karena kabut asap menutupi Lahore.'], idPack).some((h) => /khawatirkan$/u.test(h))).toBe(true);
  });
});

describe('an English name with a number', () => {
  it('is named whole, number and all', () => {
    expect(namedHeadlines(['Xbox video game Halo 2 has been released in the US on 9 November, with a UK release two days later.'], getLanguagePack('en').pack)).toContain('Halo 2 released in US');
    expect(namedHeadlines(["Michael Moore's anti-Bush documentary Fahrenheit 9/11 has won best film at the US People's Choice Awards, voted for by the US public."], getLanguagePack('en').pack)).toContain('Fahrenheit 9/11 wins best film');
  });
});

describe('an English name set off by commas before the verb', () => {
  it("is never the subject where it names a preposition's object", () => {
    const out = namedHeadlines(["Three senior executives of Ireland's state-owned airline, Aer Lingus, have resigned over a conflict of interest."], getLanguagePack('en').pack);
    expect(out.filter((h) => h.startsWith('Aer Lingus'))).toEqual([]);
  });
});

describe('a subject with a question word', () => {
  it('asks, and names no one: no headline', () => {
    expect(namedHeadlines(['Banyak pertanyaan, kira-kira apa saja yang menjadi capaian kinerja sekaligus catatan penting sebagai bekal melakukan perbaikan di kemudian hari.'], idPack).filter((h) => /apa/iu.test(h))).toEqual([]);
  });
});

describe('an Indonesian region named by its kind and name', () => {
  it('is also named by the name, which lets the news fit', () => {
    expect(namedHeadlines(['Kabupaten Indramayu terus berbenah untuk membuka peluang ekspor mangga ke luar negeri.'], idPack)).toContain('Indramayu terus berbenah untuk buka peluang ekspor mangga');
  });
});
