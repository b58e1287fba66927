import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';
import type { SectionDraft } from '../../src/pipeline.js';
import { structure } from '../../src/structure/structure.js';
import { crlf, fullWidthDigits, rewrap } from '../helpers/reshape.js';

// Lines in the shape of a report: headings of every family (some with stray
// spaces or half-width brackets), running text, chrome, blank lines.
const line = fc.constantFrom(
  '一、主要举措和成效', '二、存在的问题', '三、 下一步工作安排', '（一）依法行政。严格落实法定程序，审核案件23件。', '(二)规范执法',
  '（三 ）政务服务', '1.加强审查', '2、落实改革', '（1）细化标准', '第一部分 数据表', '一是加强培训。二是完善制度。',
  '全年办理行政许可5650件，行政处罚案件37宗，罚款26.6万元。', '4.25世界知识产权日开展宣传。', '', '   ', '发布时间:2026-01-29',
  '- 3 -', '某局2024年法治政府建设工作报告', '行政復議案件4件。',
);
const report = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));
const layout = fc.constantFrom<(t: string) => string>((t) => t, (t) => rewrap(t, 13), crlf, fullWidthDigits);

function flat(sections: SectionDraft[]): SectionDraft[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

describe('sections of any text', () => {
  it('start at their marker, end after they start, and nest inside their parent', () => {
    fc.assert(
      fc.property(report, layout, (text, shape) => {
        const source = shape(text);
        const { sections } = structure(normalise(source));
        for (const s of flat(sections)) {
          expect(source.slice(s.start).startsWith(s.marker)).toBe(true);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(source.length);
          for (const c of s.children) {
            expect(c.level).toBe(s.level + 1);
            expect(c.start).toBeGreaterThanOrEqual(s.start);
            expect(c.end).toBeLessThanOrEqual(s.end);
          }
        }
        for (let i = 1; i < sections.length; i++) expect(sections[i]?.start).toBe(sections[i - 1]?.end);
      }),
      { numRuns: 300 },
    );
  });
});
