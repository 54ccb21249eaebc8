import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { extractKeyphrases } from '../../src/keyphrases/index.js';
import { doc } from '../keyphrases/helpers.js';

const id = getLanguagePack('id').pack;
const isVerb = (word: string): boolean => id.isVerbOrAdverb?.(word, id.stem(word)) ?? false;

describe('Indonesian verb forms', () => {
  it('knows a headline\'s bare -kan verb whose root the treebanks attest, not a noun that ends so', () => {
    for (const w of ['tekankan', 'sampaikan', 'jalankan']) expect(isVerb(w), w).toBe(true);
    for (const w of ['pasukan', 'bukan', 'ikan', 'makan']) expect(isVerb(w), w).toBe(false);
  });

  it('knows inflected verbs by their affixes, also when the stem happens to end like a suffix', () => {
    for (const w of ['meningkatkan', 'mencari', 'memakai', 'menyebut', 'mengguyur', 'membangun', 'dilaporkan', 'berjalan']) {
      expect(isVerb(w), w).toBe(true);
    }
  });
  it('leaves nouns that only look like verb forms alone', () => {
    const loanwords = ['digital', 'direktur', 'distribusi', 'diskusi', 'diplomasi', 'diabetes', 'divisi', 'terorisme'];
    for (const w of ['menteri', 'berita', 'tersangka', 'terminal', 'berlian', 'menara', 'pengembangan', 'kemiskinan', ...loanwords]) {
      expect(isVerb(w), w).toBe(false);
    }
  });
});

describe('Indonesian bare forms', () => {
  const bare = (w: string): string => id.bareForm?.(w) ?? w;
  it('drops the possessive -nya, as a tag shows the word', () => {
    expect(bare('suaminya')).toBe('suami');
    expect(bare('kantornya')).toBe('kantor');
    expect(bare('Twitternya')).toBe('Twitter');
  });
  it('keeps words whose -nya is no clitic', () => {
    for (const w of ['hanya', 'Kenya', 'punya', 'tanya', 'Sonya']) expect(bare(w)).toBe(w);
  });
  it('shows an extracted keyphrase without the clitic', () => {
    const text = [
      'Kantornya di Jakarta digeledah polisi. Kantornya disegel sejak pagi.',
      'Polisi menyita dokumen dari kantornya. Kantornya dijaga ketat.',
    ].join('\n');
    const phrases = extractKeyphrases(doc(text, id), id).map((k) => k.phrase.toLowerCase());
    expect(phrases).toContain('kantor');
    expect(phrases.some((p) => p.endsWith('nya'))).toBe(false);
  });
  it('ranks an inflected verb below every noun, however often it recurs', () => {
    const text = 'Pemerintah mencari solusi banjir. Warga mencari tempat aman dari banjir. Relawan mencari korban banjir.';
    const ks = extractKeyphrases(doc(text, id), id, { max: 20 });
    const phrases = ks.map((k) => k.phrase.toLowerCase());
    expect(phrases[0]).toBe('banjir');
    expect(phrases.slice(0, 5)).not.toContain('mencari');
  });
});

describe('Indonesian modifiers', () => {
  it('ranks a lone adjective below the noun it qualifies, however often it is written', () => {
    const text = [
      'Layanan digital kini jadi sasaran penipuan. Dompet digital, bank digital dan toko digital diincar.',
      'Pelaku penipuan memakai pesan digital. Literasi digital membantu warga. Platform digital diminta waspada terhadap penipuan.',
    ].join('\n');
    const phrases = extractKeyphrases(doc(text, id), id).map((k) => k.phrase.toLowerCase());
    expect(phrases[0]).toBe('penipuan');
    expect(phrases).toContain('digital');
  });
});
