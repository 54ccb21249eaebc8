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

describe('an English directive', () => {
  const enPack = getLanguagePack('en').pack;

  it('reports no clause of the one told: the act goes on with its opener', () => {
    expect(namedHeadlines(['Microsoft has warned PC users to update their systems with the latest security fixes for flaws in Windows programs.'], enPack)).toContain('Microsoft warns PC users to update their systems');
  });

  it('never ends on the one asked, where the act follows them', () => {
    expect(namedHeadlines(['Israel has asked a US banker and former International Monetary Fund director to run its central bank.'], enPack).filter((h) => /banker$|director$/u.test(h))).toEqual([]);
    // (Not before a place: `to Norway` is no act.)
    expect(namedHeadlines(['India has ordered the deportation of Iranian-born model and actress Negar Khan to Norway after saying she was working illegally on her visa.'], enPack)).toContain('India orders deportation of Iranian-born model');
  });
});

describe('a noun after the modifier a copula takes', () => {
  it('is the subject of the clause that modifier takes, never an end', () => {
    const enPack = getLanguagePack('en').pack;
    expect(namedHeadlines(['Barrow said he was surprised people thought the band, who won a Mercury Music Prize in 1995 for their debut album Dummy, had split up.'], enPack).filter((h) => /people$/u.test(h))).toEqual([]);
    expect(namedHeadlines(['The Tory leader will also call for religious tolerance arguing that Hindus and Sikhs as well as Muslims got caught in the downdraft.'], enPack)).toContain('Tory leader to call for religious tolerance');
  });
});

describe('what a speaker named first says, in English', () => {
  const enPack = getLanguagePack('en').pack;

  it('is never given as fact: the speaker follows it, as the register names them', () => {
    const out = namedHeadlines(['Mr Prentis said workers did not want to go on strike and called for talks between unions and the highest level of government.'], enPack);
    expect(out).toContain('workers do not want to go on strike, says Prentis');
    expect(out.filter((h) => !/says Prentis$/u.test(h))).toEqual([]);
  });

  it('gives no headline where the speakers are more than the one the clause rules name', () => {
    expect(namedHeadlines(['But both Plaid Cymru and the Liberal Democrats said Dr Gibbons needed to change policy.'], enPack).filter((h) => /says both/u.test(h))).toEqual([]);
  });
});
