import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { chooseFocusKeyphrase, type Keyphrase } from '../../src/keyphrases/index.js';
import { focusContext, focusForm } from '../../src/focus/form.js';
import { focusCandidates } from '../../src/focus/candidates.js';
import { chooseFocus } from '../../src/focus/index.js';
import { layout } from '../../src/restructure/index.js';
import { getLanguagePack } from '../../src/lang/index.js';
import type { LanguagePack } from '../../src/lang/types.js';

const en = getLanguagePack('en').pack;
const id = getLanguagePack('id').pack;

function ctx(paragraphs: string[], lang: LanguagePack): ReturnType<typeof focusContext> {
  return focusContext(docFromParagraphs(paragraphs, lang).blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : [])), lang);
}

describe('focusForm', () => {
  it('gives the full name for a word the article writes inside one name', () => {
    const c = ctx(
      ["Fighting in Cote d'Ivoire has forced civilians to flee.", "The United Nations said Cote d'Ivoire needs help. The United Nations will vote."],
      en,
    );
    expect(focusForm("d'Ivoire", c)).toBe("Cote d'Ivoire");
    expect(focusForm('United', c)).toBe('United Nations');
    expect(focusForm('civilians', c)).toBe('civilians');
  });

  it('leaves a name of its own alone, and passes over the common noun that opens several names', () => {
    const c = ctx(
      [
        'Gus Ipul mengajak Pemerintah Provinsi Kalimantan Timur (Pemprov Kaltim) bekerja sama.',
        'Kita mulai dengan Kaltim. Pemprov Kaltim dinilai bagus. Warga Kaltim senang. Kaltim siap.',
        'Kementerian Energi meminta SPBU swasta bekerja sama. Kementerian Sosial mendukung.',
      ],
      id,
    );
    expect(focusForm('Kaltim', c)).toBe('Kaltim');
    expect(focusForm('Kementerian', c)).toBeUndefined();
  });

  it('passes over a name part inside a name too long for a focus', () => {
    const c = ctx(['She will compete at the Intel International Science and Engineering Fair.', 'The Intel International Science and Engineering Fair opens soon.'], en);
    expect(focusForm('International', c)).toBeUndefined();
  });

  it('passes over participles, lone quantifiers, hyphenated modifiers and the dateline city', () => {
    const c = ctx(
      [
        'WASHINGTON, April 1 (UPI) - Multiple fathers are common, researchers found, a long-term study shows.',
        'The long-term trend continued. Researchers played down multiple causes.',
      ],
      en,
    );
    expect(focusForm('WASHINGTON', c)).toBeUndefined();
    expect(focusForm('long-term', c)).toBeUndefined();
    expect(focusForm('played', c)).toBeUndefined();
    expect(focusForm('multiple', c)).toBeUndefined();
    expect(focusForm('researchers', c)).toBe('researchers');
  });

  it('takes a place from the dateline as the focus only when the story is about it', () => {
    const la = ctx(['LOS ANGELES (AP) - The studio delayed the premiere of its film.', 'The film opens in May.'], en);
    expect(focusForm('LOS ANGELES', la)).toBeUndefined();
    const sg = ctx(['SINGAPURA – Singapura akan mencatat sejarah.', 'Presiden Singapura hadir. Warga Singapura bersiap.'], id);
    expect(focusForm('Singapura', sg)).toBe('Singapura');
  });

  it('keeps a hyphenated noun the article uses on its own', () => {
    const c = ctx(['The chain-reaction started early. Police said the chain-reaction involved fifty cars.'], en);
    expect(focusForm('chain-reaction', c)).toBe('chain-reaction');
  });
});

describe('chooseFocusKeyphrase with focusForm', () => {
  it('chooses the full name over its part, and a noun over a better-ranked participle', () => {
    const doc = docFromParagraphs(
      ["Frank played Barnabas Collins in Dark Shadows, and Tim Collins played the vampire's friend in Cote d'Ivoire.", "The vampire returns. Cote d'Ivoire fans cheered."],
      en,
    );
    const ks: Keyphrase[] = [
      { phrase: 'played', score: 1, stem: 'plai', count: 2 },
      { phrase: "d'Ivoire", score: 0.9, stem: "d'ivoir", count: 2 },
      { phrase: 'vampire', score: 0.5, stem: 'vampir', count: 2 },
    ];
    // The focus model sees the full name, never its part or the participle.
    const choice = chooseFocus({ base: layout({ blocks: doc.blocks, lang: en, keepAll: true }), keyphrases: ks });
    const phrases = (choice?.candidates ?? []).map((c) => c.phrase);
    expect(phrases).toContain("Cote d'Ivoire");
    expect(phrases).not.toContain("d'Ivoire");
    expect(phrases).not.toContain('played');
    expect(chooseFocusKeyphrase(doc, ks, en)?.phrase).not.toBe('played');
  });
});

describe('focusCandidates', () => {
  it('takes a lead phrase only when a keyphrase could be it: no day, title before a name, or dateline place', () => {
    const paragraphs = [
      'JAKARTA - Presiden Prabowo Subianto meresmikan Bendungan Jragung pada Senin di Semarang.',
      'Bendungan Jragung mengairi ribuan hektare sawah. Prabowo meninjau saluran irigasi di Semarang.',
    ];
    const sentences = docFromParagraphs(paragraphs, id).blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
    const c = focusContext(sentences, id);
    const lead = ['Senin', 'Presiden Prabowo Subianto', 'Bendungan Jragung', 'JAKARTA', 'saluran irigasi', 'Seratusan'];
    const phrases = focusCandidates([], sentences, c, id, lead).map((x) => x.phrase);
    expect(phrases).toContain('Bendungan Jragung');
    expect(phrases).toContain('saluran irigasi');
    expect(phrases).not.toContain('Senin');
    // (A rough count opening a sentence, `Seratusan mahasiswa …`, is no name.)
    expect(phrases).not.toContain('Seratusan');
    expect(phrases).not.toContain('Presiden Prabowo Subianto');
    expect(phrases.map((p) => p.toLowerCase())).not.toContain('jakarta');
  });
});
