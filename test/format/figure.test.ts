import { describe, expect, it } from 'vitest';
import { figureParts, figureText } from '../../src/format/figure.js';
import type { Bound } from '../../src/model/schema.js';

describe('figureText', () => {
  it.each<[number, string, Bound, string]>([
    [2600, '份', 'over', '≥2600 份'],
    [500, '人次', 'under', '<500 人次'],
    [120000000, '亿元', 'about', '≈1.2 亿元'],
    [266000, '万元', 'exact', '26.6 万元'],
    [45200, '万元', 'exact', '4.52 万元'],
    [10906.8, '万元', 'exact', '1.09068 万元'], // 10906.8 / 1e4 is 1.0906800000000001 in binary
    [271651, '万元', 'exact', '27.1651 万元'],
    [5000000, '万人次', 'over', '≥500 万人次'],
    [1124500.17, '元', 'exact', '1124500.17 元'],
    [80.43, '%', 'exact', '80.43%'],
    [0, '件', 'exact', '0 件'],
    [3, '', 'exact', '3'],
  ])('%d %s %s → %s', (value, unit, bound, expected) => {
    expect(figureText({ value, unit, bound })).toBe(expected);
  });

  it('splits the signed amount from the unit for tables', () => {
    expect(figureParts({ value: 4500, unit: '人次', bound: 'over' })).toEqual({ amount: '≥4500', unit: '人次' });
  });
});
