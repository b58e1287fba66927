// Figures that count nothing, whatever cue stands by them (not-counted.ts): each sentence
// lists the mentions it gives, and the figure that counts nothing is none of them.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/indicators/find.js';
import { normalise } from '../../src/normalise/normalise.js';

function mentions(text: string): string[] {
  return findMentions(normalise(text), []).map((m) => `${m.indicator}=${m.value}`);
}

const CASES: ReadonlyArray<[string, string, string[]]> = [
  ['both ends of a range', '全年罚款金额1.2万元至5万元不等。', []],
  ['a range, then the total a cue reaches over it', '开展行政检查200至300次不等，合计3120次。', ['inspection.count=3120']],
  ['an average per case', '全年作出罚款决定136件，案均罚款2.3万元。', ['penalty.fine_cases=136']],
  ['a fraction of a count', '户均检查次数由3.2次降至1.5次。', []],
  ['things put on a list', '制定监督检查计划，将2846家企业纳入检查对象库。', []],
  ['a target', '出庭应诉率未达到省定100%目标。', []],
  ['a target in quotes, compared with', '行政机关负责人出庭应诉率达96.6%，高于全省“出庭应诉率90%以上”的目标要求。', ['litigation.head_appearance_rate=96.6']],
  ['a note on how things are counted', '一案多罚的计为1件。', []],
  ['things counted above, named again', '全年办理行政许可120件，其中延续许可18件，上述18件均已办结。', ['license.cases=120', 'license.cases=18']],
  ['things counted above, named again, after parts', '全年受理投诉举报120件，其中投诉85件、举报35件，上述35件均已核查。', ['complaint.cases=120', 'complaint.cases=85', 'complaint.cases=35']],
  ['how many were ranked', '行政执法考核在全区43个街乡中排名第2。', []],
  ['a bound on each', '罚款金额均在1000元以下。', []],
  ['how often, each month', '坚持每月开展普法活动1场。', []],
  ['how often, for each of those regulated', '对D类企业每年检查不少于2次。', []],
  ['a cap on how often', '原则上一年内检查不超过1次。', []],
  ['a programme named in quotes is no frequency', '开展“每月一课”学法活动12次。', ['training.sessions=12']],
];

describe('figures that count nothing', () => {
  for (const [name, text, expected] of CASES) {
    it(`${name}: ${text}`, () => expect(mentions(text)).toEqual(expected));
  }
});
