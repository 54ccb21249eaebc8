/**
 * English sentences that are not article content: instructions left by writing tools and promotion lines.
 * Each pattern is tested against one sentence.
 */
export const nonArticle: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: /\b(?:SEO|keywords?|search engine optimi[sz]ation)\b.*\b(?:content|article|text|standards?|ranking)\b|\b(?:content|article)\b.*\b(?:SEO|keywords?)\b/iu,
    reason: 'instruction about SEO or keywords, not article content',
  },
  {
    pattern: /^(?:read more|see also|related|watch|click here|subscribe)\b\s*[:\-–—]/iu,
    reason: 'cross-promotion line, not article content',
  },
];
