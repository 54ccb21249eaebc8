/**
 * The distributed-engine contract: sharding a JSONL corpus through GNU parallel (as across machines) gives exactly
 * the records of a single run. Skipped, saying so, when `parallel` is not installed (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, BIN, cli, tempDir } from '../batch/helpers.js';

const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('batch-parallel: GNU parallel is not installed (apt-get install parallel); skipping the sharding test');

describe.skipIf(!hasParallel)('GNU parallel sharding', () => {
  it('parallel --pipe -N 50 --keep-order gives exactly the records of a single run', () => {
    const cwd = tempDir();
    const lines: string[] = [];
    for (let i = 0; i < 120; i++) {
      if (i === 17) lines.push('{"id": "torn", "te');
      if (i === 64) lines.push(JSON.stringify({ id: 'empty', text: '' }));
      lines.push(JSON.stringify({ id: `doc-${i}`, text: article(i) }));
    }
    const input = join(cwd, 'corpus.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const single = cli(['--jsonl', '-q'], { cwd, input: `${lines.join('\n')}\n` });
    expect(single.code).toBe(2);
    const sharded = spawnSync(
      'sh',
      ['-c', `parallel --will-cite --pipe -N 50 --keep-order '${process.execPath}' '${BIN}' --jsonl --jobs 1 -q < corpus.jsonl`],
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(sharded.stdout.split('\n')).toHaveLength(lines.length + 1);
    expect(sharded.stdout).toBe(single.stdout);
    // parallel exits with the number of shards that failed: the torn record is in the first, the empty one in the second.
    expect(sharded.status).toBe(2);
  });
});
