import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/indicators/find.js';
import { normalise } from '../../src/normalise/normalise.js';

function mentions(source: string): string[] {
  return findMentions(normalise(source), []).map((m) => `${m.indicator}=${m.value}:${m.subject ?? ''}`);
}

const TOTAL = '一、执法总体情况\n全年全局共作出行政处罚决定1,000件，罚没款合计650万元。\n二、分类统计情况\n';

describe('parts of a total classed under a heading of their own', () => {
  it.each([
    ['by field, each with its share or its money', '（一）按执法领域\n市容环境卫生类案件600件，占60%；城乡规划类案件300件，罚款金额420万元；其他类案件100件。', ['penalty.cases=600:市容环境卫生类案件', 'penalty.cases=300:城乡规划类案件', 'penalty.fines_yuan=4200000:城乡规划类案件', 'penalty.cases=100:其他类案件']],
    ['by the kind of penalty, whose words are cues of their own', '（二）按处罚种类统计\n警告200件；罚款750件；责令停产停业50件。', ['penalty.cases=200:警告', 'penalty.cases=750:罚款', 'penalty.cases=50:责令停产停业']],
  ])('%s', (_name, block, parts) => {
    expect(mentions(TOTAL + block)).toEqual(['penalty.cases=1000:', 'penalty.forfeiture_yuan=6500000:', ...parts]);
  });

  it.each([
    ['parts that do not add up to a total before the heading', '（一）按执法领域\n市容环境卫生类案件600件；城乡规划类案件300件。'],
    ['a heading that classes nothing', '（一）执法领域情况\n市容环境卫生类案件600件；城乡规划类案件300件；其他类案件100件。'],
    ['figures after the first sentence under the heading', '（一）按执法领域\n各领域分布较为均衡。市容环境卫生类案件600件；城乡规划类案件300件；其他类案件100件。'],
  ])('takes no part: %s', (_name, block) => {
    expect(mentions(TOTAL + block)).toEqual(['penalty.cases=1000:', 'penalty.forfeiture_yuan=6500000:']);
  });
});

describe('parts named by a period alone', () => {
  it.each([
    ['months after an opener', '全年共作出行政处罚决定100件。各月办理情况如下\n1月 20件；2月 30件；\n3月 50件。', ['penalty.cases=100:', 'penalty.cases=20:1月', 'penalty.cases=30:2月', 'penalty.cases=50:3月']],
    ['halves after a change', '全年办理行政处罚案件2,064宗，较上年增加8.3%，上半年1,012宗，下半年1,052宗。', ['penalty.cases=2064:', 'penalty.cases=1012:上半年', 'penalty.cases=1052:下半年']],
  ])('%s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('takes no part where the periods do not add up to a total', () => {
    expect(mentions('全年办理行政处罚案件2,064宗，较上年增加8.3%，上半年1,012宗，下半年1,000宗。')).toEqual(['penalty.cases=2064:']);
  });
});
