// The shape of a catalogue entry: an indicator is data (labels, cue words,
// units, examples), never a function. find.ts reads these entries.
import type { Bound } from '../model/schema.js';

/** What a paragraph is about, for cue words that mean different things in different paragraphs (撤销, 受理, 办结). */
export const TOPICS = ['reconsideration', 'litigation', 'petition'] as const;
export type Topic = (typeof TOPICS)[number];

export interface CueRule {
  /** The words themselves; the longest one that matches wins over its prefixes. */
  words: readonly string[];
  /** The paragraph must be about this (the last topic word before the cue decides). */
  topic?: Topic;
  /** The paragraph must be about none of these (结案 in a paragraph on reconsideration is how one ended, not a penalty case closed). */
  notTopic?: readonly Topic[];
  /** One of these acts must stand just before the word (审核 + 规范性文件 → a review, not a document). */
  act?: readonly string[];
  /** The act may stand anywhere before the word in its clause, where no other act stands between (审查区政府及区政府办公室规范性文件11件). */
  actInClause?: boolean;
  /** None of these may stand just before the word (撤回 + 复议申请 is a withdrawal). */
  notAct?: readonly string[];
  /** None of these may stand earlier in the sentence: they make it other work (仲裁案件865件，结案812件). */
  notInSentence?: readonly string[];
  /** None of these may stand in the heading the cue is under: it heads other casework (（三）专利侵权纠纷行政裁决 / 结案226件). */
  notUnderHeading?: readonly string[];
  /** None of these may stand earlier in the cue's clause: the figure counts them too (办理市长信箱、12345热线等渠道转办件325件). */
  notInClause?: readonly string[];
  /** One of these must stand earlier in the sentence (法治进校园…法治讲座400余场 is for the public). */
  inSentence?: readonly string[];
  /** One of these in the report's title stands for `inSentence` in every sentence (a hotline centre's report: its 诉求 are the hotline's). */
  inTitle?: readonly string[];
  /**
   * People named after the figure, in its clauses, or in the heading it stands under, whom it was for (举办法治讲座9场…，
   * 参与学生1.1万余人次; （三）丰富学生法治教育形式): they count as words of `inSentence` or `notInSentence` would before it.
   */
  audienceAfter?: readonly string[];
  /** One of these acts must follow the word in its clause (对3件规范性文件进行了合法性审查). */
  actAfter?: readonly string[];
  /** None of these may follow the word in its clause (387名执法人员参加年度执法资格考试: an exam attended, no training). */
  notActAfter?: readonly string[];
  /** The sentence must speak of law (学习 is law study only when it does). */
  law?: boolean;
  /** The last mention in the sentence must be of one of these (覆盖1100余人次 after a training count). */
  follows?: readonly string[];
  /** The figure may not repeat the value of the sentence's last mention, if that is of one of these, nor be less where its clause names no things of its own: it counts the same things again, or some of them (审查…62件，出具审查意见62份; 审核…137件次，出具书面审核意见52份). */
  notRepeating?: readonly string[];
  /** After the figure: how its cases ended (败诉, 被撤销), naming it over a case noun right after it (2件行政诉讼案件败诉). */
  outcome?: boolean;
  /** Units this cue accepts instead of the indicator's own (处罚决定书 counts cases in 份). */
  units?: readonly string[];
  /** The least value it counts: below it the figure counts something else (编印《…汇编》1册: the titles compiled, not the copies). */
  atLeast?: number;
  /** The kind of case the cue word itself names (简易程序案件), the mention's subject when no other words stand between. */
  kind?: string;
}

export interface Example {
  /** A short sentence in the shape of the reports. */
  text: string;
  value: number;
  bound?: Bound;
}

export interface Indicator {
  id: string;
  label: string;
  core: boolean;
  /** Units accepted (base units: 万元 is 元 with a scale, 万人次 is 人次). */
  units: readonly string[];
  /** A statement that it did not happen (无…行政复议) is a mention with value 0. */
  zeroable: boolean;
  /** Cue words before the figure, in the same sentence (the nearest one decides). */
  before: readonly CueRule[];
  /** Cue words after the figure, in the same clause (15宗重大行政处罚案件; 对29所学校进行监督). */
  after?: readonly CueRule[];
  /** Words that name it in a zero statement (无行政复议或行政诉讼案件). */
  zero?: readonly string[];
  /** Words that name it in a zero statement only in a paragraph on the topic (行政复议…，无被撤销、变更或确认违法情形). */
  zeroInTopic?: { topic: Topic; words: readonly string[] };
  /** Units that count it only where one of the nouns stands between cue and figure or right after the figure (个: 案件). */
  unitNouns?: Readonly<Record<string, readonly string[]>>;
  /** Words between cue and figure that cancel the mention (发现5起 is found, not punished). */
  blockers?: readonly string[];
  /** Words right after the figure that say it counts something else (12人取得执法证件: those who got a result). */
  notAfter?: readonly string[];
  /** Acts that, alone in a clause after one of its figures, name a part of the same things (，办结1172件 after 受理行政许可申请1186件). */
  partActs?: readonly string[];
  /** With unit 项, a sentence holding one of these counts items on a list (行政权力300项，其中行政许可15项). */
  listWords?: readonly string[];
  /** Example sentence → mentions of this indicator it must give. */
  examples: readonly Example[];
  /** Sentences that must give no mention of this indicator. */
  counterExamples: readonly string[];
}

/** Identity helper: checks an entry against the type where it is written. */
export function defineIndicator(entry: Indicator): Indicator {
  return entry;
}
