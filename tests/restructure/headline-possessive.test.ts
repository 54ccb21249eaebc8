import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { namedHeadlines } from './support.js';

const en = getLanguagePack('en').pack;

const named = (paragraphs: string[]): string[] => namedHeadlines(paragraphs, en);

describe('English headlines through a noun phrase', () => {
  it('keep a possessive that points to the subject, and go on through it', () => {
    const out = named(['David McLetchie has resigned from his post as a partner in a legal firm following criticism over his dual role.', 'McLetchie said his decision was final.']);
    expect(out).toContain('David McLetchie resigns from his post as partner');
    // (A thing's own: `its`.)
    const shares = named(['Shares in GW Pharma have lost a third of their value after a setback for its cannabis drug.']);
    expect(shares.some((h) => h.startsWith('Shares in GW Pharma lose third of their value'))).toBe(true);
  });

  it('never keep a possessive that points elsewhere in the text', () => {
    // (`her` is not Brown's: the article says `his` of him.)
    const brown = named(['Gordon Brown has visited a school in London with her daughter on Monday.', 'Brown said his trip to Africa had changed his view.', 'He made his name as chancellor.']);
    expect(brown.length).toBeGreaterThan(0);
    for (const h of brown) expect(h).not.toMatch(/\bher\b/u);
    // (A deficit owns no `his`.)
    const deficit = named(['The deficit is one of his election promises, the president said.']);
    for (const h of deficit) expect(h).not.toMatch(/\bhis\b/u);
  });

  it('go on through adjectives a comma coordinates before their noun', () => {
    const out = named(['Apple has unveiled a new, low-cost Macintosh computer for the masses, billed as the Mac mini.']);
    expect(out.some((h) => h.includes('new low-cost Macintosh computer'))).toBe(true);
  });

  it('find the subject past an appositive headed by an adjective, and no clause in what `what` opens', () => {
    const germany = named(["Germany's economy, the biggest among the 12 countries sharing the euro, grew at its fastest rate in four years during 2004."]);
    expect(germany.length).toBeGreaterThan(0);
    for (const h of germany) expect(h).toMatch(/^Germany's economy grows/u);
    // (`people do with their home PCs` is what the programs spy on, not the news.)
    const spy = named(['The makers of computer programs that secretly spy on what people do with their home PCs could face hefty fines in California.']);
    for (const h of spy) expect(h).not.toMatch(/^people do/iu);
  });
});

describe('English subjects named as editors name them', () => {
  it('name a titled owner by their last name before what they own (`Branson\'s US TV show`)', () => {
    const out = named(["Entrepreneur Sir Richard Branson's US TV show, The Rebel Billionaire, is proving a flop in the ratings."]);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).toMatch(/^Branson's US TV show proves flop/u);
  });

  it('read an acronym as a noun, whatever the tagger made of its capitals (`TV/PART`, `MPs/PRON`)', () => {
    expect(named(['MPs criticised Home Secretary David Blunkett over the plans.'])).toContain('MPs criticise Home Secretary David Blunkett');
    // (Not a line in capitals: no headline from a shouted title.)
    expect(en.grammar?.retag?.(['KNIGHTS', 'OF', 'THE', 'OLD', 'REPUBLIC'], ['PROPN', 'ADP', 'DET', 'ADJ', 'PROPN'])).toEqual(['PROPN', 'ADP', 'DET', 'ADJ', 'PROPN']);
    expect(en.grammar?.retag?.(['is', 'NOT', 'the', 'best'], ['AUX', 'PART', 'DET', 'ADJ'])).toEqual(['AUX', 'PART', 'DET', 'ADJ']);
    expect(en.grammar?.retag?.(["Branson's", 'US', 'TV', 'show'], ['PROPN', 'PROPN', 'PART', 'NOUN'])).toEqual(['PROPN', 'PROPN', 'PROPN', 'NOUN']);
  });

  it('name the place or thing a subject is of wherever the whole fits, with all its capitalised words', () => {
    const shares = named(['Shares in Irish oil company Petrel Resources have lost more than 50% of their value on a report.']);
    expect(shares).toContain('Shares in Petrel Resources lose more than 50%');
    expect(shares).not.toContain('Shares lose more than 50%');
    const bnp = named(['The leader of the British National Party has been arrested as part of a police inquiry.']);
    expect(bnp.some((h) => h.startsWith('leader of British National Party arrested'))).toBe(true);
  });

  it('never end on a noun whose own auxiliary follows: it is the subject of the clause cut off', () => {
    const out = named(['Writing in the Guardian newspaper, Mr Brown outlined his view of the direction New Labour should be taking.']);
    for (const h of out) expect(h).not.toMatch(/New Labour$/u);
  });

  it('never take the words before a determiner into the subject (`told AP | the company had struck a deal`)', () => {
    const out = named(['Charles Huyskens, a spokesman for the branch in the Netherlands, told AP the company had struck a deal with the Dutch government.']);
    expect(out.length).toBeGreaterThan(0);
    for (const h of out) expect(h).not.toMatch(/^AP/u);
  });
});

describe('English headlines dated and sourced', () => {
  it('may end on a month after its preposition, and say who said it past an `of` phrase and a short form in brackets', () => {
    const out = named(['UK house prices dipped slightly in November, the Office of the Deputy Prime Minister (ODPM) has said.']);
    expect(out.length).toBeGreaterThan(0);
    // (Never given as fact: the office says so.)
    for (const h of out) expect(h).toMatch(/, says (?:ODPM|Office of Deputy Prime Minister)$/u);
    expect(out.some((h) => h.startsWith('UK house prices dip slightly in November'))).toBe(true);
  });
});
