/** `seo-rewrite rules`: the assessment rules with their category, default severity, what they check and their page. */
import { rules } from '../../assess/index.js';
import { ruleUrl } from '../../assess/rule-url.js';
import type { CliIO } from '../io.js';

/** Prints the rules (`json`: as an array); resolves to the exit code. */
export function runRules(options: { format?: 'text' | 'json' }, io: CliIO): number {
  const list = rules.map((r) => ({ id: r.id, category: r.category, severity: r.defaultSeverity, description: r.docs, docs: `docs/rules/${r.id}.md`, url: ruleUrl(r.id) }));
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...list.map((r) => r.id.length));
  const lines = list.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(11)}  ${r.severity.padEnd(5)}  ${r.description}  (${r.docs})`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
