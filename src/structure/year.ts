// The year the report covers: the first year named in the title, else in the
// body; a year that closes a range (2021-2025年) is not one.
const YEAR = /(?<![-—–~～至\d])(?<year>(?:19|20)\d{2})年/;

export function findYear(title: string | null, body: string): number | null {
  for (const text of [title, body]) {
    const year = text ? YEAR.exec(text)?.groups?.year : undefined;
    if (year) return Number(year);
  }
  return null;
}
