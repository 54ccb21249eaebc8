/** check on a Markdown file without a focus: the guessed focus's verdicts are notes and stay out of the score. */
import { describe, expect, it } from 'vitest';
import { seoScore } from '../../src/assess/index.js';
import { checkText } from '../../src/engine/check.js';

const paragraph = `The council approved the new budget for the city on Monday. Schools get more money than last year, the mayor said.

Teachers welcomed the decision. Parents said the extra money was overdue, and several asked for smaller classes.
`;
/** Long enough (over 300 words) that text length costs nothing and the keyphrase verdicts decide the score. */
const body = Array.from({ length: 6 }, (_, i) => paragraph.replace('Monday', ['Monday', 'Tuesday', 'Friday', 'Sunday', 'noon', 'night'][i] ?? '')).join('\n');

describe('check: a focus the writer did not set', () => {
  it('says so once, turns keyphrase verdicts into notes and leaves them out of the SEO score', () => {
    const guessed = checkText('post.md', `---\ntitle: Hello world\n---\n\n${body}`);
    const keyphraseMessages = guessed.file.messages.filter((m) => m.ruleId?.startsWith('keyphrase-'));
    expect(keyphraseMessages.length).toBeGreaterThan(0);
    for (const m of keyphraseMessages) expect(m.fatal).toBeUndefined();
    expect(guessed.file.messages.filter((m) => m.ruleId === 'front-matter' && /No focus keyphrase/.test(m.reason)).length).toBe(1);

    const focus = guessed.report.focusKeyphrase;
    const given = checkText('post.md', `---\ntitle: Hello world\nkeyphrase: ${focus}\n---\n\n${body}`);
    const warned = given.file.messages.filter((m) => m.ruleId?.startsWith('keyphrase-'));
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.some((m) => m.fatal === false)).toBe(true);
    // The score leaves the guessed focus's verdicts out, and counts them once the writer names the focus.
    const seo = (r: typeof given, keep: (id: string) => boolean) => seoScore(r.report.assessments.filter((a) => a.category === 'seo' && keep(a.id)).map((a) => a.score));
    expect(guessed.report.score.seo).toBe(seo(guessed, (id) => !id.startsWith('keyphrase-')));
    expect(given.report.score.seo).toBe(seo(given, () => true));
    expect(given.report.score.seo).not.toBe(guessed.report.score.seo);
  });
});
