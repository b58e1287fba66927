// Letters a scan's text recognition reads for digits, next to digits: O for 0
// (6O余场, 2O24年), l or I for 1 (执行l 1件, 案件l6件). One unit for one, so
// offsets never move.

/** O or o right after a digit, before a digit or what follows a count (余, a unit, %). */
const ZERO = /(?<=\d)[Oo](?=[\d余多万千百亿件次场人起份家户个项元宗名批期%])/g;
/** l or I right before a digit, after a digit or a Chinese character (not a code such as PM2.5 or G15). */
const ONE = /(?<=[\d\u4e00-\u9fff])[lI](?=\d)/g;
/** Any of the letters at all: most texts have none next to a digit, and skip both passes. */
const ANY = /\d[Oo]|[lI]\d/;

export function repairOcrDigits(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(ZERO, '0').replace(ONE, '1');
}
