// Words for people, on stderr only; colour only on a terminal and never under NO_COLOR.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIO } from './io.js';

export interface Messages {
  error(text: string): void;
  warn(text: string): void;
  info(text: string): void;
  colour: ChalkInstance;
}

export function useColour(io: CliIO, isTTY: boolean): boolean {
  // NO_COLOR: any non-empty value disables colour (no-color.org).
  return isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

export function messages(io: CliIO): Messages {
  const colour = new Chalk({ level: useColour(io, io.stderrIsTTY) ? 1 : 0 });
  const write = (line: string) => io.stderr.write(`${line}\n`);
  return {
    error: (text) => write(`${colour.red('lawrep:')} ${text}`),
    warn: (text) => write(`${colour.yellow('lawrep:')} ${text}`),
    info: (text) => write(text),
    colour,
  };
}
