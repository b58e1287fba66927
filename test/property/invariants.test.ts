// The invariant checker must catch what it claims to catch, or the property tests prove nothing.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Mention, Report, Section } from '../../src/model/schema.js';
import { violations } from './invariants.js';

const SOURCE = '一、主要工作\n（一）执法\n全年行政处罚案件37宗，罚款4.52万元。\n二、存在问题\n';

function section(over: Partial<Section>): Section {
  return { id: '1', level: 1, marker: '一、', title: '主要工作', kind: 'measures', start: 0, end: 30, line: 1, children: [], ...over };
}

function mention(over: Partial<Mention>): Mention {
  return {
    indicator: 'penalty.cases', label: '行政处罚案件', value: 37, unit: '宗', bound: 'exact', subject: null,
    text: '行政处罚案件37宗', start: 15, end: 24, line: 3, section: null, rule: 'r', ...over,
  };
}

function report(over: Partial<Report>): Report {
  const base = extract(SOURCE);
  if ('error' in base) throw new Error('the fixture must extract');
  return { ...base, sections: [], metrics: [], headline: {}, ...over };
}

describe('violations', () => {
  it('accepts a sound report', () => {
    const sound = report({
      sections: [section({ end: 35, children: [section({ id: '1.1', level: 2, marker: '（一）', title: '执法', start: 7, end: 35, line: 2 })] })],
      metrics: [mention({ section: '1.1' })],
      headline: { 'penalty.cases': { value: 37, mention: 0 } },
    });
    expect(violations(SOURCE, sound)).toEqual([]);
  });

  it.each<[string, Partial<Report>, RegExp]>([
    ['text not the slice', { metrics: [mention({ text: '行政处罚案件38宗' })] }, /not the source slice/],
    ['span past the end', { metrics: [mention({ end: 999 })] }, /outside/],
    ['end before start', { metrics: [mention({ start: 20, end: 10 })] }, /outside/],
    ['wrong line', { metrics: [mention({ line: 1 })] }, /line 1, source says 3/],
    ['out of order', { metrics: [mention({}), mention({ text: '一', start: 0, end: 1, line: 1 })] }, /before the previous/],
    ['section not at its marker', { sections: [section({ start: 1 })] }, /does not start with/],
    ['child outside parent', { sections: [section({ end: 10, children: [section({ id: '1.1', level: 2, marker: '（一）', start: 7, end: 20, line: 2 })] })] }, /not inside its parent/],
    ['overlapping siblings', { sections: [section({ end: 40 }), section({ id: '2', marker: '二、', start: 35, end: 42, line: 4 })] }, /overlaps/],
    ['unknown section id', { metrics: [mention({ section: '9' })] }, /does not exist/],
    ['headline out of range', { headline: { 'penalty.cases': { value: 37, mention: 3 } } }, /does not exist/],
    ['schema', { metrics: [mention({ start: -1 })] }, /schema/],
  ])('catches %s', (_name, over, expected) => {
    expect(violations(SOURCE, report(over)).join('\n')).toMatch(expected);
  });

  it('catches an error record for decodable bytes', () => {
    const record = extract(Uint8Array.from([0xff, 0xfe, 0x00]));
    expect(violations(Buffer.from(SOURCE), record).join('\n')).toMatch(/decodable/);
  });
});
