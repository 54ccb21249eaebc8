import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { analyse } from './support.js';

const en = getLanguagePack('en').pack;

describe('English chunks and main clause', () => {
  it('keeps a number right after a name in the name (`Halo 2`), never a phrase of its own', () => {
    const { chunks, clause } = analyse(en, 'Xbox video game Halo 2 has been released.', 'PROPN NOUN NOUN PROPN NUM AUX AUX VERB');
    expect(chunks.nounPhrases).toEqual(['Xbox video game Halo 2']);
    expect(chunks.heads).toEqual(['Halo']);
    expect(clause?.subject).toBe('Xbox video game Halo 2');
  });

  it('reads a quote with `said X`: the quote is the main clause, the speaker the reporting clause', () => {
    const { chunks, clause } = analyse(en, '"We will not back down," said Governor Jane Smith.', 'PRON AUX PART VERB ADP VERB PROPN PROPN PROPN');
    expect(chunks.verbGroups).toEqual(['will not back', 'said']);
    expect(chunks.nounPhrases).toEqual(['We', 'Governor Jane Smith']);
    expect(chunks.heads).toEqual(['We', 'Smith']);
    expect(clause).toEqual({
      subject: 'We', subjectHead: 'We', predicate: 'will not back', passive: false,
      reporting: { verb: 'said', speaker: 'Governor Jane Smith', position: 'after' },
    });
  });

  it('takes a participle with its object after a noun for that noun\'s, not the subject (`A US rapper awaiting trial`)', () => {
    const { clause } = analyse(
      en,
      'A US rapper awaiting trial for murder has filmed part of a music video in jail.',
      'DET PROPN NOUN VERB NOUN ADP NOUN AUX VERB NOUN ADP DET NOUN NOUN ADP NOUN',
    );
    expect(clause?.subject).toBe('A US rapper');
    // (Not a participle inside the phrase, after its owner: `England's acting head coach Andy Robinson`.)
    const coach = analyse(en, "England's acting head coach Andy Robinson has named his squad.", 'PROPN VERB NOUN NOUN PROPN PROPN AUX VERB PRON NOUN');
    expect(coach.clause?.subject).not.toBe("England's");
    // (A past form before a later clause with its own subject is the predicate: `Shares jumped … as investors were …`.)
    const shares = analyse(en, 'Shares jumped on Monday as investors were cheered.', 'NOUN VERB ADP PROPN ADP NOUN AUX VERB');
    expect(shares.clause?.predicate).toBe('jumped');
  });

  it('takes the content of `X said that …` as the main clause; heads are last; a passive verb group', () => {
    const { chunks, clause } = analyse(
      en,
      'The company said that the new export controls have been delayed.',
      'DET NOUN VERB SCONJ DET ADJ NOUN NOUN AUX AUX VERB',
    );
    expect(chunks.nounPhrases).toEqual(['The company', 'the new export controls']);
    expect(chunks.heads).toEqual(['company', 'controls']);
    expect(chunks.verbGroups).toEqual(['said', 'have been delayed']);
    expect(clause).toEqual({
      subject: 'the new export controls', subjectHead: 'controls', predicate: 'have been delayed', passive: true,
      reporting: { verb: 'said', speaker: 'The company', position: 'before' },
    });
  });

  it('skips a subordinate clause that opens the sentence', () => {
    const { clause } = analyse(en, 'Although prices rose, the central bank kept its rates unchanged.', 'SCONJ NOUN VERB DET ADJ NOUN VERB PRON NOUN ADJ');
    expect(clause).toEqual({
      subject: 'the central bank', subjectHead: 'bank', predicate: 'kept', passive: false, object: 'its rates', objectHead: 'rates',
    });
  });

  it('skips a leading adverbial and reads a passive with its `by` agent', () => {
    const { chunks, clause } = analyse(en, 'In 2024, two men were arrested by police in Jakarta.', 'ADP NUM NUM NOUN AUX VERB ADP NOUN ADP PROPN');
    expect(chunks.nounPhrases).toEqual(['2024', 'two men', 'police', 'Jakarta']);
    expect(clause).toEqual({ subject: 'two men', subjectHead: 'men', predicate: 'were arrested', passive: true, agent: 'police' });
  });

  it('keeps a `who` relative clause out of the main clause and reads `according to X` after it', () => {
    const { chunks, clause } = analyse(
      en,
      'The minister who resigned on Monday has been arrested, according to police.',
      'DET NOUN PRON VERB ADP PROPN AUX AUX VERB VERB ADP NOUN',
    );
    expect(chunks.relatives).toEqual(['who resigned on Monday']);
    expect(clause).toEqual({
      subject: 'The minister', subjectHead: 'minister', predicate: 'has been arrested', passive: true,
      reporting: { verb: 'according to', speaker: 'police', position: 'after' },
    });
  });

  it('reads `X told Y …` with the content as the main clause', () => {
    const { clause } = analyse(en, 'Officials told reporters the talks had failed.', 'NOUN VERB NOUN DET NOUN AUX VERB');
    expect(clause).toEqual({
      subject: 'the talks', subjectHead: 'talks', predicate: 'had failed', passive: false,
      reporting: { verb: 'told', speaker: 'Officials', position: 'before' },
    });
  });

  it('reads a trailing `…, he said`', () => {
    const { clause } = analyse(en, 'Bank Indonesia raised its benchmark rate, he said.', 'PROPN PROPN VERB PRON NOUN NOUN PRON VERB');
    expect(clause).toEqual({
      subject: 'Bank Indonesia', subjectHead: 'Indonesia', predicate: 'raised', passive: false, object: 'its benchmark rate', objectHead: 'rate',
      reporting: { verb: 'said', speaker: 'he', position: 'after' },
    });
  });

  it('takes the phrase after `there is` as the subject', () => {
    const { clause } = analyse(en, 'There is a new plan.', 'PRON VERB DET ADJ NOUN');
    expect(clause).toEqual({ subject: 'a new plan', subjectHead: 'plan', predicate: 'is', passive: false });
  });

  it('keeps a participle between a determiner and its noun inside the noun phrase', () => {
    const { chunks, clause } = analyse(en, 'The proposed rule worries farmers.', 'DET VERB NOUN VERB NOUN');
    expect(chunks.nounPhrases).toEqual(['The proposed rule', 'farmers']);
    expect(clause).toMatchObject({ subjectHead: 'rule', predicate: 'worries', objectHead: 'farmers' });
  });

  it('does not take the subject of a complement clause for an object, but keeps a plain object', () => {
    expect(analyse(en, 'Analysts expect prices will fall.', 'NOUN VERB NOUN AUX VERB').clause).toEqual({
      subject: 'Analysts', subjectHead: 'Analysts', predicate: 'expect', passive: false,
    });
    expect(analyse(en, 'Analysts expect higher prices.', 'NOUN VERB ADJ NOUN').clause).toMatchObject({ object: 'higher prices' });
  });

  it('reads a question with the auxiliary before its subject', () => {
    expect(analyse(en, 'Will the central bank raise rates?', 'AUX DET ADJ NOUN VERB NOUN').clause).toEqual({
      subject: 'the central bank', subjectHead: 'bank', predicate: 'raise', passive: false, object: 'rates', objectHead: 'rates',
    });
  });

  it('takes the first of a coordinated list as the subject head', () => {
    expect(analyse(en, 'Rumsfeld, Wolfowitz and Feith staffed the agency.', 'PROPN PROPN CCONJ PROPN VERB DET NOUN').clause).toMatchObject({
      subjectHead: 'Rumsfeld', predicate: 'staffed', objectHead: 'agency',
    });
  });

  it('keeps a time noun out of the object', () => {
    const { chunks, clause } = analyse(en, 'She finishes her exam today.', 'PRON VERB PRON NOUN NOUN');
    expect(chunks.nounPhrases).toEqual(['She', 'her exam', 'today']);
    expect(clause).toMatchObject({ object: 'her exam', objectHead: 'exam' });
    expect(analyse(en, 'She arrives tonight.', 'PRON VERB NOUN').clause?.object).toBeUndefined();
  });
});
