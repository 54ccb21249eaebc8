import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { docFromMarkdown } from '../../src/document/from-markdown.js';
import { id } from './helpers.js';

const source = `---
title: Pasar Induk Ramai Menjelang Lebaran
description: Pedagang sibuk.
slug: pasar-induk
keyphrase: harga beras
---
# Pasar Induk Ramai Menjelang Lebaran

Pedagang di pasar induk sibuk sejak subuh.

# Judul kedua
`;

describe('messages on a Markdown file', () => {
  const doc = docFromMarkdown(source, id);
  const outcome = assess({ doc, lang: id, keyphrase: 'harga beras', title: 'Pasar Induk Ramai Menjelang Lebaran', description: 'Pedagang sibuk.', slug: 'pasar-induk' }, { locale: 'en' });
  const byRule = (ruleId: string): string[] => outcome.messages.filter((m) => m.ruleId === ruleId).map(String);

  it('point at the front-matter fields', () => {
    expect(byRule('keyphrase-in-slug')).toEqual(['4:7-4:18: Unexpected slug “pasar-induk” with 0 of 2 keyphrase words, expected every keyphrase word']);
    expect(byRule('meta-description-length')).toEqual(['3:14-3:29: Unexpected meta description of 15 characters, expected more than 120']);
    expect(byRule('keyphrase-in-title')[0]).toMatch(/^2:8-2:43: /u);
  });

  it('point at the second H1 and at the introduction', () => {
    expect(byRule('single-h1')).toEqual(['11:1-11:14: Unexpected 2 H1 headings, expected at most 1 H1 heading']);
    expect(byRule('keyphrase-in-introduction')).toEqual([
      '9:1-9:43: Unexpected introduction without the keyphrase “harga beras”, expected it in the first paragraph',
    ]);
  });
});
