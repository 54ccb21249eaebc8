import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromMarkdown } from '../../src/document/from-markdown.js';
import { getLanguagePack } from '../../src/lang/index.js';
import { rewrite } from '../../src/pipeline/rewrite.js';
import { changeWordsFor } from '../../src/pipeline/change-words.js';
import { normaliseText } from '../../src/text/normalise.js';
import { splitSentences } from '../../src/text/segment.js';

const sample = readFileSync('fixtures/china-ai-id.txt', 'utf8');

/** Sentences of the rewritten body (headings excluded), as a reader sees them. */
function bodySentences(markdown: string, code: string): string[] {
  const doc = docFromMarkdown(markdown, getLanguagePack(code).pack);
  return doc.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.sentences.map((s) => s.text));
}

function inputSentences(text: string, code: string): string[] {
  const lang = getLanguagePack(code).pack;
  return normaliseText(text).paragraphs.flatMap((p) => splitSentences(p, lang).map((s) => s.text));
}

/** Every input sentence is in the output, in order, or listed as removed; nothing else is added to the body. */
function expectFaithful(text: string, options: Parameters<typeof rewrite>[1] = {}): void {
  const result = rewrite(text, options);
  const removed = result.removed.map((r) => r.text);
  const expected = inputSentences(text, result.lang).filter((s) => !removed.includes(s));
  const headlineDropped = expected.length > 0 && result.changes.includes(changeWordsFor(result.lang).headline);
  const body = bodySentences(result.markdown, result.lang);
  expect(body).toEqual(headlineDropped ? expected.slice(1) : expected);
}

describe('faithfulness', () => {
  it('keeps a note to the reader as the text when the file is nothing else', () => {
    const note = 'Informasi dalam artikel ini tidak ditujukan untuk menginspirasi siapa pun untuk melakukan tindakan serupa.';
    const result = rewrite(note, { lang: 'id' });
    expect(result.title).not.toBe('');
    expect(result.changes.some((c) => /catatan/.test(c))).toBe(false);
    expect(bodySentences(result.markdown, 'id')).toEqual([note]);
  });

  it('keeps the writer’s subheadings of a plain draft as subheadings, word for word, with no generated one beside them', () => {
    // Two short lines between paragraphs: `Kesiapan Anggaran`, `Dukungan dari Senayan`.
    const draft = readFileSync('fixtures/check/subheadings.txt', 'utf8').trimEnd();
    const result = rewrite(draft, { lang: 'id' });
    const h2 = result.markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(h2).toEqual(['## Kesiapan Anggaran', '## Dukungan dari Senayan']);
    expect(result.changes).toContain('mempertahankan 2 baris pendek di antara paragraf sebagai subjudul dari penulis');
    // The body keeps every other line, in order.
    const lines = draft.split('\n').filter((l) => !['Kesiapan Anggaran', 'Dukungan dari Senayan'].includes(l));
    expect(bodySentences(result.markdown, 'id')).toEqual(inputSentences(lines.join('\n'), 'id'));
  });

  it('moves a note to the reader to the end word for word, says so, and builds nothing from it', () => {
    const note =
      'Informasi dalam artikel ini tidak ditujukan untuk menginspirasi siapa pun untuk melakukan tindakan serupa. Bila Anda merasakan gejala depresi dengan kecenderungan berupa pemikiran untuk bunuh diri, segera konsultasikan persoalan Anda ke psikolog.';
    const story = [
      'Universitas Udayana menjatuhkan sanksi kepada mahasiswa yang merundung rekannya di grup percakapan.',
      'Sanksi itu berupa pengurangan nilai dan pencopotan dari organisasi mahasiswa.',
      'Keluarga korban meminta kampus mengusut kronologi kejadian secara terbuka.',
    ];
    const result = rewrite([note, ...story].join('\n'), { lang: 'id' });
    const body = bodySentences(result.markdown, 'id');
    const noteSentences = inputSentences(note, 'id');
    expect(body.slice(-noteSentences.length)).toEqual(noteSentences);
    expect(body.slice(0, -noteSentences.length)).toEqual(inputSentences(story.join('\n'), 'id'));
    expect(result.changes.some((c) => /^memindahkan 1 catatan untuk pembaca/.test(c))).toBe(true);
    expect(result.removed).toEqual([]);
    for (const generated of [result.title, result.description]) expect(generated).not.toMatch(/menginspirasi|konsultasikan|depresi/i);
  });

  it('keeps every sentence of the sample but the instruction, which is listed as removed', () => {
    const result = rewrite(sample);
    expect(result.removed).toHaveLength(1);
    expect(result.removed[0]?.text).toMatch(/^Ini diartikan agar konten dihasilkan/);
    expect(result.markdown).not.toContain('Ini diartikan');
    expect(result.markdown).toContain('bisnis AS daripada China.');
    expect(result.changes).toContain('memisahkan 1 kalimat yang menempel');
    expect(rewrite(sample, { assess: { locale: 'en' } }).changes).toContain('separated 1 glued sentence');
    expectFaithful(sample);
  });

  it('keeps the instruction with keepAll', () => {
    const result = rewrite(sample, { keepAll: true });
    expect(result.removed).toEqual([]);
    expect(result.markdown).toContain('Ini diartikan agar konten dihasilkan');
  });

  const word = fc.constantFrom('chip', 'Tencent', 'model', 'ekspor', 'AS', 'teknologi', 'pasar', 'Rp 5.000', '3,5', 'Dr.', 'Baidu', 'analis', 'data', '“kegagalan”', 'Jl.', 'kota');
  const sentence = fc.array(word, { minLength: 3, maxLength: 28 }).map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 9 }).map((ss) => ss.join(' '));
  const article = fc.array(paragraph, { minLength: 1, maxLength: 14 }).map((ps) => ps.join('\n'));

  it('holds for generated articles (property)', () => {
    fc.assert(fc.property(article, (text) => expectFaithful(text, { lang: 'id' })), { numRuns: 60 });
  });

  it('is deterministic and idempotent on generated articles (property)', () => {
    fc.assert(
      fc.property(article, (text) => {
        const once = rewrite(text, { lang: 'id' });
        expect(rewrite(text, { lang: 'id' }).markdown).toBe(once.markdown);
        const twice = rewrite(once.markdown, { lang: 'id' });
        expect(twice.markdown).toBe(once.markdown);
      }),
      { numRuns: 40 },
    );
  });
});

describe('idempotence on the sample', () => {
  it('changes nothing when run on its own output: one H1, no duplicated headings', () => {
    const once = rewrite(sample);
    const twice = rewrite(once.markdown);
    expect(twice.markdown).toBe(once.markdown);
    expect(twice.markdown.match(/^# /gm)).toHaveLength(1);
    const h2 = twice.markdown.match(/^## .*$/gm) ?? [];
    expect(new Set(h2).size).toBe(h2.length);
  });
});
