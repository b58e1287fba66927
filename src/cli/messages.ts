// Words for people, on stderr only; colour only on a terminal and never under NO_COLOR.
// The two colours are written here, as chalk writes them: loading chalk (which `show`
// uses for its page of colours) cost milliseconds at every start.
import type { CliIO } from './io.js';

/** Colours a text in the terminal's 16 colours, or leaves it as it is. */
export interface Colour {
  red(text: string): string;
  yellow(text: string): string;
}

export interface Messages {
  error(text: string): void;
  warn(text: string): void;
  info(text: string): void;
  colour: Colour;
}

const CLOSE = '\u001B[39m';

/** As chalk does: a colour closed inside the text, or broken by a line end, is opened again. */
function paint(open: string): (text: string) => string {
  return (text) => (text === '' ? text : `${open}${text.replaceAll(CLOSE, `${CLOSE}${open}`).replace(/\r?\n/g, `${CLOSE}$&${open}`)}${CLOSE}`);
}

const COLOURED: Colour = { red: paint('\u001B[31m'), yellow: paint('\u001B[33m') };
const PLAIN: Colour = { red: (text) => text, yellow: (text) => text };

export function useColour(io: CliIO, isTTY: boolean): boolean {
  // NO_COLOR: any non-empty value disables colour (no-color.org).
  return isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

export function messages(io: CliIO): Messages {
  const colour = useColour(io, io.stderrIsTTY) ? COLOURED : PLAIN;
  const write = (line: string) => io.stderr.write(`${line}\n`);
  return {
    error: (text) => write(`${colour.red('lawrep:')} ${text}`),
    warn: (text) => write(`${colour.yellow('lawrep:')} ${text}`),
    info: (text) => write(text),
    colour,
  };
}
