/**
 * The packs' copies of stopwords-iso's lists (src/lang/<code>/iso-stopwords.ts) are the package's lists, in its
 * order: when an update of the package changes them, run `node scripts/iso-stopwords.mjs`.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isoStopwords as en } from '../../src/lang/en/iso-stopwords.js';
import { isoStopwords as id } from '../../src/lang/id/iso-stopwords.js';

const iso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

describe('stopwords-iso lists of the packs', () => {
  it('are the package’s lists', () => {
    expect(en).toEqual(iso['en']);
    expect(id).toEqual(iso['id']);
  });
});
