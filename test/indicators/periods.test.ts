// Another period's levels (periods.ts): each is a mention of the indicator of the figure it is the
// level then of, with the period as its subject; this year's said after last year's has none.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/indicators/find.js';
import { normalise } from '../../src/normalise/normalise.js';

function mentions(text: string): string[] {
  return findMentions(normalise(text), []).map((m) => `${m.indicator}=${m.value}${m.subject === null ? '' : ` [${m.subject}]`}`);
}

const CASES: ReadonlyArray<[string, string, string[]]> = [
  ['in brackets after the figure', '全年罚款5.6万元（2023年为4.2万元）。', ['penalty.fines_yuan=56000', 'penalty.fines_yuan=42000 [2023年]']],
  ['in a clause of its own', '办理行政许可5632件，上年同期4980件。', ['license.cases=5632', 'license.cases=4980 [上年同期]']],
  ['after a change in another unit', '接待来访群众856人次，同比上升5.4%，上年同期为812人次。', ['petition.visitors=856 [群众]', 'petition.visitors=812 [上年同期]']],
  ['this year\'s after last year\'s', '上年度办理复议案件876件，本年度为1014件。', ['reconsideration.cases=876', 'reconsideration.cases=1014']],
  [
    'a list in brackets, each in its unit',
    '查处案件63起，罚款398.2万元，同比分别增长53.7%和76.2%（2021年为41起、226万元）。',
    ['penalty.cases=63', 'penalty.fines_yuan=3982000', 'penalty.cases=41 [2021年]', 'penalty.fines_yuan=2260000 [2021年]'],
  ],
  [
    'after a change no cue names, of the figure the change took it to',
    '收到行政复议申请40件，审结36件，同比减少5件（上年为45件）。',
    ['reconsideration.cases=40', 'reconsideration.closed=36', 'reconsideration.cases=45 [上年]'],
  ],
  [
    'a list in brackets after the period compared with, each in its unit',
    '办理行政处罚案件2,614件，罚款1,743.6万元，较上年（2,301件、1,528.9万元）分别增长13.6%、14.0%。',
    ['penalty.cases=2614', 'penalty.fines_yuan=17436000', 'penalty.cases=2301 [上年]', 'penalty.fines_yuan=15289000 [上年]'],
  ],
  [
    'years listed in brackets, each with its level',
    '查处违法案件436宗（2022年、2023年分别为703宗、551宗）。',
    ['penalty.cases=436', 'penalty.cases=703 [2022年]', 'penalty.cases=551 [2023年]'],
  ],
  ['more years listed than levels: none', '查处违法案件436宗，2021年、2022年、2023年分别为703宗、551宗。', ['penalty.cases=436']],
  ['after a remark in a clause of its own', '收到行政复议申请1362件，同比增长19.4%，创历史新高，上年为1141件。', ['reconsideration.cases=1362', 'reconsideration.cases=1141 [上年]']],
  ['after a change a cue names', '行政诉讼案件减少2件（2024年为6件）。', ['litigation.cases=6 [2024年]']],
];

describe('levels of another period', () => {
  for (const [name, text, expected] of CASES) {
    it(`${name}: ${text}`, () => expect(mentions(text)).toEqual(expected));
  }
});
