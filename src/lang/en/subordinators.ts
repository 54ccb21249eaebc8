/** Words that open a subordinate clause after a comma; cutting before them keeps the main clause whole. */
export const subordinators: readonly string[] = [
  'although', 'though', 'while', 'whereas', 'because', 'since', 'which', 'who', 'after', 'before', 'when', 'but',
  'according', 'said', 'says', 'despite', 'even', 'unless', 'until',
];
