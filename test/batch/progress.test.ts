import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/batch/progress.js';
import type { CliIO } from '../../src/cli/io.js';
import { messages } from '../../src/cli/messages.js';

function fakeIO(stderrIsTTY: boolean, env: NodeJS.ProcessEnv = {}): { io: CliIO; stderr: () => string } {
  const err = new PassThrough();
  let text = '';
  err.on('data', (d) => (text += String(d)));
  const io: CliIO = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env, stdoutIsTTY: false, stderrIsTTY, cwd: '/' };
  return { io, stderr: () => text };
}

describe('batch progress', () => {
  it('draws one line with \\r on a terminal, clears it for warnings, and ends with a summary', () => {
    const { io, stderr } = fakeIO(true, { NO_COLOR: '1' });
    const progress = new Progress(io, messages(io), 10, false);
    progress.add(3, 0, 1);
    progress.warn('x.txt: not text');
    progress.finish();
    const text = stderr();
    expect(text).toMatch(/^\rlawrep: 4\/10 40% {2}\d+ reports\/s {2}ETA \d+:\d\d {2}1 failed/);
    expect(text).toContain('\rlawrep: x.txt: not text\n');
    expect(text).toMatch(/lawrep: 3 extracted, 1 failed in [\d.]+ s \(\d+ reports\/s\)\n$/);
    expect(text).not.toMatch(/\u001b/);
  });

  it('writes nothing when standard error is not a terminal, unless --verbose', () => {
    const quiet = fakeIO(false);
    const progress = new Progress(quiet.io, messages(quiet.io), 10, false);
    progress.add(10, 0, 0);
    progress.finish();
    expect(quiet.stderr()).toBe('');
    const verbose = fakeIO(false);
    const loud = new Progress(verbose.io, messages(verbose.io), null, true);
    loud.add(5, 2, 0);
    loud.finish();
    expect(verbose.stderr()).toMatch(/^lawrep: 5 extracted, 2 kept from the previous output, 0 failed in [\d.]+ s \(\d+ reports\/s, peak RSS \d+ MB\)\n$/);
  });
});
