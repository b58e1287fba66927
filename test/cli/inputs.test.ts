import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../src/cli/inputs.js';

const root = mkdtempSync(join(tmpdir(), 'lawrep-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const file of ['a.txt', 'a/1.txt', 'a/sub/2.txt', 'a-b/3.txt', 'a/.hidden.txt', 'a/notes.md', 'a/报告/4.txt', 'a/sub/deeper/5.txt']) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), 'x');
}
/** The root as a path relative to the working directory, written the way a person might. */
const here = relative(process.cwd(), root);

describe('listInputs', () => {
  it.each([
    ['a plain folder path', join(here, 'a')],
    ['a folder path starting ./', `./${join(here, 'a')}`],
    ['a folder path ending in a slash', `${join(here, 'a')}/`],
    ['a folder path with a detour', `${join(here, 'a-b')}/../a`],
    ['a folder path with a doubled slash', `${join(here, 'a', 'sub')}//deeper`],
    ['an absolute folder path', join(root, 'a')],
  ])('lists %s as path.join would write each file', async (_name, folder) => {
    const { files, many } = await listInputs([folder]);
    const expected = (folder.endsWith('deeper') ? ['5.txt'] : ['1.txt', 'sub/2.txt', 'sub/deeper/5.txt', '报告/4.txt']).map((file) => join(folder, file));
    expect(many).toBe(true);
    expect([...files]).toEqual(expected);
  });

  it('names the folders in which the glob took no file', async () => {
    const { files, emptyFolders } = await listInputs([join(root, 'a', 'sub'), join(root, 'a-b'), join(root, 'a', 'sub', 'deeper')], '*.md');
    expect([...files]).toEqual([]);
    expect(emptyFolders).toEqual([join(root, 'a', 'sub'), join(root, 'a-b'), join(root, 'a', 'sub', 'deeper')]);
    expect((await listInputs([join(root, 'a'), join(root, 'a-b')], '*.md')).emptyFolders).toEqual([join(root, 'a-b')]);
  });

  it('orders files by the bytes of their whole paths, across folders', async () => {
    const { files } = await listInputs([root]);
    expect([...files].map((file) => relative(root, file))).toEqual(['a-b/3.txt', 'a.txt', 'a/1.txt', 'a/sub/2.txt', 'a/sub/deeper/5.txt', 'a/报告/4.txt']);
  });

  it('puts a folder reached by a symlink where its path sorts', async () => {
    const linked = join(root, 'links');
    mkdirSync(linked);
    symlinkSync(join(root, 'a', 'sub'), join(linked, 'b'));
    writeFileSync(join(linked, 'b.txt'), 'x');
    writeFileSync(join(linked, 'b-c.txt'), 'x');
    const { files } = await listInputs([linked]);
    expect([...files].map((file) => relative(linked, file))).toEqual(['b-c.txt', 'b.txt', 'b/2.txt', 'b/deeper/5.txt']);
    rmSync(linked, { recursive: true });
  });

  it('orders names by code point, as their UTF-8 bytes sort', async () => {
    const folder = join(root, 'names');
    const names = ['z.txt', '\uffff.txt', '𠀀.txt', '报告.txt', 'A.txt', 'a.txt', 'a b.txt'];
    mkdirSync(folder);
    for (const name of names) writeFileSync(join(folder, name), 'x');
    const { files } = await listInputs([folder]);
    const byBytes = names.map((name) => Buffer.from(name)).sort(Buffer.compare).map((bytes) => bytes.toString());
    expect([...files].map((file) => relative(folder, file))).toEqual(byBytes);
    expect(byBytes.slice(-2)).toEqual(['\uffff.txt', '𠀀.txt']); // UTF-16 order would put them the other way round
    rmSync(folder, { recursive: true });
  });

  it.each([
    ['a name pattern, at any depth', '*.md', ['a/notes.md']],
    ['a name pattern with a class', '[0-9].txt', ['a-b/3.txt', 'a/1.txt', 'a/sub/2.txt', 'a/sub/deeper/5.txt', 'a/报告/4.txt']],
    ['a path pattern, from the folder named', 'a/sub/*.txt', ['a/sub/2.txt']],
    ['a path pattern with **', '**/deeper/*.txt', ['a/sub/deeper/5.txt']],
  ])('matches --glob %s', async (_name, glob, expected) => {
    const { files } = await listInputs([root], glob);
    expect([...files].map((file) => relative(root, file))).toEqual(expected);
  });
});
