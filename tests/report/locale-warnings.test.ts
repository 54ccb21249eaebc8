/**
 * The pipeline's warnings (a language without a pack of its own) are said in the report's language, as the changes
 * are: `--locale` when given, else the article's (English for a language without a catalogue).
 */
import { describe, expect, it } from 'vitest';
import { projects, runCli } from '../check/helpers.js';

const made = projects();

const FRENCH = [
  'Le conseil municipal a approuvé lundi un nouveau budget pour les écoles publiques de la ville.',
  'Le maire a déclaré que le plan aiderait des milliers de familles dans toute la ville.',
].join('\n\n');

function folder(): string {
  return made({ 'fr.txt': FRENCH });
}

describe('the warning of a language without a pack', () => {
  it('rewrite: English for a French article, Indonesian with --locale id', async () => {
    const dir = folder();
    const english = (await runCli(['fr.txt', '--dry-run', '--lang', 'fr'], dir)).stdout;
    expect(english).toContain("  warning no language pack for 'fr': generic rules (stopwords only, no stemming)\n");
    const indonesian = (await runCli(['fr.txt', '--dry-run', '--lang', 'fr', '--locale', 'id'], dir)).stdout;
    expect(indonesian).toContain("  peringatan belum ada paket bahasa untuk 'fr': dipakai aturan umum (hanya daftar kata henti, tanpa pengembalian kata ke bentuk dasar)\n");
    expect(indonesian).not.toContain('no language pack');
  });

  it('check: the note on the file follows --locale too', async () => {
    const dir = folder();
    const english = (await runCli(['check', 'fr.txt', '--lang', 'fr'], dir)).stdout;
    expect(english).toMatch(/info {5}No language pack for “fr”: generic rules \(stopwords only, no stemming\) +language\n/u);
    const indonesian = (await runCli(['check', 'fr.txt', '--lang', 'fr', '--locale', 'id'], dir)).stdout;
    expect(indonesian).toMatch(/info {5}Belum ada paket bahasa untuk “fr”: dipakai aturan umum \(hanya daftar kata henti, tanpa pengembalian kata ke bentuk dasar\) +language\n/u);
  });
});
