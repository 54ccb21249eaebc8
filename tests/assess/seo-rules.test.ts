import { describe, expect, it } from 'vitest';
import { en, filler, report } from './helpers.js';

const intro = 'Harga beras naik tajam di pasar induk pekan ini.';

describe('keyphrase-length', () => {
  it('is good for two content words', () => {
    expect(report({ keyphrase: 'harga beras' }, 'keyphrase-length')).toMatchObject({ rating: 'good', score: 9 });
  });
  it('is ok for six content words and very bad without a keyphrase', () => {
    expect(report({ keyphrase: 'harga beras medium naik tajam pasar' }, 'keyphrase-length')).toMatchObject({
      rating: 'ok',
      message: 'Unexpected keyphrase of 6 content words, expected at most 4',
    });
    expect(report({ keyphrase: '' }, 'keyphrase-length')).toMatchObject({ rating: 'bad', score: -999 });
  });
  it('does not count function words', () => {
    expect(report({ keyphrase: 'harga beras di pasar induk yang ramai' }, 'keyphrase-length').message).toBe(
      'Unexpected keyphrase of 5 content words, expected at most 4',
    );
  });
});

describe('keyphrase-in-title', () => {
  it('is good at the start, also after function words only', () => {
    expect(report({ keyphrase: 'harga beras', title: 'Harga Beras Naik Tajam' }, 'keyphrase-in-title').score).toBe(9);
    expect(report({ keyphrase: 'harga beras', title: 'Ini Harga Beras Hari Ini' }, 'keyphrase-in-title').score).toBe(9);
  });
  it('is ok later in the title or with the words apart, bad without them', () => {
    expect(report({ keyphrase: 'harga beras', title: 'Pedagang Keluhkan Harga Beras' }, 'keyphrase-in-title')).toMatchObject({
      score: 6,
      message: 'Unexpected keyphrase “harga beras” after 2 words of the title, expected it at the start',
    });
    expect(report({ keyphrase: 'harga beras', title: 'Beras Mahal, Harga Naik' }, 'keyphrase-in-title').score).toBe(6);
    expect(report({ keyphrase: 'harga beras', title: 'Pasar Induk Ramai' }, 'keyphrase-in-title').score).toBe(2);
  });
  it('does not take punctuation between the words for an exact match', () => {
    expect(report({ keyphrase: 'CDC drop', title: 'CDC: Drop in Cases', lang: en }, 'keyphrase-in-title').score).toBe(6);
  });
});

describe('keyphrase-in-introduction', () => {
  it('is good when one sentence of the first paragraph has the keyphrase', () => {
    expect(report({ keyphrase: 'harga beras', blocks: [intro, filler(3)] }, 'keyphrase-in-introduction').score).toBe(9);
  });
  it('is ok when the words are spread over the paragraph, bad when missing', () => {
    const spread = 'Harga cabai naik. Beras juga langka di pasar.';
    expect(report({ keyphrase: 'harga beras', blocks: [spread] }, 'keyphrase-in-introduction').score).toBe(6);
    expect(report({ keyphrase: 'harga beras', blocks: [filler(2), intro] }, 'keyphrase-in-introduction').score).toBe(3);
  });
});

describe('keyphrase-in-meta-description', () => {
  it('is good once or twice', () => {
    const description = 'Harga beras naik tajam di pasar induk. Pedagang mengeluh.';
    expect(report({ keyphrase: 'harga beras', description }, 'keyphrase-in-meta-description').score).toBe(9);
  });
  it('is bad when missing or overused', () => {
    expect(report({ keyphrase: 'harga beras', description: 'Pasar ramai.' }, 'keyphrase-in-meta-description').score).toBe(3);
    const three = 'Harga beras naik. Harga beras turun. Harga beras tetap.';
    expect(report({ keyphrase: 'harga beras', description: three }, 'keyphrase-in-meta-description').message).toBe(
      'Unexpected keyphrase “harga beras” 3 times in the meta description, expected once or twice',
    );
  });
});

describe('keyphrase-in-slug', () => {
  it('is good when every word of a short keyphrase is in the slug', () => {
    expect(report({ keyphrase: 'harga beras', slug: 'harga-beras-naik' }, 'keyphrase-in-slug').score).toBe(9);
  });
  it('is ok when a word is missing, bad without a slug', () => {
    expect(report({ keyphrase: 'harga beras', slug: 'harga-naik' }, 'keyphrase-in-slug').score).toBe(6);
    expect(report({ keyphrase: 'harga beras', slug: '' }, 'keyphrase-in-slug').score).toBe(3);
  });
});

