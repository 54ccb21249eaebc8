import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/document/from-text.js';
import { attributiveOnly, verbByUse } from '../../src/keyphrases/nominal.js';
import { getLanguagePack } from '../../src/lang/index.js';

const en = getLanguagePack('en').pack;
const id = getLanguagePack('id').pack;
const blocks = (paragraphs: string[], lang = en) => docFromParagraphs(paragraphs, lang).blocks;

describe('verbByUse', () => {
  it('takes a word written after a modal or aspect word for a verb', () => {
    expect(verbByUse('continue', blocks(['Talks will continue next week.', 'Both sides said talks continue.']), en)).toBe(true);
    expect(verbByUse('masuk', blocks(['Polusi sudah masuk tahap berbahaya.', 'Warga diminta tidak masuk sekolah.'], id), id)).toBe(true);
  });

  it('keeps a noun a determiner introduces, the month May, and a subject after an inverted modal', () => {
    expect(verbByUse('play', blocks(['They will play on Sunday.', 'The play opens in May.']), en)).toBe(false);
    expect(verbByUse('cancer', blocks(['In May cancer rates fell.', 'Doctors said cancer rates fell again.']), en)).toBe(false);
    const people = ['Why will people pay more?', 'People pay more for fuel.', 'Analysts expect people to pay more.', 'Many people refuse.'];
    expect(verbByUse('people', blocks(people), en)).toBe(false);
  });

  it('says nothing of a capitalised word or a phrase of several words', () => {
    expect(verbByUse('Play', blocks(['They will Play today.']), en)).toBe(false);
    expect(verbByUse('will continue', blocks(['Talks will continue.']), en)).toBe(false);
  });
});

describe('attributiveOnly', () => {
  it('takes a word only ever written right before another content word for a modifier, in English', () => {
    expect(attributiveOnly('strong', blocks(['Payrolls showed strong gains.', 'Economists saw strong hiring in March.']), en)).toBe(true);
    // A predicate after a copula is no thing either.
    expect(attributiveOnly('exempt', blocks(['Theaters are exempt from the rule.', 'The exempt theaters must still post calories.']), en)).toBe(true);
  });

  it('keeps a word the article also writes on its own, or before a comma or function word', () => {
    expect(attributiveOnly('cancer', blocks(['Cancer rates fell.', 'Doctors said cancer is rarer.']), en)).toBe(false);
    expect(attributiveOnly('cancer', blocks(['Doctors treat cancer rates early.', 'They treat cancer, nurses said.']), en)).toBe(false);
  });

  it('says nothing in a language that puts modifiers after their noun', () => {
    expect(attributiveOnly('udara', blocks(['Polusi udara memburuk.', 'Kualitas udara turun.'], id), id)).toBe(false);
  });
});
