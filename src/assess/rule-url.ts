/**
 * Where a rule's page is (`docs/rules/<id>.md`): the `url` of its messages and SARIF's `helpUri`. The pages live in
 * the repository; set the base to the repository's public address when it moves (one place).
 */
export const RULE_DOCS_BASE = 'https://github.com/seo-rewrite/seo-rewrite/blob/main/docs/rules/';

/** The page of a rule id. */
export function ruleUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
