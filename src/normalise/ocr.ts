// Letters a scan's text recognition reads for digits, next to digits: O for 0
// (6O余场, 2O24年), l or I for 1 (执行l 1件, 案件l6件). One unit for one, so
// offsets never move.

/** O or o right after a digit, before a digit or what follows a count (余, a unit, %). */
const ZERO = /(?<=\d)[Oo](?=[\d余多万千百亿件次场人起份家户个项元宗名批期%])/g;
/** l or I right before a digit, after a digit or a Chinese character (not a code such as PM2.5 or G15). */
const ONE = /(?<=[\d\u4e00-\u9fff])[lI](?=\d)/g;
/**
 * A number read with two letters or more among its digits, its commas or its point (受理ll6件, 审结lO9件, l,O45件, 9OO余人次,
 * 2O25-Ol-23, O.86万元): not next to other Latin letters (PM2.5, G15, ISO9001), not opened by an O but for a fraction's (O2O
 * 模式), and with a digit in it. A comma only before three places groups thousands; normalise has made it full-width
 * where no digit stood on both sides of it (l，O45件).
 */
const RUN = /(?<![A-Za-z])(?:[\dlI]|[Oo](?=\.\d))(?:[\dOolI]|[.\-](?=[\dOolI])|[,，](?=[\dOolI]{3}(?![\dOolI])))*(?![A-Za-z])/g;
/** Letters alone read for a count after Chinese words, before its unit or a percent sign (执业许可ll件, 出庭应诉率lOO%). */
const LETTERS_ALONE = /(?<=[\u4e00-\u9fff])[lI][OolI]+(?=[件次起宗人元户家项份场个名%])/g;
const DIGIT = /\d/;
/** A letter, or a full-width comma among digits: normalise makes a comma between two digits ASCII, so this one stood by a letter. */
const LETTER = /[OolI，]/;
/** Any of the letters at all: most texts have none next to a digit, and skip the passes. */
const ANY = /\d，\d|\d[Oo]|[lI]\d|[OolI][,，.]?[OolI]|[OolI][,，.]\d|\d[,，.][OolI]/;

export function repairOcrDigits(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(RUN, (run) => (DIGIT.test(run) && LETTER.test(run) ? asDigits(run) : run))
    .replace(LETTERS_ALONE, asDigits)
    .replace(ZERO, '0')
    .replace(ONE, '1');
}

function asDigits(run: string): string {
  return run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(/，/g, ',');
}
