// Transformations that change how a report is laid out but not what it says:
// what a PDF extractor or another web page would have made of the same text.

/** Hard-wrap every line at `width` characters, with a blank line after each piece (PDF text). */
export function rewrap(text: string, width = 28): string {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const chars = Array.from(line.trim());
    if (chars.length === 0) continue;
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''), '');
  }
  return out.join('\n');
}

/** Windows line ends. */
export function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** ASCII digits made full-width (０–９). */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
