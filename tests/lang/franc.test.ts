/**
 * The lazy port of franc (src/lang/franc.ts) answers as franc-min does, on news in both languages, on other
 * languages and scripts, on slices of every length around the limits, and on text with no letters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { franc as original } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { franc } from '../../src/lang/franc.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const texts = [
  readFileSync(join(root, 'fixtures/china-ai-id.txt'), 'utf8'),
  ...readdirSync(join(root, 'fixtures/check')).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).map((f) => readFileSync(join(root, 'fixtures/check', f), 'utf8')),
  ...readdirSync(join(root, 'fixtures/markdown')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'fixtures/markdown', f), 'utf8')),
  'Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera débattue au Parlement.',
  'Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, die im Parlament beraten wird.',
  'El gobierno anunció el martes una nueva reforma de las pensiones que se debatirá en el Parlamento.',
  'Kerajaan mengumumkan pada hari Selasa satu pembaharuan pencen yang akan dibahaskan di Parlimen.',
  'Правительство во вторник объявило о новой пенсионной реформе, которую обсудит парламент.',
  '政府周二宣布了一项新的养老金改革，将在议会进行辩论。',
  'الحكومة أعلنت يوم الثلاثاء عن إصلاح جديد لنظام التقاعد سيناقش في البرلمان',
  'सरकार ने मंगलवार को एक नए पेंशन सुधार की घोषणा की, जिस पर संसद में बहस होगी।',
  '1234 5678 — 90 %, 12.5 / 7',
  '',
];

describe('franc, built lazily', () => {
  it('answers as franc-min on whole texts and on their prefixes', () => {
    for (const text of texts) {
      for (const length of [0, 9, 10, 11, 40, 200, 2047, 2048, 2049, 5000]) {
        const sample = text.slice(0, length);
        expect(franc(sample, { minLength: 10 }), JSON.stringify(sample.slice(0, 40))).toBe(original(sample, { minLength: 10 }));
      }
    }
  });

  it('answers as franc-min on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => franc(text, { minLength: 10 }) === original(text, { minLength: 10 })), { numRuns: 300 });
    const words = fc.array(fc.constantFrom('the', 'dan', 'yang', 'di', 'of', 'la', 'und', 'pemerintah', 'said', 'akan', 'mereka', 'ini'), { maxLength: 60 });
    fc.assert(fc.property(words, (list) => franc(list.join(' '), { minLength: 10 }) === original(list.join(' '), { minLength: 10 })), { numRuns: 300 });
  });
});
