import { describe, expect, it } from 'vitest';
import { courtsOwn } from '../../src/indicators/courts.js';

// The words of a sentence up to a figure, the figure's indicator, and whether the figure is a court's own.
const CASES: ReadonlyArray<[string, string, boolean]> = [
  ['另据区人民法院统计，该院全年共受理各类一审行政案件', 'litigation.cases', true],
  ['全县人民法院共受理行政诉讼案件', 'litigation.cases', true],
  ['鼓楼区人民法院在街道设立的“法官工作室”全年诉前化解纠纷', 'mediation.cases', true],
  ['检察院立案办理行政公益诉讼案件', 'litigation.cases', true],
  // What a court ruled against the agencies is their suits lost, unless the court is cited for it.
  ['全市法院审结一审行政诉讼案件560件，行政机关败诉', 'litigation.lost', false],
  ['据区人民法院通报，全区法院审理的一审行政诉讼案件中行政机关败诉', 'litigation.lost', true],
  ['据市中级人民法院统计，全市法院新收一审行政案件', 'litigation.cases', true],
  // A court acted on or worked with, or the body's own cases before it.
  ['申请法院强制执行', 'coercion.cases', false],
  ['向区人民法院申请强制执行', 'coercion.cases', false],
  ['联合区人民法院共同化解矛盾纠纷', 'mediation.cases', false],
  ['配合检察院办理公益诉讼案件', 'litigation.cases', false],
  ['承接法院委派调解案件', 'mediation.cases', false],
  ['全市法院共受理以市政府为被告的一审行政案件', 'litigation.cases', false],
  ['区人民法院受理我局申请的非诉执行案件', 'coercion.cases', false],
  // A body of its own after the court's clause; 该院 with no court before it is another 院.
  ['区人民法院诉前化解纠纷286件，街道调委会调解纠纷', 'mediation.cases', false],
  ['对某医院开展专项检查，该院共有执业医师32人，罚款', 'penalty.fines_yuan', false],
  ['全年共受理行政复议申请', 'reconsideration.cases', false],
];

describe('courtsOwn', () => {
  for (const [words, indicator, own] of CASES) {
    it(`${words}… (${indicator}) → ${own ? 'the court\'s' : 'the body\'s'}`, () => expect(courtsOwn(words, indicator)).toBe(own));
  }
});
