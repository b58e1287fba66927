// Figure candidates: value, unit as written, bound, and what is never a figure.
import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/indicators/figures.js';
import { buildLexicon } from '../../src/indicators/lexicon.js';
import { alternation } from '../../src/indicators/words.js';

const { figures } = buildLexicon();

function scan(text: string) {
  return scanFigures(text, figures).map((f) => ({ value: f.value, unit: f.unit, bound: f.bound, leadIn: f.leadIn }));
}

describe('scanFigures', () => {
  const read: Array<[string, number, string, string]> = [
    ['罚款27.1651万元', 271651, '万元', 'exact'],
    ['罚款1.09068万元', 10906.8, '万元', 'exact'],
    ['罚款4.52万元', 45200, '万元', 'exact'],
    ['罚没1.2亿元', 120000000, '亿元', 'exact'],
    ['罚款1124500.17元', 1124500.17, '元', 'exact'],
    ['处罚46.6万宗', 466000, '万宗', 'exact'],
    ['覆盖392万余人次', 3920000, '万人次', 'over'],
    ['受众500多万人次', 5000000, '万人次', 'over'],
    ['约5万余人次', 50000, '万人次', 'about'],
    ['300余件以上', 300, '件', 'over'],
    ['超过300余件', 300, '件', 'over'],
    ['近300余件', 300, '件', 'about'],
    ['不低于300件', 300, '件', 'over'],
    ['不超过5件', 5, '件', 'under'],
    ['行政处罚案件数：1126（件）', 1126, '件', 'exact'],
    ['罚款金额：468.9（万元）', 4689000, '万元', 'exact'],
    ['信访件（件）：约200', 200, '件', 'about'],
    ['成功率80.43%', 80.43, '%', 'exact'],
    ['成功率百分之八十', 80, '%', 'exact'],
    ['1,234件', 1234, '件', 'exact'],
    // A dot grouping thousands in a count, which no fraction can have; not in money.
    ['排查化解矛盾纠纷1.024起', 1024, '起', 'exact'],
    ['罚款1.024万元', 10240, '万元', 'exact'],
    ['3７件', 37, '件', 'exact'],
    ['查处三起。', 3, '起', 'exact'],
    ['查处案件九起结案', 9, '起', 'exact'],
    ['法治培训三场共计', 3, '场', 'exact'],
    ['其中一件因程序问题被', 1, '件', 'exact'],
    ['培训班三期共四十八人次', 3, '期', 'exact'],
    ['法律知识培训一场参训60人', 1, '场', 'exact'],
    ['重大行政决策事项五项全部经过合法性审查', 5, '项', 'exact'],
    ['受理十二件', 12, '件', 'exact'],
    ['二十余场', 20, '场', 'over'],
    ['两万余元', 20000, '万元', 'over'],
    ['一百零五人次', 105, '人次', 'exact'],
    ['将近500宗', 500, '宗', 'under'],
    ['不少于6次', 6, '次', 'over'],
    ['不少于：20场', 20, '场', 'over'],
    ['30%以上', 30, '%', 'over'],
    ['500宗左右', 500, '宗', 'about'],
    ['处罚71人（次）', 71, '人次', 'exact'],
    ['接待40人（次）左右', 40, '人次', 'about'],
    ['培训200余人（次）', 200, '人次', 'over'],
    ['参训人数120人次', 120, '人次', 'exact'],
    ['行政处罚案件：120件', 120, '件', 'exact'],
    ['办理案件近百件', 100, '件', 'under'],
    ['开展活动上百次', 100, '次', 'over'],
    ['开展活动上百次左右', 100, '次', 'about'],
    ['培训千余人次', 1000, '人次', 'over'],
    ['受理逾千件', 1000, '件', 'over'],
    ['发放近万份', 10000, '万份', 'under'],
    ['罚款万余元', 10000, '万元', 'over'],
    ['罚款百余万元', 1000000, '万元', 'over'],
    ['审查村规民约16件', 16, '件', 'exact'],
    ['罚款约16万元', 160000, '万元', 'about'],
    ['罚没款千多万元', 10000000, '万元', 'over'],
    ['开展线上120场', 120, '场', 'exact'],
    // A table's row: the number's cell, then its unit's.
    ['|行政处罚案件|128|件|', 128, '件', 'exact'],
    ['|罚没款金额|47.35|万元|', 473500, '万元', 'exact'],
  ];
  for (const [text, value, unit, bound] of read) {
    it(`reads ${text}`, () => expect(scan(text)[0]).toMatchObject({ value, unit, bound }));
  }

  const never: string[] = [
    '2024年', '12·4', '4.25《职业病防治法》', '〔2020〕64号', '﹝2021﹞11号', '20个工作日', '为期3个月', '40学时',
    '一是', '三张清单', '检查数十次', '查处违法案件数十起', '几百件', '二次供水', '八项规定', '“综合查一次”', '12345热线', '第一责任人', '下降5个百分点', '1000项次',
    '罚款5万元以上的案件', '五十人以下的会议', '走访百家企业', '千家万户', '万人空巷', '数百件',
    // A number's cell with no unit's cell after it, or a unit's cell that holds more.
    '|1|警告|37|—|', '|行政处罚|12|件数|',
  ];
  for (const text of never) {
    it(`finds no counted figure in ${text}`, () => {
      const units = new Set(['件', '起', '宗', '个', '次', '项', '家', '元', '场', '张', '份', '%']);
      expect(scan(text).filter((f) => units.has(f.unit))).toEqual([]);
    });
  }

  it('reads a full-width comma between numbers as the end of a clause', () => {
    expect(scan('完成任务120，100%按时办结')).toEqual([{ value: 100, unit: '%', bound: 'exact', leadIn: false }]);
  });

  it('marks a total restated to lead into its breakdown', () => {
    expect(scan('新受理的行政复议151件中，')[0]?.leadIn).toBe(true);
    expect(scan('审结的30件中有')[0]?.leadIn).toBe(true);
    expect(scan('对110所中小学校')[0]?.leadIn).toBe(false);
  });
});

describe('alternation', () => {
  it('puts longer words first, so the longest match wins', () => {
    const re = new RegExp(alternation(['处罚', '行政处罚案件', '行政处罚']), 'g');
    expect('全年行政处罚案件37宗'.match(re)).toEqual(['行政处罚案件']);
  });
  it('escapes regex characters', () => {
    expect(new RegExp(`^(?:${alternation(['a.b', '(c)'])})$`).test('axb')).toBe(false);
  });
});
