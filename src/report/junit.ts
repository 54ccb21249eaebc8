/**
 * JUnit XML, as CI systems read it: a test suite per file, a test case per assessment (passing when it has no
 * warning or error), a failure per rule with messages, an error for a file that could not be read. Pure.
 */
import type { VFileMessage } from 'vfile-message';
import { levelOf, minScoreReason, reasonWithNote, underMinScore, type CheckedFile } from './lint.js';
import { formatAll, type CheckFormatter } from './check-format.js';

export interface JunitOptions {
  minScore?: number;
  /** Errors only: warnings do not fail a test case. */
  quiet?: boolean;
  /** Language of the report's words (`--locale`); each file's language when absent. */
  locale?: string;
}

/** Characters XML 1.0 does not allow, even escaped (controls, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

interface Case {
  name: string;
  failure?: { kind: 'failure' | 'error'; type: string; message: string; body: string };
  skipped?: string;
}

function at(m: VFileMessage): string {
  return m.line ? `${m.line}:${m.column ?? 1}` : '0:0';
}

function casesOf(f: CheckedFile, options: JunitOptions): Case[] {
  if (f.failure === 'io') {
    const reason = f.messages[0]?.reason ?? f.report.error ?? 'cannot read';
    return [{ name: 'read', failure: { kind: 'error', type: 'error', message: reason, body: reason } }];
  }
  if (f.skipped) return [{ name: 'article', skipped: 'no article text to assess' }];
  const counted = f.messages.filter((m) => {
    const level = levelOf(m);
    return level === 'error' || (level === 'warning' && !options.quiet);
  });
  const byRule = new Map<string, VFileMessage[]>();
  for (const m of counted) {
    const id = m.ruleId ?? 'internal';
    byRule.set(id, [...(byRule.get(id) ?? []), m]);
  }
  const names = [...f.report.assessments.map((a) => a.id), ...[...byRule.keys()].filter((id) => !f.report.assessments.some((a) => a.id === id))];
  const cases: Case[] = names.map((name) => {
    const list = byRule.get(name);
    if (!list) return { name };
    const worst = list.some((m) => m.fatal === true) ? 'error' : 'warning';
    return { name, failure: { kind: 'failure', type: worst, message: list[0]?.reason ?? '', body: list.map((m) => `${f.report.path}:${at(m)} ${levelOf(m)} ${reasonWithNote(m)}`).join('\n') } };
  });
  if (options.minScore !== undefined && f.failure === null) {
    const under = underMinScore(f, options.minScore);
    const reason = under ? minScoreReason(f.report, options.minScore, options.locale) : '';
    cases.push(under ? { name: 'min-score', failure: { kind: 'failure', type: 'error', message: reason, body: reason } } : { name: 'min-score' });
  }
  return cases;
}

function renderCase(c: Case, classname: string): string {
  const open = `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(classname)}"`;
  if (c.skipped) return `${open}>\n      <skipped message="${escapeXml(c.skipped)}"/>\n    </testcase>`;
  if (!c.failure) return `${open}/>`;
  const f = c.failure;
  return `${open}>\n      <${f.kind} message="${escapeXml(f.message)}" type="${escapeXml(f.type)}">${escapeXml(f.body)}</${f.kind}>\n    </testcase>`;
}

/** The JUnit XML document a file at a time: deferred, as the opening element counts every file's test cases. */
export class JunitFormatter implements CheckFormatter {
  readonly deferred = true;
  readonly #options: JunitOptions;
  readonly #total = { tests: 0, failures: 0, errors: 0, skipped: 0 };

  constructor(options: JunitOptions = {}) {
    this.#options = options;
  }

  opening(): string {
    const total = this.#total;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="seo-rewrite" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n`;
  }

  file(f: CheckedFile): string {
    const cases = casesOf(f, this.#options);
    const count = {
      tests: cases.length,
      failures: cases.filter((c) => c.failure?.kind === 'failure').length,
      errors: cases.filter((c) => c.failure?.kind === 'error').length,
      skipped: cases.filter((c) => c.skipped).length,
    };
    this.#total.tests += count.tests;
    this.#total.failures += count.failures;
    this.#total.errors += count.errors;
    this.#total.skipped += count.skipped;
    const name = escapeXml(f.report.path);
    const props = f.failure === null && !f.skipped
      ? `    <properties>\n      <property name="seo" value="${f.report.score.seo}"/>\n      <property name="readability" value="${f.report.score.readability}"/>\n      <property name="keyphrase" value="${escapeXml(f.report.focusKeyphrase)}"/>\n    </properties>\n`
      : '';
    return `  <testsuite name="${name}" tests="${count.tests}" failures="${count.failures}" errors="${count.errors}" skipped="${count.skipped}">\n${props}${cases.map((c) => renderCase(c, f.report.path)).join('\n')}\n  </testsuite>\n`;
  }

  closing(): string {
    return '</testsuites>\n';
  }
}

/** The JUnit XML document for the run. */
export function formatJunit(files: readonly CheckedFile[], options: JunitOptions = {}): string {
  return formatAll(new JunitFormatter(options), files, options.minScore);
}