describe('keyphrase-in-subheadings', () => {
  const body = filler(40);
  it('is good when a share of the H2s has the keyphrase', () => {
    const blocks = [intro, '## Harga beras di Jawa', body, '## Pasokan dari petani', body, '## Cuaca dan panen', body];
    expect(report({ keyphrase: 'harga beras', blocks }, 'keyphrase-in-subheadings').score).toBe(9);
  });
  it('is bad when every subheading repeats it, or a long text has none', () => {
    const blocks = [intro, '## Harga beras di Jawa', body, '## Harga beras di Bali', body];
    expect(report({ keyphrase: 'harga beras', blocks }, 'keyphrase-in-subheadings').score).toBe(3);
    expect(report({ keyphrase: 'harga beras', blocks: [intro, body] }, 'keyphrase-in-subheadings').score).toBe(2);
  });
});

describe('keyphrase-density', () => {
  const sentence = 'Harga beras naik lagi.';
  it('is good inside the range', () => {
    const blocks = [`${sentence} ${filler(20)}`, `${sentence} ${filler(10)} ${sentence}`];
    expect(report({ keyphrase: 'harga beras', blocks }, 'keyphrase-density')).toMatchObject({ rating: 'good', score: 9 });
  });
  it('is too low once, and penalised when overused', () => {
    expect(report({ keyphrase: 'harga beras', blocks: [`${sentence} ${filler(30)}`] }, 'keyphrase-density')).toMatchObject({
      score: 4,
      message: 'Unexpected keyphrase “harga beras” 1 time in 304 words, expected at least 2 times',
    });
    const stuffed = [Array.from({ length: 12 }, () => sentence).join(' '), filler(10)];
    expect(report({ keyphrase: 'harga beras', blocks: stuffed }, 'keyphrase-density').score).toBe(-50);
  });
});

describe('title-width', () => {
  it('is good up to 600 px', () => {
    expect(report({ title: 'Harga Beras Naik Tajam di Pasar Induk' }, 'title-width').score).toBe(9);
  });
  it('is bad when wider, and gives width and characters', () => {
    const title = 'Harga Beras Medium dan Premium Naik Tajam di Seluruh Pasar Induk Jawa Barat Pekan Ini';
    expect(report({ title }, 'title-width')).toMatchObject({ score: 3, rating: 'bad' });
    expect(report({ title }, 'title-width').message).toMatch(/^Unexpected title width of \d+px \(85 characters\), expected at most 600px/u);
    expect(report({ title: '' }, 'title-width').score).toBe(1);
  });
});

describe('meta-description-length', () => {
  it('is good from 121 to 156 characters', () => {
    expect(report({ description: 'x'.repeat(121) }, 'meta-description-length').score).toBe(9);
    expect(report({ description: 'x'.repeat(156) }, 'meta-description-length').score).toBe(9);
  });
  it('is ok at 120 or over 156, bad when empty', () => {
    expect(report({ description: 'x'.repeat(120) }, 'meta-description-length').message).toBe(
      'Unexpected meta description of 120 characters, expected more than 120',
    );
    expect(report({ description: 'x'.repeat(157) }, 'meta-description-length').score).toBe(6);
    expect(report({ description: '' }, 'meta-description-length').score).toBe(1);
  });
});

describe('text-length', () => {
  it('is good from 300 words', () => {
    expect(report({ blocks: [filler(30)] }, 'text-length')).toMatchObject({ score: 9, message: 'Text has 300 words' });
  });
  it('steps down below it', () => {
    expect(report({ blocks: [filler(26)] }, 'text-length')).toMatchObject({ score: 6, message: 'Unexpected text of 260 words, expected at least 300 words' });
    expect(report({ blocks: [filler(21)] }, 'text-length').score).toBe(3);
    expect(report({ blocks: [filler(12)] }, 'text-length').score).toBe(-10);
    expect(report({ blocks: [filler(5)] }, 'text-length').score).toBe(-20);
  });
});

describe('single-h1', () => {
  it('is good with one H1', () => {
    expect(report({ blocks: ['# Judul', intro] }, 'single-h1').score).toBe(8);
  });
  it('is bad with two', () => {
    expect(report({ blocks: ['# Judul', intro, '# Judul lain', intro] }, 'single-h1')).toMatchObject({ score: 1, message: 'Unexpected 2 H1 headings, expected at most 1 H1 heading' });
  });
});
