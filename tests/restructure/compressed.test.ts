import { describe, expect, it } from 'vitest';
import { getLanguagePack } from '../../src/lang/index.js';
import { compressed } from '../../src/restructure/clauses.js';
import { buildTitle } from '../../src/restructure/title.js';

const id = getLanguagePack('id').pack;
const en = getLanguagePack('en').pack;

describe('compressed', () => {
  it('leaves out when it happened, a leading article and adverbs, and changes no word', () => {
    expect(compressed('KPK juga menetapkan PT STJ sebagai tersangka pada Senin (13/10/2025)', id)).toBe('KPK menetapkan PT STJ sebagai tersangka');
    expect(compressed('Seorang demonstran di Arab Saudi dieksekusi mati pekan lalu', id)).toBe('Demonstran di Arab Saudi dieksekusi mati');
    expect(compressed('A U.S. senior diplomat on Thursday called on all parties to stop', en)).toBe('U.S. senior diplomat called on all parties to stop');
    expect(compressed('The teacher was also suspended last week', en)).toBe('Teacher was suspended');
    expect(compressed('Erwin akhirnya ditangkap usai melakukan pembunuhan', id)).toBe('Erwin ditangkap usai melakukan pembunuhan');
  });

  it('leaves a day that names something else alone (`Thursday’s game`)', () => {
    expect(compressed('Wilkins worked as a TV analyst in Thursday’s game on Friday', en)).toBe('Wilkins worked as a TV analyst in Thursday’s game');
  });

  it('gives nothing when nothing is left out, or too little would remain', () => {
    expect(compressed('Pemerintah membangun sekolah unggulan', id)).toBeUndefined();
    expect(compressed('The storm hit', en)).toBeUndefined();
    expect(compressed('Anything at all', getLanguagePack('xx').pack)).toBeUndefined();
  });
});

describe('buildTitle with a shortened lead', () => {
  it('fits the lead whole once its article and its day are left out', () => {
    const lead = ['A cemetery owner charged with helping steal millions from funeral home trust funds has pleaded guilty to tax evasion.'];
    expect(buildTitle({ lead, focus: 'cemetery', phrases: ['Oklahoma', 'Memphis', 'tax evasion'], lang: en })).toBe('Cemetery owner charged with helping steal millions');
  });
});
