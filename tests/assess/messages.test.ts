/** The message catalogues (one per language) and the fix hints on the notes. */
import { describe, expect, it } from 'vitest';
import { messages as enMessages } from '../../src/lang/en/messages.js';
import { messages as idMessages } from '../../src/lang/id/messages.js';
import { activeForm } from '../../src/lang/id/active-form.js';
import { catalogueFor, locales } from '../../src/assess/locale.js';
import { changeWords as enChanges } from '../../src/lang/en/change-words.js';
import { changeWords as idChanges } from '../../src/lang/id/change-words.js';
import { terminalWords as enTerminal } from '../../src/lang/en/terminal-words.js';
import { terminalWords as idTerminal } from '../../src/lang/id/terminal-words.js';
import { diagnosticWords as enDiagnostics } from '../../src/lang/en/diagnostic-words.js';
import { diagnosticWords as idDiagnostics } from '../../src/lang/id/diagnostic-words.js';
import { changeWordsFor } from '../../src/pipeline/change-words.js';
import { terminalWordsFor } from '../../src/report/terminal-words.js';
import { en, id, run } from './helpers.js';

type Tree = { [key: string]: unknown };

/** Every path to a message (a string or a function) in a catalogue, with the function's arity. */
function shape(tree: Tree, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') out.push(`${path}/${value.length}`);
    else if (typeof value === 'string') out.push(path);
    else if (value && typeof value === 'object') out.push(...shape(value as Tree, `${path}.`));
  }
  return out.sort();
}

/** Calls every message of a catalogue with sample arguments; the results by path. */
function sayAll(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') {
      const args = key === 'sentences' ? [['“a”', '“b”']] : Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 3 : 'x'));
      out.set(path, String((value as (...a: unknown[]) => unknown)(...args)));
    } else if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') for (const [k, v] of sayAll(value as Tree, `${path}.`)) out.set(k, v);
  }
  return out;
}

describe('message catalogues', () => {
  it('have every message in both languages, with the same parameters', () => {
    const english = shape(enMessages as unknown as Tree);
    expect(english.length).toBeGreaterThan(100);
    expect(shape(idMessages as unknown as Tree)).toEqual(english);
    expect([...locales].sort()).toEqual(['en', 'id']);
  });

  it('say something in each language, and the Indonesian is not the English', () => {
    const english = sayAll(enMessages as unknown as Tree);
    const indonesian = sayAll(idMessages as unknown as Tree);
    expect(english.size).toBeGreaterThan(100);
    const same: string[] = [];
    for (const [path, text] of indonesian) {
      expect(text.trim(), path).not.toBe('');
      if (text === english.get(path) && path !== 'code') same.push(path);
    }
    // Only language-neutral forms may coincide (ranges of numbers, `3 x`).
    expect(same.filter((p) => !/range|percent|expected|count/u.test(p))).toEqual([]);
  });

  it('of the report’s frame (changed lines, removal reasons, labels, summaries) and of stderr have every line in both languages', () => {
    for (const [english, indonesian, neutral] of [
      [enChanges, idChanges, /^code$/u],
      [enTerminal, idTerminal, /^(?:code|labels\.(?:seo|slug))$/u],
      [enDiagnostics, idDiagnostics, /^code$/u],
    ] as const) {
      const paths = shape(english as unknown as Tree);
      expect(paths.length).toBeGreaterThan(20);
      expect(shape(indonesian as unknown as Tree)).toEqual(paths);
      const said = sayAll(english as unknown as Tree);
      const same = [...sayAll(indonesian as unknown as Tree)].filter(([path, text]) => text.trim() === '' || text === said.get(path)).map(([path]) => path);
      expect(same.filter((p) => !neutral.test(p))).toEqual([]);
    }
  });

  it('count the Indonesian way and the English way', () => {
    expect([1, 3].map((n) => idChanges.removed(n))).toEqual(['menghapus 1 kalimat yang bukan isi artikel', 'menghapus 3 kalimat yang bukan isi artikel']);
    expect([1, 3].map((n) => enChanges.removed(n))).toEqual(['removed 1 sentence that is not article content', 'removed 3 sentences that are not article content']);
    expect([1, 2].map((n) => enTerminal.rewritten(n))).toEqual(['1 file rewritten', '2 files rewritten']);
    expect([1, 2].map((n) => idTerminal.rewritten(n))).toEqual(['1 berkas ditulis ulang', '2 berkas ditulis ulang']);
    expect(idTerminal.done(75.2)).toBe('Selesai dalam 1 menit 15 detik.');
    expect(idTerminal.done(2.25)).toBe('Selesai dalam 2,3 detik.');
  });

  it('are picked by --locale, else by the article, else English', () => {
    expect(changeWordsFor('id').code).toBe('id');
    expect(changeWordsFor('id', 'en').code).toBe('en');
    expect(terminalWordsFor('fr').code).toBe('en');
    expect(terminalWordsFor('en', 'id').code).toBe('id');
    expect(catalogueFor('id').code).toBe('id');
    expect(catalogueFor('id', 'en').code).toBe('en');
    expect(catalogueFor('fr').code).toBe('en');
    expect(catalogueFor('en', 'xx').code).toBe('en');
  });
});

