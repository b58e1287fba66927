// Text tables padded by display width, so that Chinese (two columns wide) and
// ASCII cells line up; cells may carry colour codes, which take no width.
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

/** Rows of cells → lines; columns separated by `gap` spaces, the last column not padded on the left-aligned side. */
export function textTable(rows: string[][], align: Align[], indent = '  ', gap = 2): string[] {
  const widths: number[] = [];
  for (const cells of rows) cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((cells) => {
    const padded = cells.map((cell, i) => {
      const room = ' '.repeat((widths[i] ?? 0) - stringWidth(cell));
      if (align[i] === 'right') return room + cell;
      return i === cells.length - 1 ? cell : cell + room;
    });
    return indent + padded.join(' '.repeat(gap));
  });
}
