import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { makeCorpus } from './corpus.js';

describe('batch options: bad usage', { timeout: 60_000 }, () => {
  const { dir } = makeCorpus(2);
  it.each([
    [['--jobs', '0'], '--jobs 0'],
    [['-j', 'two'], '--jobs two'],
    [['--shard', '3/2'], '--shard 3/2'],
    [['--shard', '0/2'], '--shard 0/2'],
    [['--shard', '1/0'], '--shard 1/0'],
    [['--shard', '1-2'], '--shard 1-2'],
    [['--shard', '1/2/3'], '--shard 1/2/3'],
    [['--resume'], '--resume needs -o'],
    [['--ndjson-input', '--shard', '1/2'], '--ndjson-input cannot go with --shard'],
    [['--files-from', '/no/such/list'], '--files-from /no/such/list'],
  ])('%j: one line on stderr, exit 2', (args, message) => {
    const { status, stdout, stderr } = runBin(['extract', dir, ...args]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
