/**
 * English sentences that are not article content: instructions left by writing tools and promotion lines.
 * Each pattern is tested against one sentence.
 */
import type { NonArticleRule } from '../types.js';

export const nonArticle: readonly NonArticleRule[] = [
  {
    pattern: /\b(?:SEO|keywords?|search engine optimi[sz]ation)\b.*\b(?:content|article|text|standards?|ranking)\b|\b(?:content|article)\b.*\b(?:SEO|keywords?)\b/iu,
    kind: 'seo-instruction',
    edge: true,
    form: /\b(?:make sure|ensure|use|write|rewrite|optimi[sz]e|should|must|so that|in order to|generated)\b/iu,
  },
  {
    pattern: /^(?:read more|see also|related|watch|click here|subscribe)\b\s*[:\-–—]/iu,
    kind: 'cross-promotion',
  },
];
