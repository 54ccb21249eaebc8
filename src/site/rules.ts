/**
 * The site-level rules: their ids, what they check and how severe they are unless configured (`rules` of the
 * configuration, as for the per-file rules; `off` turns one off).
 */

/** A site-level rule. */
export interface SiteRule {
  id: string;
  docs: string;
  /** `info` rules only ever give notes (none is an error unless configured so). */
  defaultSeverity: 'warn' | 'info';
}

export const SITE_RULES = [
  { id: 'duplicate-title', docs: 'No other article of the site has the same SEO title.', defaultSeverity: 'warn' },
  { id: 'duplicate-description', docs: 'No other article of the site has the same meta description.', defaultSeverity: 'warn' },
  { id: 'duplicate-slug', docs: 'No other article of the site has the same slug.', defaultSeverity: 'warn' },
  { id: 'previously-used-keyphrase', docs: 'No other article of the site targets the same focus keyphrase.', defaultSeverity: 'warn' },
  { id: 'broken-internal-link', docs: 'Relative and site-absolute links lead to an article of the site.', defaultSeverity: 'warn' },
  { id: 'outbound-links', docs: 'The article links to at least one other site.', defaultSeverity: 'warn' },
  { id: 'internal-links', docs: 'The article links to at least one other article of the site.', defaultSeverity: 'warn' },
  { id: 'image-alt', docs: 'Every image has an alt text.', defaultSeverity: 'warn' },
  { id: 'keyphrase-in-image-alt', docs: 'Where there are images, the focus keyphrase appears in an alt text.', defaultSeverity: 'warn' },
  { id: 'internal-link-suggestion', docs: 'Related articles of the site to link to, with the phrase that would carry the link.', defaultSeverity: 'info' },
] as const satisfies readonly SiteRule[];

export type SiteRuleId = (typeof SITE_RULES)[number]['id'];

export const SITE_RULE_IDS: readonly SiteRuleId[] = SITE_RULES.map((r) => r.id);

/** How a finding is reported: `error`, `warn`, `info`, or not at all. */
export type SiteLevel = 'error' | 'warn' | 'info' | 'off';

/** The configured level of a site rule for one file (the value of `rules[id]` in its configuration). */
export function levelOf(id: SiteRuleId, configured: unknown): SiteLevel {
  const rule = SITE_RULES.find((r) => r.id === id);
  const fallback = rule?.defaultSeverity ?? 'warn';
  const severity = typeof configured === 'string' ? configured : typeof configured === 'object' && configured !== null ? (configured as { severity?: unknown }).severity : undefined;
  if (severity === 'off') return 'off';
  // An info rule stays a note unless it is turned off.
  if (fallback === 'info') return 'info';
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warn' : fallback;
}