const passives = [
  'Pencuri itu ditangkap polisi di Jakarta pada Senin malam.',
  'Gedung baru itu diresmikan oleh Presiden Joko Widodo pada pagi hari.',
  'Warga yang dievakuasi kemarin sudah kembali ke rumah masing-masing.',
  'Petani menanam padi di sawah.',
];

describe('messages of an Indonesian article', () => {
  it('are Indonesian, and English with locale en', () => {
    const id1 = run({ blocks: passives, lang: id }, { locale: undefined });
    const passive = id1.assessments.find((a) => a.id === 'passive-voice');
    expect(passive?.message).toMatch(/^Kalimat pasif terlalu banyak: 75% kalimat, seharusnya paling banyak 10%$/u);
    const english = run({ blocks: passives, lang: id }, { locale: 'en' });
    expect(english.assessments.find((a) => a.id === 'passive-voice')?.message).toBe('Unexpected passive voice in 75% of sentences, expected at most 10%');
  });
});

describe('passive hints', () => {
  const notes = run({ blocks: passives, lang: id }, { locale: undefined }).messages.filter((m) => m.ruleId === 'passive-voice' && m.fatal === undefined);

  it('name the verb, its agent and the active form, for main-clause passives', () => {
    expect(notes.map((m) => m.note)).toEqual([
      'Kata kerja pasif “ditangkap”, pelakunya “polisi”: tulis “polisi menangkap …”',
      'Kata kerja pasif “diresmikan”, pelakunya “Presiden Joko Widodo”: tulis “Presiden Joko Widodo meresmikan …”',
    ]);
    expect(notes[0]?.expected).toEqual(['polisi menangkap …']);
  });

  it('leave out a passive inside a `yang` relative clause (it still counts for the share)', () => {
    expect(notes.some((m) => m.reason.includes('dievakuasi'))).toBe(false);
  });

  it('work in English too', () => {
    const blocks = ['The thief was arrested by the police on Monday night.', 'The bridge which was built in 1990 is closing.', 'Farmers plant rice in the fields.'];
    const english = run({ blocks, lang: en }).messages.filter((m) => m.ruleId === 'passive-voice' && m.fatal === undefined);
    expect(english.map((m) => m.note)).toEqual(['Passive verb “was arrested”, done by “the police”: make “the police” the subject']);
  });

  it('turn di- verbs into meN- verbs', () => {
    const pairs = { ditangkap: 'menangkap', dibangun: 'membangun', disebut: 'menyebut', dikirim: 'mengirim', diresmikan: 'meresmikan', diambil: 'mengambil', dipukul: 'memukul', dijual: 'menjual', dilaporkan: 'melaporkan', digunakan: 'menggunakan', diperkirakan: 'memperkirakan', dikritik: 'mengkritik' };
    for (const [passive, active] of Object.entries(pairs)) expect(activeForm(passive), passive).toBe(active);
    expect(activeForm('di-bully')).toBeUndefined();
  });
});

describe('long-sentence and opening hints', () => {
  it('say where a long sentence can be split', () => {
    const long = 'Harga beras naik tajam di pasar induk karena pasokan dari daerah sentra produksi berkurang drastis, sehingga pedagang terpaksa menaikkan harga jual kepada konsumen di berbagai kota besar.';
    const notes = run({ blocks: [long, long.replace('beras', 'cabai'), 'Petani menanam padi.'], lang: id }, { locale: undefined }).messages.filter((m) => m.ruleId === 'sentence-length' && m.fatal === undefined);
    expect(notes.length).toBe(2);
    expect(notes[0]?.note).toBe('Pecah sebelum “sehingga pedagang terpaksa …” (15 kata + 12 kata)');
  });

  it('list the sentences of a run of same openings', () => {
    const notes = run({ blocks: ['Ini kabar baik. Ini kabar buruk. Ini kabar lain. Petani menanam padi.'], lang: id }, { locale: undefined }).messages.filter((m) => m.ruleId === 'sentence-openings' && m.fatal === undefined);
    expect(notes.map((m) => m.note)).toEqual(['Kalimat: “Ini kabar baik.” · “Ini kabar buruk.” · “Ini kabar lain.”']);
  });
});
