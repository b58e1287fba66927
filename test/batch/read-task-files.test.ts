import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaskFiles } from '../../src/cli/batch/read-task-files.js';
import { runTask } from '../../src/cli/batch/run-task.js';
import type { Task, TaskSettings } from '../../src/cli/batch/task.js';
import { tempDir } from '../helpers/cli.js';
import { jsonLines, seedTexts } from './corpus.js';

const settings: TaskSettings = { maxBytes: 64 << 20, format: { name: 'json', pretty: false, bom: false } };
const files = (...paths: string[]): Task => ({ kind: 'files', paths, kept: null });
const outputs = async (task: Task) => jsonLines(Buffer.from((await runTask(task, settings)).bytes).toString('utf8'));

describe('files read by the main thread for a worker', () => {
  const dir = tempDir();
  const report = join(dir, 'report.txt');
  const empty = join(dir, 'empty.txt');
  const huge = join(dir, 'huge.txt');
  const folder = join(dir, 'folder.txt');
  writeFileSync(report, seedTexts[0] as string);
  writeFileSync(empty, '');
  writeFileSync(huge, '报'.repeat(200_000));
  mkdirSync(folder);

  it('puts the files one after another in one buffer, moved with the task', () => {
    const { task, transfer } = readTaskFiles(files(report, empty, report), settings.maxBytes);
    const size = Buffer.byteLength(seedTexts[0] as string);
    expect(task.kind === 'files' && task.bytes?.sizes).toEqual([size, 0, size]);
    expect(transfer).toHaveLength(1);
    expect(Buffer.from(transfer[0] as ArrayBuffer).toString('utf8')).toBe(`${seedTexts[0]}${seedTexts[0]}`);
  });

  it.each([
    ['a missing file', join(dir, 'missing.txt')],
    ['a folder', folder],
    ['a file over 256 KB', huge],
  ])('leaves %s for the worker to read', (_, path) => {
    const { task } = readTaskFiles(files(report, path), settings.maxBytes);
    expect(task.kind === 'files' && task.bytes?.sizes[1]).toBe(-1);
  });

  it('gives the worker the same records as reading the files itself', async () => {
    const task = files(report, join(dir, 'missing.txt'), empty, folder, huge);
    const own = await outputs(task);
    expect(await outputs(readTaskFiles(task, settings.maxBytes).task)).toEqual(own);
    expect(own.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'read', 'ok', 'not-a-file', 'ok']);
  });

  it('is what the worker extracts, without reading the file again', async () => {
    const { task } = readTaskFiles(files(report), settings.maxBytes);
    const elsewhere = join(dir, 'gone.txt');
    const [record] = await outputs({ ...task, paths: [elsewhere] } as Task);
    expect(record?.source.path).toBe(elsewhere);
    expect(record?.error).toBeUndefined();
    expect(record?.source.bytes).toBe(Buffer.byteLength(seedTexts[0] as string));
  });

  it('passes lines of mapper input through as they are', () => {
    const lines: Task = { kind: 'lines', origin: 'stdin', first: 1, lines: ['{}'] };
    expect(readTaskFiles(lines, settings.maxBytes)).toEqual({ task: lines, transfer: [] });
  });
});
