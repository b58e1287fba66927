// Clauses that name only an act, right before a figure (，办结1172件, ，拟废止3件): the figure counts
// the things named before, as that act met them.

/** The words of a clause that names only an act, with its adverb, up to the figure (办结, 拟废止, 没收违法所得, 废止、宣布失效, 清理后继续有效, 确认继续有效). */
export const ACT_WORDS = '(?:全年|年内|当年|本年度?|今年)?新?(?:已|均|共|依法|拟|予以|办理|经审查|经评估|经清理|(?:清理|审查|评估)后|(?:本次|此次)清理|宣布|决定|确认)?([\\u4e00-\\u9fff]{2,6}(?:[、和或][\\u4e00-\\u9fff]{2,4})?)(?:[（(][\\u4e00-\\u9fff]{2,4}[）)])?';
export const ACT_ALONE = `${ACT_WORDS}$`;

/** Acts that close the things counted before (，结案55件, ，办结3127件). */
const CLOSING_ACTS: ReadonlySet<string> = new Set(['结案', '办结', '审结', '查结', '办理完毕', '化解']);
/** Such a clause after a comma, a semicolon or a full stop (，办结1172件, ；已审结251件, after brackets of parts: ），结案231件), or the next line labelled by it (收案：185件；\n结案：176件). */
const CLOSING_CLAUSE = new RegExp(`^[）)]?[，,；;。]\\n?${ACT_WORDS}[：:]?$`);

/** Whether the words between two figures open a clause whose act closes the things counted before (，结案). */
export function closesThingsBefore(between: string): boolean {
  const act = CLOSING_CLAUSE.exec(between)?.[1];
  return act !== undefined && CLOSING_ACTS.has(act);
}

/** What reading acts alone rests on, for the rule set's description. */
export const ACT_RULES = { actWords: ACT_WORDS, closingClause: CLOSING_CLAUSE.source, closingActs: [...CLOSING_ACTS] };
