/**
 * A listwise linear ranker, shared by the training scripts (`train-focus.mjs`, `train-title.mjs`): each example is
 * one article's candidates (`x`, feature rows) with labels (`y`, 1 for the candidates the editor's headline
 * favours). The weights maximise the likelihood of the labelled candidates under a softmax over each article's
 * candidates, with L2 regularisation, by plain gradient descent from `start`: deterministic, no randomness.
 */

/** The linear score of one feature row. */
export const scoreRow = (row, w) => row.reduce((s, v, j) => s + v * w[j], 0);

/**
 * Fits the weights; articles whose candidates are all labelled alike teach nothing and are left out.
 * @param {{x: number[][], y: number[]}[]} examples
 * @param {number[]} start initial weights (the L2 term pulls towards 0)
 * @param {{iterations: number, step: number, l2: number}} options
 * @returns {number[]} the weights, rounded to 3 decimals
 */
export function fitListwise(examples, start, { iterations, step, l2 }) {
  const w = [...start];
  const useful = examples.filter((e) => e.y.some(Boolean) && e.y.some((v) => !v));
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((v) => l2 * v);
    for (const e of useful) {
      const s = e.x.map((row) => scoreRow(row, w));
      const max = Math.max(...s);
      const exp = s.map((v) => Math.exp(v - max));
      const all = exp.reduce((a, b) => a + b, 0);
      const pos = exp.reduce((a, v, i) => a + (e.y[i] ? v : 0), 0);
      for (let i = 0; i < e.x.length; i++) {
        // d(-log P(labelled))/ds_i = p_all(i) - p_labelled(i)
        const g = (exp[i] / all - (e.y[i] ? exp[i] / pos : 0)) / useful.length;
        for (let j = 0; j < w.length; j++) grad[j] += g * e.x[i][j];
      }
    }
    for (let j = 0; j < w.length; j++) w[j] -= step * grad[j];
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}
