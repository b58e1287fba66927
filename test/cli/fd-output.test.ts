import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FdOutput } from '../../src/cli/fd-output.js';
import { ClosedPipe, writeOut } from '../../src/cli/write.js';
import { BIN, SEEDS, tempDir } from '../helpers/cli.js';

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** A writer that takes at most `most` bytes a call and fails as told on given calls. */
function scriptedWriter(most: number, failures: Record<number, string> = {}) {
  const taken: number[] = [];
  let calls = 0;
  const write = (_fd: number, bytes: Uint8Array, offset: number, length: number) => {
    const code = failures[calls++];
    if (code !== undefined) throw failure(code);
    const n = Math.min(most, length);
    taken.push(...bytes.subarray(offset, offset + n));
    return n;
  };
  return { write, taken: () => Buffer.from(taken).toString(), calls: () => calls };
}

describe('FdOutput', () => {
  it('writes text and bytes whole to a file, in order', async () => {
    const path = join(tempDir(), 'out.txt');
    const fd = openSync(path, 'w');
    const out = new FdOutput(fd);
    await writeOut(out, '行政处罚案件37宗\n');
    let written = false;
    await writeOut(out, Buffer.from('second\n'), () => (written = true));
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('行政处罚案件37宗\nsecond\n');
    expect(written).toBe(true);
  });

  it('goes on after a short write and after EAGAIN from a full pipe', () => {
    const writer = scriptedWriter(3, { 1: 'EAGAIN', 2: 'EAGAIN' });
    expect(new FdOutput(1, writer.write).write('abcdefgh')).toBe(true);
    expect(writer.taken()).toBe('abcdefgh');
    expect(writer.calls()).toBe(5);
  });

  it('says ClosedPipe when the reader has gone, and stays closed', async () => {
    const out = new FdOutput(1, scriptedWriter(100, { 0: 'EPIPE' }).write);
    await expect(writeOut(out, 'x')).rejects.toBeInstanceOf(ClosedPipe);
    expect(out.destroyed).toBe(true);
    await expect(writeOut(out, 'y')).rejects.toBeInstanceOf(ClosedPipe);
  });

  it('lets any other failure through', () => {
    expect(() => new FdOutput(1, scriptedWriter(100, { 0: 'ENOSPC' }).write).write('x')).toThrow('ENOSPC');
  });

  it('carries a report of the command line to a socket, a pipe and a file alike', () => {
    const seed = join(SEEDS, '000_75cbe675a13a2971.txt');
    // A child's standard output in Node is a socket; a shell's | is a pipe.
    const toSocket = spawnSync(process.execPath, [BIN, 'extract', seed], { encoding: 'utf8' }).stdout;
    const toPipe = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract "${seed}" | cat`], { encoding: 'utf8' }).stdout;
    const path = join(tempDir(), 'out.json');
    const fd = openSync(path, 'w');
    spawnSync(process.execPath, [BIN, 'extract', seed], { stdio: ['ignore', fd, 'inherit'] });
    closeSync(fd);
    expect(JSON.parse(toSocket).source.path).toBe(seed);
    expect(toPipe).toBe(toSocket);
    expect(readFileSync(path, 'utf8')).toBe(toSocket);
  });
});
