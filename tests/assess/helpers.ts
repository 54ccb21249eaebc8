/** Builders for assessment tests: small documents written for the tests, never the shared corpus. */
import { docFromBlocks, type RawBlock } from '../../src/document/from-text.js';
import { assess, type AssessOptions, type AssessOutcome } from '../../src/assess/index.js';
import { getLanguagePack } from '../../src/lang/index.js';
import type { LanguagePack } from '../../src/lang/types.js';
import type { AssessmentReport } from '../../src/types.js';

export const id: LanguagePack = getLanguagePack('id').pack;
export const en: LanguagePack = getLanguagePack('en').pack;

export interface Case {
  blocks?: readonly (string | RawBlock)[];
  keyphrase?: string;
  title?: string;
  description?: string;
  slug?: string;
  lang?: LanguagePack;
}

/** A paragraph block (strings) or a heading (`## text` → depth 2). */
function block(b: string | RawBlock): RawBlock {
  if (typeof b !== 'string') return b;
  const m = /^(#{1,6}) (.*)$/u.exec(b);
  return m ? { kind: 'heading', depth: m[1]?.length ?? 2, text: m[2] ?? '' } : { kind: 'paragraph', text: b };
}

/**
 * Runs the engine on a case. The rule tests read the English messages (the wording is a contract), so the messages
 * are English unless `options.locale` says otherwise; `tests/assess/messages.test.ts` covers the other languages.
 */
export function run(c: Case, options?: AssessOptions): AssessOutcome {
  const lang = c.lang ?? id;
  const doc = docFromBlocks((c.blocks ?? []).map(block), lang);
  return assess(
    { doc, lang, keyphrase: c.keyphrase ?? '', title: c.title ?? '', description: c.description ?? '', slug: c.slug ?? '' },
    { locale: 'en', ...options },
  );
}

/** The report of one rule. */
export function report(c: Case, ruleId: string, options?: AssessOptions): AssessmentReport {
  const found = run(c, options).assessments.find((a) => a.id === ruleId);
  if (!found) throw new Error(`no assessment ${ruleId}`);
  return found;
}

/** `n` distinct filler sentences of `words` words each (no keyphrase, no transition word, active voice). */
export function filler(n: number, words = 10): string {
  const vocab = ['petani', 'menanam', 'padi', 'sawah', 'hijau', 'pagi', 'warga', 'membawa', 'air', 'sungai', 'jernih', 'desa', 'kecil', 'ramai', 'pasar', 'menjual', 'sayur', 'segar', 'anak', 'bermain'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const ws: string[] = [];
    for (let j = 0; j < words; j++) ws.push(vocab[(i * 7 + j * 3) % vocab.length] ?? 'kata');
    ws[0] = `Kalimat${i}`;
    out.push(`${ws.join(' ')}.`);
  }
  return out.join(' ');
}
