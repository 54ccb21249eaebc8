import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/assess/index.js';
import { ConfigError, ConfigResolver, stableStringify, validateConfig } from '../../src/config/index.js';
import { defaultFrontMatterFields } from '../../src/document/front-matter.js';
import { projects } from '../check/helpers.js';

const ruleIds = rules.map((r) => r.id);
const tmp = projects();

function resolver(cwd: string, extra: { configFile?: string; language?: string } = {}): ConfigResolver {
  return new ConfigResolver({ cwd, ruleIds, ...extra });
}

async function errorOf(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('config discovery', () => {
  it('uses the defaults when no configuration is found', async () => {
    const dir = tmp({ 'a.md': '# A\n' });
    const config = await resolver(dir).forFile('a.md');
    expect(config.file).toBeNull();
    expect(config.rules).toEqual({});
    expect(config.fields).toEqual(defaultFrontMatterFields);
    expect(config.language).toBeUndefined();
  });

  it('finds a YAML .seo-rewriterc by walking up from the file', async () => {
    const dir = tmp({ '.seo-rewriterc': 'language: id\nrules:\n  passive-voice: off\n', 'content/posts/a.md': '# A\n' });
    const config = await resolver(dir).forFile('content/posts/a.md');
    expect(config.file).toBe(join(dir, '.seo-rewriterc'));
    expect(config.language).toBe('id');
    expect(config.rules).toEqual({ 'passive-voice': 'off' });
  });

  it('reads JSON in .seo-rewriterc and .seo-rewriterc.json', async () => {
    const a = tmp({ '.seo-rewriterc': '{ "rules": { "text-length": "error" } }', 'a.md': '' });
    expect((await resolver(a).forFile('a.md')).rules).toEqual({ 'text-length': 'error' });
    const b = tmp({ '.seo-rewriterc.json': '{ "language": "en" }', 'a.md': '' });
    expect((await resolver(b).forFile('a.md')).language).toBe('en');
  });

  it('reads .seo-rewriterc.yml, seo-rewrite.config.js (ESM) and the package.json key', async () => {
    const a = tmp({ '.seo-rewriterc.yml': 'language: en\n', 'a.md': '' });
    expect((await resolver(a).forFile('a.md')).language).toBe('en');
    const b = tmp({ 'package.json': '{"type":"module"}', 'seo-rewrite.config.js': "export default { rules: { 'single-h1': 'warn' } };\n", 'a.md': '' });
    expect((await resolver(b).forFile('a.md')).rules).toEqual({ 'single-h1': 'warn' });
    const c = tmp({ 'package.json': JSON.stringify({ name: 'site', 'seo-rewrite': { language: 'id' } }), 'a.md': '' });
    expect((await resolver(c).forFile('a.md')).language).toBe('id');
  });

  it('skips a package.json without the key, but stops there: it marks the project root', async () => {
    const dir = tmp({ '.seo-rewriterc': 'language: en\n', 'site/package.json': '{"name":"site"}', 'site/a.md': '', 'other/b.md': '' });
    expect((await resolver(dir).forFile('site/a.md')).file).toBe(null);
    expect((await resolver(dir).forFile('other/b.md')).file).toBe(join(dir, '.seo-rewriterc'));
  });

  it('applies the nearest configuration (no merging)', async () => {
    const dir = tmp({
      '.seo-rewriterc': 'language: en\nrules:\n  text-length: error\n',
      'id/.seo-rewriterc': 'language: id\n',
      'id/a.md': '',
      'b.md': '',
    });
    const r = resolver(dir);
    const nested = await r.forFile('id/a.md');
    expect(nested.language).toBe('id');
    expect(nested.rules).toEqual({});
    expect((await r.forFile('b.md')).language).toBe('en');
  });

  it('uses --config for every file instead of discovery', async () => {
    const dir = tmp({ '.seo-rewriterc': 'language: en\n', 'ci.yaml': 'language: id\n', 'a.md': '' });
    const config = await resolver(dir, { configFile: 'ci.yaml' }).forFile('a.md');
    expect(config.file).toBe(join(dir, 'ci.yaml'));
    expect(config.language).toBe('id');
  });

  it('maps front-matter field names, one keyphrase field or a list', async () => {
    const dir = tmp({ '.seo-rewriterc': 'frontMatter:\n  title: headline\n  description: summary\n  keyphrase: [focus, tags]\n', 'a.md': '' });
    expect((await resolver(dir).forFile('a.md')).fields).toEqual({ title: 'headline', description: 'summary', slug: 'slug', keyphrase: ['focus', 'tags'] });
    const one = tmp({ '.seo-rewriterc': 'frontMatter:\n  keyphrase: focus\n', 'a.md': '' });
    expect((await resolver(one).forFile('a.md')).fields.keyphrase).toEqual(['focus']);
  });

  it('puts --lang over the configuration language, both in the hash', async () => {
    const dir = tmp({ '.seo-rewriterc': 'language: en\n', 'a.md': '' });
    const plain = await resolver(dir).forFile('a.md');
    const forced = await resolver(dir, { language: 'id' }).forFile('a.md');
    expect(forced.forceLanguage).toBe('id');
    expect(forced.language).toBe('en');
    expect(forced.hash).not.toBe(plain.hash);
  });
});

describe('effective configuration hash', () => {
  it('ignores key order and changes with any setting', async () => {
    const a = tmp({ '.seo-rewriterc': '{"rules":{"text-length":"error","single-h1":"warn"},"language":"en"}', 'a.md': '' });
    const b = tmp({ '.seo-rewriterc': 'language: en\nrules:\n  single-h1: warn\n  text-length: error\n', 'a.md': '' });
    const c = tmp({ '.seo-rewriterc': 'language: en\nrules:\n  single-h1: warn\n  text-length: warn\n', 'a.md': '' });
    const ha = (await resolver(a).forFile('a.md')).hash;
    expect((await resolver(b).forFile('a.md')).hash).toBe(ha);
    expect((await resolver(c).forFile('a.md')).hash).not.toBe(ha);
  });

  it('stableStringify sorts keys at every depth', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('config errors name the file and the key', () => {
  const validate = (data: unknown): SeoRewriteConfigResult => {
    try {
      return { config: validateConfig(data, { file: '.seo-rewriterc', ruleIds }) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  type SeoRewriteConfigResult = { config?: unknown; error?: string };

  it.each([
    [{ rules: { 'passive-voice': 'of' } }, '.seo-rewriterc: rules.passive-voice: expected off, warn or error, got "of"'],
    [{ rules: { 'passive-voice': 2 } }, '.seo-rewriterc: rules.passive-voice: expected off, warn or error, got 2'],
    [{ rules: { 'pasive-voice': 'off' } }, '.seo-rewriterc: rules.pasive-voice: unknown rule (did you mean passive-voice?)'],
    [{ rules: { 'passive-voice': { level: 'off' } } }, '.seo-rewriterc: rules.passive-voice.level: unknown rule option (expected one of severity, thresholds)'],
    [{ rules: { 'passive-voice': { severity: 'warning' } } }, '.seo-rewriterc: rules.passive-voice.severity: expected off, warn or error, got "warning"'],
    [{ rules: { 'sentence-length': { thresholds: { sentenceLength: { maxWords: 'twenty' } } } } }, '.seo-rewriterc: rules.sentence-length.thresholds.sentenceLength.maxWords: expected a number of at least 0, got "twenty"'],
    [{ rules: { 'sentence-length': { thresholds: { sentenceLenght: { maxWords: 25 } } } } }, '.seo-rewriterc: rules.sentence-length.thresholds.sentenceLenght: unknown threshold (did you mean sentenceLength?)'],
    [{ rules: { 'sentence-length': { thresholds: { sentenceLength: { words: 25 } } } } }, '.seo-rewriterc: rules.sentence-length.thresholds.sentenceLength.words: unknown threshold (expected one of maxWords, maxShare)'],
    [{ rules: [] }, '.seo-rewriterc: rules: expected an object of rule ids, got a list'],
    [{ language: 'Indonesian' }, '.seo-rewriterc: language: expected a language code such as id or en, got "Indonesian"'],
    [{ frontMatter: { titel: 'x' } }, '.seo-rewriterc: frontMatter.titel: unknown field (did you mean title?)'],
    [{ frontMatter: { keyphrase: ['a', 3] } }, '.seo-rewriterc: frontMatter.keyphrase.1: expected a field name, got 3'],
    [{ ignore: [''] }, '.seo-rewriterc: ignore.0: expected a pattern, got ""'],
    [{ rulez: {} }, '.seo-rewriterc: rulez: unknown option (did you mean rules?)'],
    ['text-length: off', '.seo-rewriterc: expected an object of options, got "text-length: off"'],
  ])('%j', (data, message) => {
    expect(validate(data).error).toBe(message);
  });

  it('accepts a full configuration', () => {
    const config = {
      $schema: './schema.json',
      language: 'id',
      rules: { 'passive-voice': 'off', 'sentence-length': { severity: 'error', thresholds: { sentenceLength: { maxWords: 25 } } } },
      frontMatter: { title: 'headline', keyphrase: 'focus' },
      ignore: ['drafts/**'],
    };
    expect(validate(config).config).toEqual({ language: 'id', rules: config.rules, frontMatter: config.frontMatter, ignore: ['drafts/**'] });
  });

  it('points at a broken YAML file', async () => {
    const dir = tmp({ '.seo-rewriterc': 'rules:\n  passive-voice: off\n   bad: [\n', 'a.md': '' });
    const error = await errorOf(resolver(dir).forFile('a.md'));
    expect(error.message).toMatch(/^\.seo-rewriterc: invalid JSON or YAML: /);
  });

  it('points at a broken JSON file', async () => {
    const dir = tmp({ 'content/.seo-rewriterc.json': '{ "rules": }', 'content/a.md': '' });
    const error = await errorOf(resolver(dir).forFile('content/a.md'));
    expect(error.message).toMatch(/^content\/\.seo-rewriterc\.json: invalid JSON: /);
  });

  it('points at a JS configuration that throws', async () => {
    const dir = tmp({ 'seo-rewrite.config.mjs': "throw new Error('boom');\n", 'a.md': '' });
    const error = await errorOf(resolver(dir).forFile('a.md'));
    expect(error.message).toBe('seo-rewrite.config.mjs: cannot load: boom');
  });

  it('points at the key of an invalid setting in a discovered file', async () => {
    const dir = tmp({ 'site/.seo-rewriterc': 'rules:\n  passive-voice: sometimes\n', 'site/a.md': '' });
    const error = await errorOf(resolver(dir).forFile('site/a.md'));
    expect(error.message).toBe('site/.seo-rewriterc: rules.passive-voice: expected off, warn or error, got "sometimes"');
    expect(error.file).toBe('site/.seo-rewriterc');
    expect(error.key).toBe('rules.passive-voice');
  });

  it('reports a missing --config file', async () => {
    const dir = tmp({ 'a.md': '' });
    const error = await errorOf(resolver(dir, { configFile: 'nope.yaml' }).forFile('a.md'));
    expect(error.message).toBe('nope.yaml: no such configuration file');
  });
});

describe('ignore patterns', () => {
  it('reads .seo-rewriteignore in the working folder and ignore in the configuration', async () => {
    const dir = tmp({
      '.seo-rewriteignore': '# drafts are not published\ndrafts/\n*.draft.md\n',
      'content/.seo-rewriterc': 'ignore:\n  - archive/**\n',
      'content/a.md': '',
      'content/archive/old.md': '',
      'drafts/b.md': '',
      'content/c.draft.md': '',
      'archive/d.md': '',
    });
    const r = resolver(dir);
    const ignored = async (file: string): Promise<boolean> => r.isIgnored(file, await r.forFile(file));
    expect(await ignored('content/a.md')).toBe(false);
    expect(await ignored('content/archive/old.md')).toBe(true);
    expect(await ignored('drafts/b.md')).toBe(true);
    expect(await ignored('content/c.draft.md')).toBe(true);
    // `archive/**` is relative to content/, where the configuration is.
    expect(await ignored('archive/d.md')).toBe(false);
  });
});
