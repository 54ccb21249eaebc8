import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { namedHeadlines } from './support.js';

const idPack = getLanguagePack('id').pack;

describe('the act a directive asks for', () => {
  it('goes on past the short form in brackets after the one asked, to the act without an opener', () => {
    const out = namedHeadlines(['Mahkamah Kehormatan Dewan (MKD) DPR RI meminta para ketua umum partai politik (parpol) bersikap tegas terhadap kader mereka yang bermasalah di parlemen.'], idPack);
    expect(out).toContain('MKD minta para ketua umum partai politik bersikap tegas');
    // (Never the one asked alone, nor the act's verb without what completes it.)
    expect(out.filter((h) => /politik$|bersikap$/u.test(h))).toEqual([]);
  });

  it('ends on an act that needs no object, however the clause rules bounded the one asked', () => {
    const out = namedHeadlines(['Wakil Menteri Sosial (Wamensos), Agus Jabo Priyono mengajak Dewan Pimpinan Nasional (DPN) Tani Merdeka berkolaborasi dalam upaya pengentasan kemiskinan, khususnya bagi para petani Indonesia.'], idPack);
    expect(out).toContain('Agus Jabo Priyono ajak DPN Tani Merdeka berkolaborasi');
    expect(out.filter((h) => /Merdeka$|DPN$/u.test(h))).toEqual([]);
  });

  it('is not ended before, where it follows the relative clause of the one asked', () => {
    const out = namedHeadlines(['Sandra Dewi, istri Harvey Moeis terdakwa kasus korupsi komoditas timah, meminta mobil hingga tas yang dirampas negara dalam kasus yang menjerat suaminya dapat dikembalikan.'], idPack);
    expect(out.filter((h) => /minta mobil$/u.test(h))).toEqual([]);
  });

  it('is not sought past an act already under way', () => {
    // (`tak panik` is the act; `menuai kekalahan` is what happened before it.)
    const out = namedHeadlines(['Manajer Persib, Umuh Muchtar meminta skuat Maung Bandung tak panik pasca menuai kekalahan perdana di Liga 1 musim 2017.'], idPack);
    expect(out.some((h) => /tak panik/u.test(h))).toBe(true);
  });
});

describe('a name a verb gives the object', () => {
  it('goes on the headline in single quotation marks', () => {
    const out = namedHeadlines(["Warga Amerika Serikat (AS) menggelar demo besar-besaran bertajuk 'No Kings' atau bukan raja di 50 negara bagian AS."], idPack);
    expect(out).toContain("Warga AS gelar demo besar-besaran bertajuk 'No Kings'");
  });
});
