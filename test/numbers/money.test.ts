import { describe, expect, it } from 'vitest';
import { type MoneyUnit, toYuan } from '../../src/numbers/money.js';

// [figure as written, unit, yuan]
const cases: [string, MoneyUnit, number | null][] = [
  ['4.52', '万元', 45200],
  ['1.09068', '万元', 10906.8],
  ['27.1651', '万元', 271651],
  ['18.20298', '万元', 182029.8],
  ['1124500.17', '元', 1124500.17],
  ['1,234.5', '元', 1234.5],
  ['35.1', '亿元', 3510000000],
  ['两万', '元', 20000],
  ['三', '万元', 30000],
  ['五百余', '万元', 5000000],
  ['5%', '万元', null],
  ['一是', '元', null],
  ['', '万元', null],
];

describe('toYuan', () => {
  it.each(cases)('%s %s → %s', (figure, unit, yuan) => {
    expect(toYuan(figure, unit)).toBe(yuan);
  });
});
