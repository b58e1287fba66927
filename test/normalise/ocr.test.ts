import { describe, expect, it } from 'vitest';
import { repairOcrDigits } from '../../src/normalise/ocr.js';

describe('repairOcrDigits', () => {
  const cases: Array<[string, string, string]> = [
    ['O after a digit, before 余', '开展活动6O余场', '开展活动60余场'],
    ['O inside a year', '2O24年', '2024年'],
    ['l before a digit, after a Chinese character', '强制执行l1件', '强制执行11件'],
    ['l before a digit, after a digit', '共计1l2件', '共计112件'],
    ['I before a digit', '案件I6件', '案件16件'],
    ['a code stays', 'PM2.5浓度', 'PM2.5浓度'],
    ['a road stays', 'G15高速', 'G15高速'],
    ['a letter after a digit before a letter stays', '5GO网络', '5GO网络'],
    ['a Roman numeral stays', 'I级响应', 'I级响应'],
    ['two letters in a row', '受理ll6件，审结lO9件', '受理116件，审结109件'],
    ['letters around a thousands comma', '共计l,O45件', '共计1,045件'],
    ['letters around a point', '罚款l.55万元，3.O6万元', '罚款1.55万元，3.06万元'],
    ['letters in a date', '发布日期：2O25-Ol-23', '发布日期：2025-01-23'],
    ['letters alone, no digit among them, stay', 'lO级', 'lO级'],
    ['letters around a comma made full-width', '共计l，O45件，检查l，126家次', '共计1,045件，检查1,126家次'],
    ['a comma left full-width by a letter normalise made a digit', '热线工单2，038件', '热线工单2,038件'],
    ['a clause comma before a short number stays', '共12，l3家', '共12，13家'],
    ['a fraction opened by an O', '没收违法所得O.86万元', '没收违法所得0.86万元'],
    ['letters alone before a unit', '执业许可ll件，出庭应诉率lOO%', '执业许可11件，出庭应诉率100%'],
    ['letters alone before other words stay', '编号lI级', '编号lI级'],
    ['an ISO number stays', 'ISO9001认证', 'ISO9001认证'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(repairOcrDigits(text)).toBe(expected));
  }

  it('keeps the length, so offsets do not move', () => {
    const text = '开展活动6O余场，强制执行l1件';
    expect(repairOcrDigits(text)).toHaveLength(text.length);
  });
});
