// The yes/no check read from a schema must say what zod's parse says: never yes
// where zod says no (a bad report would go out), and no only where zod says no too
// on the kinds it knows.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkOf } from '../../src/model/check.js';
import { Report } from '../../src/model/schema.js';
import { makeReport, section } from '../format/make-report.js';

const count = z.number().check(z.int(), z.nonnegative());
const above = z.number().check(z.gt(2));
const code = z.string().check(z.regex(/^[a-f]+$/g));
const node: z.ZodMiniType<{ name: string; kids: unknown[] }> = z.lazy(() => z.object({ name: z.string(), kids: z.array(node) }));
const scores = z.record(z.string(), z.object({ at: count }));
class Scores {
  a = { at: 1 };
}
const symbolKeyed = { a: { at: 1 }, [Symbol('s')]: { at: 2 } };

const holey: unknown[] = ['a'];
holey[2] = 'c';

describe('checkOf agrees with zod', () => {
  it.each<[string, z.core.$ZodType, unknown]>([
    ['a string', z.string(), 'x'],
    ['a number for a string', z.string(), 1],
    ['NaN', z.number(), Number.NaN],
    ['Infinity', z.number(), Number.POSITIVE_INFINITY],
    ['a count', count, 3],
    ['minus zero as a count', count, -0],
    ['a negative count', count, -1],
    ['a fractional count', count, 1.5],
    ['a count beyond safe integers', count, 2 ** 60],
    ['a number at an exclusive bound', above, 2],
    ['a number past an exclusive bound', above, 2.5],
    ['a match of a global pattern', code, 'abc'],
    ['the same match again (lastIndex reset)', code, 'abc'],
    ['a miss of a pattern', code, 'abx'],
    ['null where nullable', z.nullable(z.string()), null],
    ['undefined where nullable', z.nullable(z.string()), undefined],
    ['an enum member', z.enum(['a', 'b']), 'b'],
    ['not an enum member', z.enum(['a', 'b']), 'c'],
    ['the literal', z.literal('1'), '1'],
    ['a number for a string literal', z.literal('1'), 1],
    ['an array of strings', z.array(z.string()), ['a', 'b']],
    ['an array with a hole', z.array(z.string()), holey],
    ['an object for an array', z.array(z.string()), { length: 0 }],
    ['an object with extra keys', z.object({ a: z.string() }), { a: 'x', b: 1 }],
    ['an object without a key', z.object({ a: z.string() }), {}],
    ['an array for an object', z.object({}), []],
    ['a nested tree', node, { name: 'a', kids: [{ name: 'b', kids: [] }] }],
    ['a nested tree with a bad leaf', node, { name: 'a', kids: [{ name: 'b', kids: [{ name: 3, kids: [] }] }] }],
    ['a record', scores, { a: { at: 1 }, b: { at: 2 } }],
    ['a record with a bad value', scores, { a: { at: 1 }, b: { at: -2 } }],
    ['a record without prototype', scores, Object.assign(Object.create(null) as object, { a: { at: 1 } })],
    ['a class instance as a record', scores, new Scores()],
    ['a record with a symbol key', scores, symbolKeyed],
    ['an array as a record', scores, []],
    ['an optional key, left to zod', z.object({ a: z.optional(z.string()) }), {}],
    ['a string format, left to zod', z.email(), 'a@b.cn'],
    ['a bad string format, left to zod', z.email(), 'a@'],
    ['a union, left to zod', z.union([z.string(), z.number()]), 1],
  ])('%s', (_, schema, value) => {
    expect(checkOf(schema)(value)).toBe(z.safeParse(schema, value).success);
  });

  it.each<[string, (r: Report) => void]>([
    ['a well-formed report', () => {}],
    ['nested sections', (r) => r.sections[0]?.children.push(section('1.1', '（一）', '复议', 'measures', 7, 24))],
    ['a bad hash', (r) => (r.source.sha256 = 'ABC')],
    ['a bad line deep in the outline', (r) => r.sections[0]?.children.push({ ...section('1.1', '（一）', '复议', 'measures', 7, 24), line: 0 })],
    ['a headline pointing before the first mention', (r) => (r.headline['review.cases'] = { value: 12, mention: -1 })],
    ['a missing warning message', (r) => r.warnings.push({ code: 'x' } as never)],
    ['an unknown genre', (r) => ((r.document as { genre: string }).genre = 'memo')],
  ])('on a report: %s', (_, change) => {
    const r = makeReport('一、主要举措\n全年办理行政复议案件12件。', [{ indicator: 'review.cases', label: '行政复议案件', text: '行政复议案件12件', value: 12, unit: '件', section: '1' }], {
      sections: [section('1', '一、', '主要举措', 'measures', 0, 24)],
    });
    change(r);
    expect(checkOf(Report)(r)).toBe(Report.safeParse(r).success);
  });
});
