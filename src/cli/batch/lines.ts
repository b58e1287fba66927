// Splitting a byte stream into lines on \n (a \r before it is dropped), with
// each line's byte offset. Pieces are joined only at a line end, so a long line
// read in many chunks costs linear time.
export interface Line {
  text: string;
  /** Byte offset of the line in the stream. */
  start: number;
  /** Bytes of the line including its \n. */
  length: number;
  /** False for a last line that has no \n (a file cut short, or simply unterminated). */
  complete: boolean;
}

export async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  let pieces: Buffer[] = [];
  let offset = 0;
  const take = (complete: boolean): Line => {
    const bytes = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces);
    const end = complete && bytes.at(-1) === 0x0d ? bytes.length - 1 : bytes.length;
    const line = { text: bytes.toString('utf8', 0, end), start: offset, length: bytes.length + (complete ? 1 : 0), complete };
    offset += line.length;
    pieces = [];
    return line;
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buffer.indexOf(0x0a); nl >= 0; nl = buffer.indexOf(0x0a, from)) {
      pieces.push(buffer.subarray(from, nl));
      yield take(true);
      from = nl + 1;
    }
    if (from < buffer.length) pieces.push(buffer.subarray(from));
  }
  if (pieces.length > 0) yield take(false);
}
