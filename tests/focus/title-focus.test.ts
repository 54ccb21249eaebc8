import { describe, expect, it } from 'vitest';
import type { FocusChoice, ScoredFocus } from '../../src/focus/index.js';
import { titleFocus } from '../../src/focus/title-focus.js';

function candidate(phrase: string, score: number, extra: Partial<ScoredFocus> = {}): ScoredFocus {
  return { phrase, score, index: 0, features: {} as ScoredFocus['features'], generic: false, passing: false, overused: false, titled: 0, slots: 1, ...extra };
}

function choice(...candidates: ScoredFocus[]): FocusChoice {
  return { phrase: candidates[0]!.phrase, slots: 1, reason: () => '', candidates, reasonOf: () => () => '' };
}

describe('a focus the title holds', () => {
  it('takes a candidate close to the best that the title holds, when the chosen focus is not in it', () => {
    const c = choice(candidate('Serang', 5.04), candidate('truk tambang', 4.68), candidate('Dishub', 3.48));
    expect(titleFocus('Dishub Tertibkan Truk Tambang', 'Serang', c)?.phrase).toBe('truk tambang');
  });

  it('keeps the focus the title holds, and never takes a far, generic or lone common candidate', () => {
    const c = choice(candidate('chip', 4.13), candidate('inovasi', 3.13), candidate('Tencent', 1.0), candidate('China', 4.0, { generic: true }));
    expect(titleFocus('Chip China Laris', 'chip', c)).toBeUndefined();
    // `inovasi` is a lone common word, `Tencent` too far below, `China` generic here.
    expect(titleFocus('China Terus Menjunjung Inovasi, Tencent Bertahan', 'chip', c)).toBeUndefined();
    expect(titleFocus('Judul Apa Saja', 'chip', undefined)).toBeUndefined();
  });
});
