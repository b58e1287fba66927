import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { messages } from '../../src/cli/messages.js';

function io(stderrIsTTY: boolean, env: NodeJS.ProcessEnv = {}): { io: CliIO; lines: string[] } {
  const lines: string[] = [];
  const stderr = { write: (s: string) => lines.push(s) } as unknown as CliIO['stderr'];
  return { io: { stdin: process.stdin, stdout: process.stdout, stderr, env, stdoutIsTTY: false, stderrIsTTY, cwd: '/' }, lines };
}

// The colours must read as chalk's at level 1, as they did when messages used chalk.
const TEXTS = ['lawrep:', '', '3 failed', 'two\nlines', 'crlf\r\nand lf\n', '\n', 'a \u001B[31mred\u001B[39m word', 'closed\u001B[39m\u001B[39mtwice', '\r'];

describe('messages', () => {
  it.each(TEXTS)('colours %j on a terminal as chalk does', (text) => {
    const { colour } = messages(io(true).io);
    const chalk = new Chalk({ level: 1 });
    expect(colour.red(text)).toBe(chalk.red(text));
    expect(colour.yellow(text)).toBe(chalk.yellow(text));
  });

  it.each([
    ['not a terminal', false, {}],
    ['NO_COLOR', true, { NO_COLOR: '1' }],
    ['TERM=dumb', true, { TERM: 'dumb' }],
  ] as const)('writes no colour when %s', (_, tty, env) => {
    const { io: cli, lines } = io(tty, { ...env });
    const say = messages(cli);
    say.error('bad usage');
    say.warn('a.txt: not text');
    expect(say.colour.red('x\ny')).toBe('x\ny');
    expect(lines).toEqual(['lawrep: bad usage\n', 'lawrep: a.txt: not text\n']);
  });

  it('colours only the lawrep: of errors and warnings', () => {
    const { io: cli, lines } = io(true);
    const say = messages(cli);
    say.error('bad usage');
    say.warn('a.txt: not text');
    say.info('done');
    expect(lines).toEqual(['\u001B[31mlawrep:\u001B[39m bad usage\n', '\u001B[33mlawrep:\u001B[39m a.txt: not text\n', 'done\n']);
  });
});
