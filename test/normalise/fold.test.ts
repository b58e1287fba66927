import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';

// Each case is one short paragraph; the expected text is what indicator rules match against.
const cases: Array<[string, string, string]> = [
  ['full-width digits and letters', '罚款１２３４元，ＡＢＣ类', '罚款1234元，ABC类'],
  ['half-width punctuation between CJK', '全年,共检查(含复查)3次;结案:5件', '全年，共检查（含复查）3次；结案：5件'],
  ['an ASCII full stop after Chinese words ends a sentence', '审查37件次. 清理规范性文件14件(含3件). 废止3件.', '审查37件次。清理规范性文件14件（含3件）。废止3件。'],
  ['not in a number, a file name, nor after a heading\'s numeral', '罚款1.5万元，统计表.docx，一.总则', '罚款1.5万元，统计表.docx，一.总则'],
  ['thousands separator survives', '罚款1,234元', '罚款1,234元'],
  ['full-width comma between digits is a separator', '罚款1，234元', '罚款1,234元'],
  ['an apostrophe between digits is a separator', "检查2'315家次，接待1’108人次，“12”项", '检查2,315家次，接待1,108人次，“12”项'],
  ['decimal point survives', '罚没26.6万元，占80.43%', '罚没26.6万元，占80.43%'],
  ['full-width full stop in a number', '罚没２６．６万元', '罚没26.6万元'],
  ['clock time keeps its colon', '于09:17召开会议:全体参加', '于09:17召开会议：全体参加'],
  ['spaces around digits dropped', '2024 年，审核案件 23 件', '2024年，审核案件23件'],
  ['space inside a number dropped', '参加应诉案件1 5起', '参加应诉案件15起'],
  ['a space before a thousands comma dropped', '开展行政检查4 ,516次', '开展行政检查4,516次'],
  ['numbers set apart by a tab stay apart', '合计\t12\t34', '合计12 34'],
  ['a row laid out in spaces: a gap after a count before a label and its figure ends a cell', '行政复议 4件  维持 3件\t纠正：1件', '行政复议4件；维持3件；纠正：1件'],
  ['a single space there too, and after money', '行政复议 0件 行政诉讼 0件，罚款 1.2万元  没收 3万元', '行政复议0件；行政诉讼0件，罚款1.2万元；没收3万元'],
  ['no cell after a count followed by its noun, a date, or a label without figure', '办理 15件  行政复议案件，2024年12月  来源：本局，处罚 3件  详见附表', '办理15件行政复议案件，2024年12月来源：本局，处罚3件详见附表'],
  ['a run-in head set off by a wide space or a run of spaces ends as a colon would', '案件查处\u3000全市共立案163起，结案151起', '案件查处：全市共立案163起，结案151起'],
  ['a run of spaces after a head too', '普法宣传  全年开展活动37场。', '普法宣传：全年开展活动37场。'],
  ['no head: the two halves of a heading', '坚持依法行政\u3000建设法治政府', '坚持依法行政建设法治政府'],
  ['no head after 一是 nor a part', '一是\u3000强化学习，二是', '一是强化学习，二是'],
  ['no head before a single narrow space', '案件查处 全市共立案163起，结案', '案件查处全市共立案163起，结案'],
  ['no head longer than a head', '全市自然资源系统认真\u3000落实要求，共立案', '全市自然资源系统认真落实要求，共立案'],
  ['no head before a number', '行政复议\u30004件，维持3件', '行政复议4件，维持3件'],
  ['space between Latin words kept', '使用 Web of Science 数据', '使用Web of Science数据'],
  ['NBSP and ideographic spaces are spaces', '共\u00a0计\u30003\u00a0件', '共计3件'],
  ['stray space in a marker', '（三 ）政务服务', '（三）政务服务'],
  ['small form brackets', '﹝2021﹞11号', '〔2021〕11号'],
  ['Traditional folded to Simplified', '行政復議案件4件，訴訟3件', '行政复议案件4件，诉讼3件'],
  ['Traditional whose own form is Traditional too', '檢查商戶38戶次，稅務稽查，溫州，脫貧，羣眾', '检查商户38户次，税务稽查，温州，脱贫，群众'],
  ['Traditional variant chains to their end, Simplified left as it is', '什麼、颱風、什么', '什么、台风、什么'],
  ['the old form 馀 of 余 folded', '开展活动二十馀场次，罚款3万馀元', '开展活动二十余场次，罚款3万余元'],
  ['Simplified 著 is left alone', '成效显著，著力推进', '成效显著，著力推进'],
  ['pinyin gloss removed', '城鄉(xiāng)建設(shè)局', '城乡建设局'],
  ['brackets that are not glosses stay', '案件(共3件)', '案件（共3件）'],
  ['a form feed (page break) is a space', '行政处罚\f案件12件', '行政处罚案件12件'],
  ['zero-width characters removed', '行政\u200b处罚', '行政处罚'],
  ['HTML tags left in the text removed', '<p>处罚案件<span class="num">120</span>件<br/></p>', '处罚案件120件'],
  ['HTML spaces removed', '&nbsp;&nbsp;处罚&emsp;案件&#12288;120&nbsp;件', '处罚案件120件'],
  ['a less-than sign and an ampersand that are text stay', '罚款<5000元，A&B类', '罚款<5000元，A&B类'],
  ['HTML names of characters read as the characters', '开展&ldquo;法律七进&rdquo;活动&#8220;132&#x201D;场&amp;次', '开展“法律七进”活动“132”场&次'],
  ['an unknown or out-of-range name stays, its semicolon folded as any', '&foo;&#0;&#x1F600;', '&foo；&#0；&#x1F600；'],
  ['Markdown emphasis removed', '罚款**12**万元，__共计__3件', '罚款12万元，共计3件'],
  ['a Markdown heading mark removed at the start of a line only', '## 二、存在问题', '二、存在问题'],
  ['a # that is text stays', '#3号文件，C#语言，a*b', '#3号文件，C#语言，a*b'],
  ['a tag broken by a line end stays', '处罚<span\nclass>案件', '处罚<span\nclass>案件'],
  ['a thousands comma at a line\'s end before three digits is a separator', '工单9,\n862件', '工单9,\n862件'],
  ['so is one at a line\'s start after a digit, across CRLF', '许可11\r\n,203件', '许可11\n,203件'],
  ['not a comma before four digits or after a word', '共12,\n3456件，工单,\n862件', '共12，\n3456件，工单，\n862件'],
  ['a scanner\'s O and l for digits beside digits, or alone before a unit', '案件1O86件，决定l5件，6O件，败诉O件，撤销l件，2O25-O1-22', '案件1086件，决定15件，60件，败诉0件，撤销1件，2025-01-22'],
  ['but not inside Latin words, nor an O that opens a run', 'O2O模式，IPv6，PDF1版，Ol2', 'O2O模式，IPv6，PDF1版，Ol2'],
];

describe('folding for matching', () => {
  it.each(cases)('%s', (_name, source, text) => {
    expect(normalise(source).text).toBe(text);
  });

  it('keeps the length of the map one more than the text', () => {
    const norm = normalise('行政處罰１２件，罚款 3.5 万元');
    expect(norm.toSource.length).toBe(norm.text.length + 1);
    expect(norm.toSource[norm.text.length]).toBe(norm.source.length);
  });
});
