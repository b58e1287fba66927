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
