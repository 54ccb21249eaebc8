/**
 * The test site of the site-level checks: 50 Markdown articles under content/posts/, each with its own title,
 * description, slug and focus, except on purpose: 3 share one meta description (p01–p03), 4 share one focus
 * keyphrase (p10–p13), two have broken internal links (p20, p21), two have images without alt text (p30, p31).
 * Every article links to a source on another site and to the next article, so that no other site rule speaks.
 */
import { rules } from '../../src/assess/index.js';

export const TOPICS = [
  'river cleanup', 'school meals', 'city buses', 'rooftop gardens', 'public libraries', 'bike lanes', 'flood barriers', 'street lights',
  'harbour cranes', 'coffee farms', 'rice prices', 'train tickets', 'hospital beds', 'forest fires', 'wind turbines', 'water meters',
  'market stalls', 'night schools', 'bridge repairs', 'fishing quotas', 'housing loans', 'tea exports', 'airport noise', 'park benches',
  'solar panels', 'museum tickets', 'ferry routes', 'tax forms', 'vaccine trucks', 'mobile clinics', 'football pitches', 'music festivals',
  'drinking fountains', 'parking fees', 'bakery prices', 'taxi licences', 'road tolls', 'weather radars', 'cable cars', 'paper mills',
  'chess clubs', 'apple harvests', 'sugar mills', 'zoo animals', 'post offices', 'swimming pools', 'cocoa beans', 'rubber plantations',
  'steel plants', 'glass recycling',
] as const;

/** The one meta description p01–p03 share. */
export const SHARED_DESCRIPTION = 'Everything residents need to know about the changes the city council approved this week, explained.';
/** The focus keyphrase p10–p13 share. */
export const SHARED_FOCUS = 'city budget';

export const name = (i: number): string => `p${String(i).padStart(2, '0')}`;
export const pathOf = (i: number): string => `content/posts/${name(i)}.md`;

function article(i: number): string {
  const topic = TOPICS[i]!;
  const focus = i >= 10 && i <= 13 ? SHARED_FOCUS : topic;
  const description = i >= 1 && i <= 3 ? SHARED_DESCRIPTION : `What the new plan for ${topic} means for the people of the city, and what changes next month.`;
  const next = name((i + 1) % 50);
  const links = i === 20 ? `See [the earlier report](../posts/missing-report.md) and [our archive](/posts/nowhere/).` : i === 21 ? `See [the earlier report](old/${next}.md).` : `See [the next story](${next}.md).`;
  const image = i === 30 ? `\n![](img/${topic.replace(/ /g, '-')}.png)\n` : i === 31 ? `\n<img src="img/${name(i)}.png">\n` : '';
  return `---
title: "The ${topic} plan, explained (${i})"
description: "${description}"
slug: ${name(i)}-${topic.replace(/ /g, '-')}
keyphrase: ${focus}
---

# The ${topic} plan, explained (${i})

The ${focus} was the main subject of the council meeting on Monday, and ${topic} came up again and again. Officials said the plan would start next month. ${links}
${image}
Residents asked how ${topic} would change their daily lives. The mayor answered that the ${focus} had been discussed for a year, according to [the council minutes](https://example.org/minutes/${i}).

Critics said the ${topic} plan was too slow. Supporters replied that careful work on the ${focus} takes time, and that the city would publish a report in the spring.
`;
}

/** The site's files: a configuration that turns the per-file rules off (only the site rules speak), and 50 articles. */
export function siteFiles(): Record<string, string> {
  const files: Record<string, string> = { '.seo-rewriterc': JSON.stringify({ language: 'en', rules: Object.fromEntries(rules.map((r) => [r.id, 'off'])) }) };
  for (let i = 0; i < 50; i++) files[pathOf(i)] = article(i);
  return files;
}
