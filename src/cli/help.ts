/**
 * `--help` text beyond commander's own: examples for each command, and the top-level help showing every command's
 * options (the default command's too, which `seo-rewrite --help` used to hide) with those examples.
 */
import type { Command } from 'commander';

/** Examples per command: the command line, and what it does. */
const EXAMPLES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  rewrite: [
    ['seo-rewrite article.txt', 'write article.seo.md beside the draft, report in the terminal'],
    ['seo-rewrite drafts/ --out-dir content/posts', 'rewrite a folder, mirroring it under content/posts'],
    ['seo-rewrite post.md --write --restructure', 'rewrite a Markdown post in place, splitting long paragraphs'],
    ['cat article.txt | seo-rewrite - > article.md', 'an article on stdin: Markdown on stdout, report on stderr'],
    ['seo-rewrite content --check --diff', 'CI: print what would change, exit 1 when something would'],
  ],
  check: [
    ['seo-rewrite check content', 'lint every article of a site'],
    ['seo-rewrite check content --baseline .seo-baseline.json', 'fail only on new problems (recorded on the first run)'],
    ['git diff --name-only origin/main... | seo-rewrite check --stdin-filepaths', 'only the files a branch changes'],
    ['seo-rewrite check content --format sarif -o seo.sarif', 'SARIF for GitHub code scanning'],
    ['seo-rewrite check - --stdin-filename content/post.md < draft.md', 'an editor buffer, configured as the file'],
  ],
};

function examplesOf(name: string): string {
  const rows = EXAMPLES[name] ?? [];
  if (rows.length === 0) return '';
  return `\nExamples:\n${rows.map(([line, what]) => `  $ ${line}\n      ${what}`).join('\n')}\n`;
}

/** Adds the examples to each command's help, and every command's options and examples to the top-level help. */
export function addHelp(root: Command): void {
  for (const command of root.commands) command.addHelpText('after', examplesOf(command.name()));
  root.addHelpText('after', () => root.commands.map((command) => `\n${command.helpInformation()}${examplesOf(command.name())}`).join(''));
}
