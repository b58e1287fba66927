// fast-check arbitraries weighted towards the text of these reports: CJK prose,
// figures in every notation, heading markers, units, odd whitespace and broken
// Unicode; and the seed reports mutated as text and as bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { SEEDS } from './cli.js';

const MARKERS = [
  '一、', '二、', '十一、', '二十、', '（一）', '（十二）', '(三)', '(1)', '（2）', '1.', '2．', '3、', '10.',
  '第一部分', '第二章', '第三节', '一是', '二是', '其一，', '①', '⑵', '㈠', 'Ⅱ.', '一.', '(一)、',
];
const NUMBERS = [
  '37', '0', '007', '1.5', '12.', '.5', '1.2.3', '4.52', '1,234', '1，234', '１２３', '３．５', '1e9', '9999999999999999999999',
  '三十七', '十', '一百零五', '两千', '二〇二四', '壹佰贰拾', '4.52万', '3亿', '百分之九十五', '千分之三', '万', '亿万', '零', '〇',
  '1/3', '三分之一', '−5', '-12', '+3', '2024', '2025年3月1日', '2021-12-10', '第1', '十几', '数十', '上百',
];
const UNITS = ['件', '宗', '起', '万元', '元', '亿元', '%', '％', '‰', '人次', '人', '次', '个', '家', '项', '条', '余件', '多宗', '万余元', '个百分点'];
const WORDS = [
  '行政处罚案件', '罚没款', '罚款', '没收违法所得', '行政复议', '行政诉讼', '行政应诉', '败诉', '信访', '行政许可', '执法检查', '办理', '受理', '办结',
  '共', '全年', '累计', '同比增长', '同比下降', '约', '超过', '不足', '以上', '以下', '近', '达', '其中', '合计',
  '主要工作及成效', '存在的问题', '不足和原因', '下一步工作计划', '下步打算', '主要负责人履行推进法治建设第一责任人职责情况',
  '关于2024年法治政府建设情况的报告', '年度报告', '市卫生健康委', '区人民政府', '发布日期：', '成文日期', '2024年12月31日',
  '行政處罰案件', '罰款', '萬元', '複議', '訴訟', '發佈日期', // Traditional
  '，', '。', '；', '：', '、', '（', '）', '“', '”', '《', '》', '—', '…', '·',
];
const SPACES = [' ', '　', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\n\n\n', '\u00a0', '\u200b', '\ufeff', '\f', '\u2028', '\u0085'];
const ODD = ['😀', '👨‍👩‍👧', '𠀀', '𪚥', '\ud800', '\udfff', '\udc00\ud800', 'e\u0301', '\u202e', '\u0000', '\u001b', 'Ａ', '＄', '\\', '$&', '(?:', '[', '*'];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.stringMatching(/^\d{1,12}$/) },
  { weight: 3, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
);

const CUES = ['行政处罚案件', '罚款', '罚没款', '行政复议案件', '行政诉讼案件', '信访件', '办理行政许可', '开展执法检查', '受理', '没收违法所得'];

/** A figure the way reports state one: cue, optional bound, number, unit. */
const figure: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CUES), fc.constantFrom('', '共', '约', '超过', '达', '不足', '同比增长'), fc.oneof(fc.constantFrom(...NUMBERS), fc.stringMatching(/^\d{1,6}(?:\.\d{1,2})?$/)), fc.constantFrom(...UNITS), fc.constantFrom('，', '。', '；', ''))
  .map((parts) => parts.join(''));

/** A short text made of report-like tokens, with heading lines and figures in every notation. */
export const reportText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: figure }), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A run of one token repeated: the shape of pathological input (long digit runs, marker storms). */
export const repeatedText: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(token, fc.constantFrom(...MARKERS.map((m) => `\n${m}`))), fc.integer({ min: 1, max: 400 }))
  .map(([t, n]) => t.repeat(n));

export const SEED_TEXTS: readonly string[] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

type LineEdit = (lines: string[], at: number, other: number) => string[];

const LINE_EDITS: Record<string, LineEdit> = {
  delete: (lines, at) => lines.filter((_, i) => i !== at),
  duplicate: (lines, at) => [...lines.slice(0, at + 1), ...lines.slice(at)],
  swap: (lines, at, other) => lines.map((line, i) => (i === at ? lines[other] : i === other ? lines[at] : line) ?? ''),
  join: (lines, at) => [...lines.slice(0, at), lines.slice(at, at + 2).join(''), ...lines.slice(at + 2)],
  // Half a surrogate pair or a line cut in the middle of a word.
  cut: (lines, at, other) => lines.map((line, i) => (i === at ? line.slice(0, other % (line.length + 1)) : line)),
};

const lineEdit = fc.record({
  kind: fc.constantFrom(...(Object.keys(LINE_EDITS) as Array<keyof typeof LINE_EDITS>)),
  at: fc.nat(),
  other: fc.nat(),
});

/** A window of a seed report (kept short so that thousands of cases stay fast). */
const seedWindow = fc
  .record({ seed: fc.nat({ max: SEED_TEXTS.length - 1 }), from: fc.nat(), length: fc.integer({ min: 0, max: 2500 }) })
  .map(({ seed, from, length }) => {
    const text = SEED_TEXTS[seed] ?? '';
    const start = from % (text.length + 1);
    return text.slice(start, start + length);
  });

/** A seed window with lines deleted, duplicated, swapped, joined or cut, and tokens spliced in. */
export const mutatedSeed: fc.Arbitrary<string> = fc
  .tuple(seedWindow, fc.array(lineEdit, { maxLength: 6 }), fc.array(fc.tuple(fc.nat(), token), { maxLength: 4 }))
  .map(([text, edits, inserts]) => {
    let lines = text.split('\n');
    for (const { kind, at, other } of edits) {
      if (lines.length === 0) break;
      lines = LINE_EDITS[kind]!(lines, at % lines.length, other % lines.length);
    }
    let out = lines.join('\n');
    for (const [at, t] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + t + out.slice(i);
    }
    return out;
  });

const ENCODE: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (t) => Buffer.from(t, 'utf8'),
  'utf-8 BOM': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  gb18030: (t) => iconv.encode(t, 'gb18030'),
  'utf-16le BOM': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
};

const byteEdit = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
);

/** Seed text encoded (UTF-8, GB18030, UTF-16), cut at any byte (mid-character) and with bytes flipped, set or dropped. */
export const mutatedSeedBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(mutatedSeed, fc.constantFrom(...Object.keys(ENCODE)), fc.nat(), fc.nat(), fc.array(byteEdit, { maxLength: 2 }))
  .map(([text, encoding, cutStart, cutEnd, edits]) => {
    const encoded = ENCODE[encoding]!(text);
    // Cut a few bytes off either end, often in the middle of a character.
    const from = cutStart % 5 === 0 ? cutStart % 3 : 0;
    let bytes = Array.from(encoded.subarray(from, Math.max(from, encoded.length - (cutEnd % 5 === 0 ? cutEnd % 3 : 0))));
    for (const edit of edits) {
      if (bytes.length === 0) break;
      const at = edit.at % bytes.length;
      if (edit.kind === 'flip') bytes[at] = (bytes[at] ?? 0) ^ (1 << edit.bit);
      else if (edit.kind === 'set') bytes[at] = edit.value;
      else bytes = [...bytes.slice(0, at), ...bytes.slice(at + edit.count)];
    }
    return Uint8Array.from(bytes);
  });

/** Any text input lawrep may meet: generated report-like text, repetitions, mutated seeds. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: reportText },
  { weight: 1, arbitrary: repeatedText },
  { weight: 2, arbitrary: mutatedSeed },
);
