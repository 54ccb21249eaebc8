import { Chalk } from 'chalk';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { escapeXml, formatJunit } from '../../src/report/junit.js';
import { formatLint, type CheckedFile } from '../../src/report/lint.js';
import { message, report, sampleFiles } from './samples.js';

const plain = new Chalk({ level: 0 });

describe('lint (stylish for check)', () => {
  it('lists messages per file as line:col severity message rule-id, then scores and a summary', () => {
    expect(formatLint(sampleFiles(), { chalk: plain, minScore: 70 })).toBe(
      [
        'content/a.md',
        '  0:0   error    Unexpected text of 108 words, expected at least 300 words                            text-length',
        '  12:1  warning  Unexpected passive voice in 11.1% of sentences, expected at most 10%                 passive-voice',
        '  12:1  info     Unexpected passive voice in “The schools were chosen.”, expected an active sentence  passive-voice',
        '  score  SEO 62 · readability 80 · en · keyphrase “solar panels”  under --min-score 70',
        '',
        'content/b c.md',
        '  3:5  warning  Unexpected 30% of sentences over 20 words, expected at most 25%  sentence-length',
        '  score  SEO 90 · readability 95 · en · keyphrase “solar panels”',
        '',
        'content/_index.md',
        '  0:0  info     No article text to assess (empty, or only front matter, headings or shortcodes): skipped  no-text',
        '',
        'content/gone.md',
        '  0:0  error    no such file  read',
        '',
        '✖ 4 problems (2 errors, 2 warnings) and 2 notes · 4 files checked · 1 skipped (no article text) · 1 failed · 1 under --min-score 70 · mean SEO 76, readability 88',
        '',
      ].join('\n'),
    );
  });

  it('shows only errors with --quiet, and a check mark when clean', () => {
    const quiet = formatLint(sampleFiles(), { chalk: plain, quiet: true });
    expect(quiet).not.toContain('  warning  ');
    expect(quiet).not.toContain('content/b c.md');
    expect(quiet).toContain('0:0  error    Unexpected text of 108 words');
    const clean = sampleFiles().slice(1, 2).map((f) => ({ ...f, messages: [] }));
    expect(formatLint(clean, { chalk: plain })).toBe('content/b c.md\n  score  SEO 90 · readability 95 · en · keyphrase “solar panels”\n\n✔ no problems · 1 file checked · mean SEO 90, readability 95\n');
  });

  it('colours only through the chalk instance it is given', () => {
    const coloured = formatLint(sampleFiles(), { chalk: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[31m');
    expect(formatLint(sampleFiles(), { chalk: plain })).not.toContain('\u001b[');
  });
});

describe('github annotations', () => {
  it('escapes data and properties as GitHub requires', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('prints errors first, then warnings, then notices, then a summary line', () => {
    expect(formatGithub(sampleFiles(), { minScore: 70 })).toBe(
      [
        '::error file=content/a.md,title=seo-rewrite(text-length)::Unexpected text of 108 words, expected at least 300 words',
        '::error file=content/a.md,line=1,title=seo-rewrite(min-score)::Unexpected SEO score 62, expected at least --min-score 70',
        '::error file=content/gone.md,title=seo-rewrite(read)::no such file',
        '::warning file=content/a.md,line=12,endLine=12,col=1,endColumn=49,title=seo-rewrite(passive-voice)::Unexpected passive voice in 11.1%25 of sentences, expected at most 10%25',
        '::warning file=content/b c.md,line=3,col=5,title=seo-rewrite(sentence-length)::Unexpected 30%25 of sentences over 20 words, expected at most 25%25',
        '::notice file=content/a.md,line=12,endLine=12,col=1,endColumn=49,title=seo-rewrite(passive-voice)::Unexpected passive voice in “The schools were chosen.”, expected an active sentence',
        '::notice file=content/_index.md,title=seo-rewrite(no-text)::No article text to assess (empty, or only front matter, headings or shortcodes): skipped',
        'seo-rewrite: 4 problems (2 errors, 2 warnings) and 2 notes · 4 files checked · 1 skipped (no article text) · 1 failed · 1 under --min-score 70 · mean SEO 76, readability 88',
        '',
      ].join('\n'),
    );
  });

  it('caps the annotations at 50, most severe first, and says how many were left out', () => {
    const many: CheckedFile[] = Array.from({ length: 30 }, (_, i) => ({
      report: report(`content/${String(i).padStart(2, '0')}.md`, 90, 90),
      messages: [message(`warning ${i}`, 'sentence-length', false, 2, 1), message(`note ${i}`, 'passive-voice', undefined, 3, 1), message(`error ${i}`, 'text-length', true, 1, 1)],
      failure: null,
      skipped: false,
    }));
    const lines = formatGithub(many).trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(50);
    expect(annotations.slice(0, 30).every((l) => l.startsWith('::error '))).toBe(true);
    expect(annotations.slice(30).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(annotations[0]).toContain('file=content/00.md');
    expect(lines.at(-1)).toMatch(/^seo-rewrite: 60 problems \(30 errors, 30 warnings\) and 30 notes · 30 files checked · mean SEO 90, readability 90 · 40 more annotations not shown \(GitHub keeps 50\): run with --format stylish for all$/);
    expect(formatGithub(many, { max: 5 }).split('\n').filter((l) => l.startsWith('::'))).toHaveLength(5);
  });

  it('shows errors only with --quiet', () => {
    expect(formatGithub(sampleFiles(), { quiet: true }).split('\n').filter((l) => l.startsWith('::')).every((l) => l.startsWith('::error'))).toBe(true);
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });
  type Case = { name: string; classname: string; failure?: { message: string; type: string; '#text'?: string }; error?: { message: string }; skipped?: { message: string } };
  type Suite = { name: string; tests: string; failures: string; errors: string; skipped: string; testcase: Case[] };

  it('is valid XML with a suite per file and a case per assessment', () => {
    const xml = formatJunit(sampleFiles(), { minScore: 70 });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as { testsuites: { tests: string; failures: string; errors: string; skipped: string; testsuite: Suite[] } };
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual(['content/a.md', 'content/b c.md', 'content/_index.md', 'content/gone.md']);
    const a = suites[0]!;
    expect(a.testcase.map((c) => c.name)).toEqual(['text-length', 'passive-voice', 'single-h1', 'min-score']);
    expect(a.testcase[0]?.failure).toMatchObject({ type: 'error', message: 'Unexpected text of 108 words, expected at least 300 words' });
    expect(a.testcase[1]?.failure?.['#text']).toBe('content/a.md:12:1 warning Unexpected passive voice in 11.1% of sentences, expected at most 10%');
    expect(a.testcase[2]?.failure).toBeUndefined();
    expect(a.testcase[3]?.failure?.message).toBe('Unexpected SEO score 62, expected at least --min-score 70');
    expect(suites[1]?.testcase.find((c) => c.name === 'sentence-length')?.failure?.type).toBe('warning');
    expect(suites[2]?.testcase[0]?.skipped?.message).toBe('no article text to assess');
    expect(suites[3]?.testcase[0]?.error?.message).toBe('no such file');
    expect(doc.testsuites).toMatchObject({ tests: '11', failures: '4', errors: '1', skipped: '1' });
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'\u0001\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const files = sampleFiles().slice(0, 1);
    files[0] = { ...files[0]!, messages: [message('Unexpected “<b>&\u0007”, expected "text"', 'text-length', true)] };
    expect(XMLValidator.validate(formatJunit(files))).toBe(true);
  });

  it('is valid for no files at all', () => {
    const xml = formatJunit([]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="seo-rewrite" tests="0" failures="0" errors="0" skipped="0">\n</testsuites>\n');
  });
});

describe('reporters on arbitrary text (properties)', () => {
  const text = fc.string({ unit: 'binary', maxLength: 60 });

  it('junit is valid XML and github prints one line per annotation, whatever the messages and paths say', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom<boolean | undefined>(true, false, undefined), (reason, path, fatal) => {
        const files: CheckedFile[] = [{ report: report(`content/${path}.md`, 50, 50), messages: [message(reason, 'text-length', fatal, 1, 1)], failure: null, skipped: false }];
        expect(XMLValidator.validate(formatJunit(files, { minScore: 70 }))).toBe(true);
        const lines = formatGithub(files, { minScore: 70 }).trimEnd().split('\n');
        expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(2);
        expect(lines).toHaveLength(3);
      }),
      { numRuns: 200 },
    );
  });
});
