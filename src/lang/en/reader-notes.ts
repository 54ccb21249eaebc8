/**
 * Openings of a note to the reader that English newsrooms put above or below a story: the help-line notice of a
 * story about suicide or abuse ("If you or someone you know is struggling…", "For confidential support call the
 * Samaritans…"), and a content or trigger warning. Such a note is kept word for word, but it is not the lead: it
 * goes to the end of the article. Tested against the first sentence of a paragraph.
 */
export const readerNotes: readonly RegExp[] = [
  /^if you(?:,? or someone you know,?)? (?:are|is|have been|has been|need|feel)\b[^.]{0,120}\b(?:suicid\w*|crisis|distress|struggling|self-harm|affected by)\b/iu,
  /^(?:for confidential support|in the (?:us|uk|u\.s\.|u\.k\.)[^.]{0,40}\b(?:call|text|contact)\b)[^.]{0,120}\b(?:samaritans|lifeline|helpline|hotline|988|crisis)\b/iu,
  /^(?:content|trigger) warning\s*[:\-–—]/iu,
  /^(?:this (?:article|story) contains (?:references|discussion) (?:to|of))\b/iu,
];
