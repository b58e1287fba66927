// One figure as written → its value. Money and scale words are exact decimal
// arithmetic on strings, never float multiplication.
export interface ParsedNumber {
  value: number;
  percent: boolean;
}

/** Parse a whole string as one number (Arabic, Chinese or mixed); null when it is not one number. */
export function parseNumber(text: string): ParsedNumber | null {
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?%?$/.test(t)) return null;
  const percent = t.endsWith('%');
  return { value: Number(percent ? t.slice(0, -1) : t), percent };
}
