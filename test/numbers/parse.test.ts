import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numbers/parse.js';

const THIRD = 1 / 3;

// [input, value, percent]
const numbers: [string, number, boolean][] = [
  // Arabic, scale words exact by decimal shifting
  ['1124500.17', 1124500.17, false],
  ['4.52万', 45200, false],
  ['1.09068万', 10906.8, false],
  ['27.1651万', 271651, false],
  ['46.6万', 466000, false],
  ['1.2亿', 120000000, false],
  ['16.4亿', 1640000000, false],
  ['0.07亿', 7000000, false],
  ['4.78万亿', 4780000000000, false],
  ['1,234', 1234, false],
  ['1,100.9亿', 110090000000, false],
  ['１，２３４．５', 1234.5, false],
  ['１１.92亿', 1192000000, false],
  ['007', 7, false],
  // Whole numbers, read apart from the general grammar
  ['0', 0, false],
  ['120', 120, false],
  [' 36 ', 36, false],
  ['12345678901234567890', 12345678901234567000, false],
  // Arabic mixed with Chinese units
  ['3万5千', 35000, false],
  ['1万600', 10600, false],
  ['3万4000', 34000, false],
  ['100万三千', 1003000, false],
  ['200亿零四千230', 20000004230, false],
  ['1千零20', 1020, false],
  ['7 万5 千4 百', 75400, false],
  // Chinese numerals
  ['一', 1, false],
  ['十', 10, false],
  ['十二', 12, false],
  ['一百零五', 105, false],
  ['一千零十', 1010, false],
  ['零十', 10, false],
  ['三亿五千万', 350000000, false],
  ['四亿五千六百四十二万零一十五', 456420015, false],
  ['十亿零五', 1000000005, false],
  ['一千亿', 100000000000, false],
  ['一万五千亿', 1500000000000, false],
  ['二十一万亿', 21000000000000, false],
  ['四万万', 400000000, false],
  ['两千', 2000, false],
  ['廿一', 21, false],
  ['卅', 30, false],
  ['壹仟贰佰叁拾肆', 1234, false],
  ['貳萬陸仟', 26000, false],
  ['拾億零六萬零五百零六', 1000060506, false],
  // elision and digit-by-digit readings
  ['三万五', 35000, false],
  ['一百二', 120, false],
  ['三亿五', 350000000, false],
  ['一百二十万三', 1203000, false],
  ['一七二零', 1720, false],
  ['二〇二三', 2023, false],
  ['一一', 11, false],
  ['两千零二十三', 2023, false],
  // decimals with 点
  ['二点五', 2.5, false],
  ['零点零一', 0.01, false],
  ['三点五万', 35000, false],
  ['两千万点五五四四', 20000000.5544, false],
  ['一百点123', 100.123, false],
  // negatives
  ['负三十二', -32, false],
  ['負一七二零點一', -1720.1, false],
  ['-10.1万', -101000, false],
  ['负0.2', -0.2, false],
  // floors: the value stated before 余/多/几
  ['五百余万', 5000000, false],
  ['392万余', 3920000, false],
  ['二十余', 20, false],
  ['两万余', 20000, false],
  ['一千多万', 10000000, false],
  ['二十几万', 200000, false],
  // money in 大写
  ['伍仟元整', 5000, false],
  ['玖仟陆佰陆拾伍圆壹角捌分', 9665.18, false],
  // percentages
  ['80.43%', 80.43, true],
  ['８０．４３％', 80.43, true],
  ['-22.2%', -22.2, true],
  ['百分之八十', 80, true],
  ['百分之二十二', 22, true],
  ['百分之百', 100, true],
  ['百分之2.5', 2.5, true],
  ['千分之五', 0.5, true],
  ['万分之三', 0.03, true],
  ['3.5‰', 0.35, true],
  ['负百分之五', -5, true],
  ['百分之负五', -5, true],
  ['两', 2, false],
  ['两万', 20000, false],
  ['两百零二', 202, false],
  // fractions
  ['三分之一', THIRD, false],
  ['一百分之二', 0.02, false],
  ['负一又二分之一', -1.5, false],
  ['一百万又五十万分之二十五', 1000000.00005, false],
];

const notNumbers = [
  '', ' ', '万', '亿', '点', '负', '-', '%', '百分之', '元整', '分之一',
  '一是', '十分', '一些', '统一',
  '十一十二', '三亿五亿', '一万一万', '一百零', '零点', '点五', '零点点', '二点五点',
  '1,23', '12,3456', '10..1万', '10.1万零100', '1万6', '25千', '2.5千', '1 2', '一二万',
  '十两', '一百两', '一万两', '一千零两', '三四', '七八', '两三', '二两', '十七八', '二三十', '三四百', '一两万', '十二五',
  '2019-2021', '2e5', '40k', '2^5', '3/5',
  '五兆', '九成', '八折', '6个百分点', '半', '一打',
  '百分之五十%', '百分之伍元',
];

describe('parseNumber', () => {
  it.each(numbers)('%s → %d (percent %s)', (input, value, percent) => {
    expect(parseNumber(input)).toEqual({ value, percent });
  });

  it.each(notNumbers)('%j is not one number', (input) => {
    expect(parseNumber(input)).toBeNull();
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseNumber('负零')?.value, 0)).toBe(true);
    expect(Object.is(parseNumber('-0')?.value, 0)).toBe(true);
  });
});
