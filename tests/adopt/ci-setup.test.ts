import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture, project, ROOT } from '../check/helpers.js';
import { oldPost } from './helpers.js';

/** The action metadata schema (see its `$comment`), draft-07. */
function validator(): ReturnType<Ajv['compile']> {
  const schema = JSON.parse(readFileSync(join(ROOT, 'tests/adopt/github-action.schema.json'), 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  runs: { steps: { id?: string; env?: Record<string, string>; run?: string; uses?: string }[] };
};

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A content repository: old posts committed on main (also as origin/main), then a branch adding one post. */
function contentRepo(): { dir: string; cleanup: () => void } {
  const p = project({ 'content/old.md': oldPost(1), 'content/short.md': fixture('short.md'), 'README.md': '# site\n' });
  git(p.dir, 'init', '-q', '-b', 'main');
  git(p.dir, 'add', '.');
  git(p.dir, 'commit', '-qm', 'old posts');
  git(p.dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(p.dir, 'checkout', '-qb', 'new-post');
  writeFileSync(join(p.dir, 'content/new.md'), oldPost(2));
  writeFileSync(join(p.dir, 'notes.txt'), 'not an article\n');
  git(p.dir, 'add', '.');
  git(p.dir, 'commit', '-qm', 'new post');
  return p;
}

let repo = { dir: '', cleanup: (): void => undefined };
beforeAll(() => {
  repo = contentRepo();
});
afterAll(() => repo.cleanup());

describe('action.yml', () => {
  it('is valid action metadata, and the schema rejects a broken one', () => {
    const validate = validator();
    expect(validate(action), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(action);
    const step = broken.runs.steps.find((s) => s.run !== undefined);
    expect(step).toBeDefined();
    if (step) delete (step as { shell?: string }).shell;
    expect(validate(broken)).toBe(false);
  });

  it('uses only inputs it declares, and gives the check script every variable it reads', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const used = [...text.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    for (const name of used) expect(Object.keys(action.inputs)).toContain(name);
    const script = readFileSync(join(ROOT, 'action/check.sh'), 'utf8');
    const read = new Set([...script.matchAll(/\$\{?(SEO_[A-Z_]+)/g)].map((m) => m[1]));
    const given = Object.keys(action.runs.steps.find((s) => s.id === 'check')?.env ?? {});
    expect(read.size).toBeGreaterThan(5);
    for (const name of read) expect(given).toContain(name);
  });

  it('its check step, on a pull request with changed-only, writes SARIF and annotations for the changed article only', () => {
    const out = join(repo.dir, '.github-output');
    const env = {
      ...process.env, CI: 'true', GITHUB_OUTPUT: out, RUNNER_TEMP: repo.dir, NO_COLOR: '1',
      SEO_REWRITE_BIN: join(ROOT, 'bin/seo-rewrite.js'), SEO_PATHS: 'content', SEO_CHANGED_ONLY: 'true', SEO_BASE_REF: 'main',
      SEO_BASELINE: '', SEO_ARGS: '--max-warnings 100', SEO_SARIF: 'seo.sarif', SEO_ANNOTATIONS: 'true',
    };
    const r = spawnSync('bash', [join(ROOT, 'action/check.sh')], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('exit-code=1\nsarif-file=seo.sarif\n');
    const sarif = JSON.parse(readFileSync(join(repo.dir, 'seo.sarif'), 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri))).toEqual(new Set(['content/new.md']));
    expect(results.map((x) => x.ruleId)).toContain('title-width');
    expect(r.stdout).toContain('seo-rewrite: files changed under content: 1\n');
    expect(r.stdout).toMatch(/^::error file=content\/new\.md,line=\d+,/m);
    expect(r.stdout).not.toContain('content/old.md');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it("the hook's command, run as pre-commit runs it on the staged files it matches, fails on the bad article only", () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
    expect(hooks.map((h) => h.id)).toEqual(['seo-rewrite-check']);
    const hook = hooks[0];
    if (!hook) throw new Error('no hook');
    expect(hook.language).toBe('system');
    // The content repository has seo-rewrite installed (npm install --save-dev): here, links to this package.
    mkdirSync(join(repo.dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(ROOT, join(repo.dir, 'node_modules/seo-rewrite'));
    symlinkSync('../seo-rewrite/bin/seo-rewrite.js', join(repo.dir, 'node_modules/.bin/seo-rewrite'));
    writeFileSync(join(repo.dir, 'content/short.md'), `${fixture('short.md')}\nOne more line.\n`);
    writeFileSync(join(repo.dir, 'content/new.md'), `${oldPost(3)}\nOne more line.\n`);
    git(repo.dir, 'add', 'content', 'notes.txt');
    const staged = git(repo.dir, 'diff', '--cached', '--name-only').split('\n').filter(Boolean);
    const files = staged.filter((f) => new RegExp(hook.files).test(f));
    expect(files).toEqual(['content/new.md', 'content/short.md']);
    const [command = '', ...args] = hook.entry.split(' ');
    const env = { ...process.env, NO_COLOR: '1' };
    const failing = spawnSync(command, [...args, ...files], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^content\/new\.md\n(.*\n)*? +\d+:\d+ +error +Unexpected title .* title-width$/m);
    const passing = spawnSync(command, [...args, 'content/short.md'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(passing.stderr).toBe('');
    expect(passing.status).toBe(0);
  });
});
