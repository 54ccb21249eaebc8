/**
 * English transition words and phrases, lowercased, grouped by what they signal. Our own list, from the usual
 * categories of English connectives. A two-part connective is written with an ellipsis: the second part must follow
 * the first in the same sentence.
 *
 * Left out on purpose: `and`, `or`, `as`, `for` (they join words more often than ideas).
 */
export const transitionWords: readonly string[] = [
  // Addition.
  'also', 'too', 'besides', 'moreover', 'furthermore', 'further', 'additionally', 'in addition', 'what is more',
  'as well', 'as well as', 'likewise', 'similarly', 'equally', 'not only', 'along with', 'together with', 'nor',
  'coupled with', 'at least',
  // Contrast and concession.
  'but', 'however', 'yet', 'still', 'although', 'though', 'even though', 'even so', 'whereas', 'while', 'whilst',
  'instead', 'rather', 'nevertheless', 'nonetheless', 'notwithstanding', 'despite', 'in spite of', 'regardless',
  'on the other hand', 'on the contrary', 'in contrast', 'by contrast', 'conversely', 'otherwise', 'unlike', 'albeit',
  'even if', 'all the same', 'at the same time', 'anyway', 'either way', 'as opposed to',
  // Cause, effect and purpose.
  'because', 'because of', 'since', 'so', 'so that', 'thus', 'hence', 'therefore', 'consequently', 'accordingly',
  'as a result', 'as a consequence', 'for this reason', 'for that reason', 'due to', 'owing to', 'thanks to',
  'in order to', 'so as to', 'that is why', 'lest', 'in light of', 'in effect',
  // Time and sequence.
  'then', 'next', 'afterwards', 'afterward', 'before', 'earlier', 'later', 'meanwhile', 'in the meantime',
  'subsequently', 'previously', 'formerly', 'eventually', 'finally', 'lastly', 'at last', 'at first', 'first',
  'firstly', 'second', 'secondly', 'third', 'thirdly', 'once', 'until', 'till', 'when', 'whenever', 'soon',
  'shortly', 'immediately', 'since then', 'by then', 'in the end', 'to begin with', 'simultaneously', 'during',
  'prior to', 'initially', 'suddenly', 'all of a sudden', 'by the time', 'at this point', 'from now on',
  // Condition.
  'if', 'unless', 'provided that', 'as long as', 'in case', 'assuming',
  // Example and emphasis.
  'for example', 'for instance', 'such as', 'including', 'namely', 'in particular', 'particularly', 'especially',
  'notably', 'specifically', 'in fact', 'indeed', 'of course', 'clearly', 'obviously', 'above all', 'in other words',
  'that is', 'to illustrate', 'in this case', 'actually', 'certainly', 'surely', 'basically', 'in essence',
  'according to', 'whether',
  // Comparison.
  'than', 'compared to', 'compared with', 'in the same way', 'just as',
  // Summary.
  'in short', 'in brief', 'in summary', 'to sum up', 'in conclusion', 'overall', 'all in all', 'on the whole',
  'in general', 'generally', 'ultimately', 'after all', 'to conclude',
  // Two-part connectives.
  'both … and', 'either … or', 'neither … nor', 'not only … but', 'whether … or', 'the more … the more',
];

/**
 * Words that do not open a sentence on their own for the consecutive-openings check: the opening is then this word
 * and the next ("The company…", "Two men…"). Articles, numerals, demonstratives.
 */
export const openingExceptions: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);
