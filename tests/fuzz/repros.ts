/**
 * The hostile files of issue 18, as small generators (not megabyte fixtures): each took a minute or more, or ran
 * out of memory, before the budgets and the Markdown limits.
 */

/** `*` × 20,000 on each side of a word: 74 s in micromark. */
export const stars = (n = 20_000): string => `Hello ${'*'.repeat(n)}word${'*'.repeat(n)} end.\n`;

/** A bullet list nested `depth` deep: 1,000 took 60 s and 557 MB. */
export const nestedList = (depth = 1_000): string => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('');

/** `depth` nested block quotes on one line: 10,000 overflowed the stack with `-j 1` and not with `-j 2`. */
export const nestedQuotes = (depth = 10_000): string => `${'>'.repeat(depth)} deep\n`;

/** YAML front matter with `keys` keys and a short body. */
export const manyKeys = (keys = 200_000): string =>
  `---\n${Array.from({ length: keys }, (_, i) => `k${i}: v`).join('\n')}\n---\n\n# Title\n\nSome text here about the city budget.\n`;

/** Many `*` openers in one paragraph: 50,000 took 20 s. */
export const manyOpeners = (n = 50_000): string => `${'a *b '.repeat(n)}\n`;

/** Nested brackets: 50,000 took 36 s. */
export const brackets = (n = 50_000): string => `${'['.repeat(n)}x${']'.repeat(n)}\n`;
