import { describe, expect, it } from 'vitest';
import { cleanSubject } from '../../src/indicators/subject.js';

describe('cleanSubject', () => {
  it.each([
    ['医疗卫生机构', '医疗卫生机构'],
    ['，其中医师执业注册类', '医师执业注册类'],
    ['数量为', null],
    ['人民币', null],
    ['合计人民币', null],
    ['为¥', null],
    ['金额为￥', '金额'],
    ['件', null],
    ['案件实施了', null],
    ['企业开展了', '企业'],
    ['1.行政处罚类', '行政处罚类'],
    ['（二）行政许可类', '行政许可类'],
    ['一、', null],
    ['次数：', null],
    ['参训人数', '参训'],
    ['校园”活动', '校园活动'],
    ['“法律进社区”活动', '法律进社区活动'],
    ['“双随机”抽查', '双随机抽查'],
    ['开展“双随机”抽查', '开展“双随机”抽查'],
    ['各类违法行为', '各类违法行为'],
    ['违法行为数量为', '违法行为'],
    ['不作为', '不作为'],
    ['的案件', null],
    ['案件，其中食品类', '食品类'],
    ['', null],
    ['一'.repeat(31), null],
  ])('%j → %j', (words, subject) => {
    expect(cleanSubject(words)).toBe(subject);
  });
});
