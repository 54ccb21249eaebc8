import { describe, expect, it } from 'vitest';
import { rewrite } from '../../src/pipeline/rewrite.js';

describe('the article\'s tags (front matter keywords, report keyphrases)', () => {
  const text = [
    'The US economy added 216,000 jobs last month as hiring continued, the Labor Department said.',
    'Economists said hiring continued across industries, and the recovery continued to gain strength.',
    'Private employers added jobs in retail and manufacturing, contributing most of the gains.',
    'Government employment fell for a fifth month, while economists continued to watch energy prices.',
  ].join('\n');

  it('name things: no verb form, even one the ranking keeps', () => {
    const r = rewrite(text, { lang: 'en' });
    const tags = r.keyphrases.map((k) => k.phrase.toLowerCase());
    expect(tags).not.toContain('continued');
    expect(tags).not.toContain('contributing');
    expect(tags).toEqual(expect.arrayContaining(['economists', 'jobs']));
    expect(r.markdown).not.toMatch(/^ {2}- continued$/mu);
  });

  it('keep a verb form the article uses as a noun, not an adjective before one', () => {
    const kidnapping = [
      'Police arrested three men after the kidnapping of a businessman in the capital.',
      'The kidnapping shocked residents, and police said the contaminated water supply was a separate case.',
      'Investigators linked the kidnapping to a gang. Residents avoided the contaminated water.',
    ].join('\n');
    const tags = rewrite(kidnapping, { lang: 'en' }).keyphrases.map((k) => k.phrase.toLowerCase());
    expect(tags).toContain('kidnapping');
    expect(tags).not.toContain('contaminated');
  });

  it('leave out an English adjective the article only writes before a noun', () => {
    const colours = [
      'Artificial colorings in sweets may worsen hyperactivity in children, researchers said on Friday.',
      'The study tested artificial colorings on 300 children and found more hyperactivity after a dose.',
      'Parents of children with hyperactivity were told that artificial colorings are listed on labels.',
    ].join('\n');
    const r = rewrite(colours, { lang: 'en' });
    expect(r.keyphrases.map((k) => k.phrase.toLowerCase())).not.toContain('artificial');
    expect(r.markdown).not.toMatch(/^#.*\bArtificial\b(?! [Cc]olorings)/mu);
  });

  it('do not repeat the one-word parts of a focus of several words', () => {
    // The ranking lists `udara` and `polusi` first: the article writes them apart too.
    const text = [
      'Polusi udara di Lahore memburuk, dan sekolah ditutup selama sepekan.',
      'Kualitas udara di Lahore tercatat paling buruk di dunia, menurut data pemantau udara.',
      'Dokter mengatakan polusi membuat anak-anak sesak napas, dan polusi juga memicu batuk.',
      'Pemerintah Punjab menyebut polusi udara berasal dari asap kendaraan dan pembakaran jerami.',
      'Pemantau udara swasta mencatat udara kotor bertahan hingga malam, sementara polusi belum turun.',
    ].join('\n');
    const r = rewrite(text, { lang: 'id', keyphrase: 'polusi udara' });
    const keywords = /^keywords:\n((?: {2}- .*\n)+)/mu.exec(r.markdown)?.[1]?.split('\n').filter(Boolean).map((l) => l.slice(4)) ?? [];
    expect(keywords[0]).toBe('polusi udara');
    expect(keywords).not.toContain('polusi');
    expect(keywords).not.toContain('udara');
    expect(keywords).toContain('Lahore');
  });

  it('read the headline too: a word it uses as a verb is no tag', () => {
    const draft = [
      'Tencent chatbot suggests answers',
      'Tencent has a new chatbot for its users in China.',
      'The chatbot answers questions and writes code, Tencent said.',
      'Analysts expect the chatbot to compete with Baidu and Alibaba in China.',
    ].join('\n');
    const r = rewrite(draft, { lang: 'en', maxKeyphrases: 15 });
    const tags = r.keyphrases.map((k) => k.phrase);
    expect(tags).toEqual(expect.arrayContaining(['chatbot', 'Tencent']));
    expect(tags).not.toContain('suggests');
  });
});

