import { englishReason, problem } from '../lang/problem.js';

/** An input the tool cannot work on; the message names the problem (the engine adds the file). */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * A page with no article text: empty, or only front matter, headings, shortcodes or Liquid tags (a Hugo
 * `_index.md`, a page made of a `{{< youtube >}}`). Not a failure: the batch skips it, writes nothing and exits 0.
 */
export class NoArticleText extends InputError {
  constructor() {
    super(englishReason(problem('noArticleText')));
  }
}
