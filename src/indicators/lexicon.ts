// The catalogue turned into lookup tables: one word finder per kind of cue
// (before the figure, after it, in a zero statement) and, for each cue word,
// the indicators it may name, in catalogue order.
import { CATALOGUE, NOT_CUES } from './catalogue.js';
import { type FigureScanner, figureScanner } from './figures.js';
import type { CueRule, Indicator } from './types.js';
import { WordFinder } from './word-finder.js';

export interface Candidate {
  indicator: Indicator;
  rule: CueRule;
  /** Id of the rule, written into each mention it finds. */
  id: string;
}

export interface CueTable {
  words: WordFinder;
  candidates: ReadonlyMap<string, readonly Candidate[]>;
  /** Words each of whose rules asks for an act (违法案件 handled, 所得 confiscated): no cue where none is there. */
  actOnly: ReadonlySet<string>;
}

export interface Lexicon {
  figures: FigureScanner;
  before: CueTable;
  after: CueTable;
  /** Zero-statement word → the indicator it names. */
  zero: CueTable;
}

/**
 * The rule with every field present, in one order. Catalogue rules each name only the
 * fields they use, so each has a shape of its own; the finder's reads of rules would
 * meet a new shape now and then and its optimised code be thrown away.
 */
function fullRule(rule: CueRule): CueRule {
  const { words, topic, notTopic, act, actInClause, notAct, notInSentence, notUnderHeading, notInClause, inSentence, inTitle, audienceAfter, actAfter, notActAfter, law, follows, notRepeating, outcome, units, atLeast, kind } = rule;
  // Every key named, so that a field added to CueRule and forgotten here fails to compile.
  const full: Complete<CueRule> = { words, topic, notTopic, act, actInClause, notAct, notInSentence, notUnderHeading, notInClause, inSentence, inTitle, audienceAfter, actAfter, notActAfter, law, follows, notRepeating, outcome, units, atLeast, kind };
  return full;
}

/** The indicator with every field present, in one order, for the same reason as its rules. */
function fullIndicator(indicator: Indicator): Indicator {
  const { id, label, core, units, unitNouns, zeroable, before, after, zero, zeroInTopic, blockers, notAfter, partActs, listWords, examples, counterExamples } = indicator;
  const full: Complete<Indicator> = { id, label, core, units, unitNouns, zeroable, before, after, zero, zeroInTopic, blockers, notAfter, partActs, listWords, examples, counterExamples };
  return full;
}

/** A type with all its keys required, optional ones possibly undefined. */
type Complete<T> = { [K in keyof Required<T>]: T[K] };

/**
 * Each cue word's candidates in catalogue order, except that those asking for an act
 * before the word come first: the act, when it is there, decides (办结行政处罚案件 closes
 * cases, 审核规范性文件 reviews documents).
 */
function table(kind: 'before' | 'after', indicators: readonly Indicator[]): CueTable {
  const candidates = new Map<string, Candidate[]>();
  for (const indicator of indicators) {
    (indicator[kind] ?? []).forEach((rule, k) => {
      const candidate = { indicator, rule: fullRule(rule), id: `${indicator.id}/${kind}${k + 1}` };
      for (const word of rule.words) {
        const list = candidates.get(word) ?? [];
        list.push(candidate);
        candidates.set(word, list);
      }
    });
  }
  const asksAct = (c: Candidate) => Number(c.rule.act !== undefined || c.rule.actAfter !== undefined);
  for (const list of candidates.values()) list.sort((a, b) => asksAct(b) - asksAct(a));
  // A word with no candidate is found whole, and then names nothing: it gives way to the cue before it.
  for (const word of NOT_CUES) if (!candidates.has(word)) candidates.set(word, []);
  const actOnly = new Set([...candidates].filter(([, list]) => list.length > 0 && list.every((c) => c.rule.act !== undefined)).map(([word]) => word));
  return { words: new WordFinder(candidates.keys()), candidates, actOnly };
}

function zeroTable(indicators: readonly Indicator[]): CueTable {
  const candidates = new Map<string, Candidate[]>();
  for (const indicator of indicators) {
    const rules = [{ words: indicator.zero ?? [] }, ...(indicator.zeroInTopic ? [indicator.zeroInTopic] : [])];
    for (const rule of rules) {
      for (const word of rule.words) {
        const list = candidates.get(word) ?? [];
        list.push({ indicator, rule: fullRule({ ...rule, words: [word] }), id: `${indicator.id}/zero` });
        candidates.set(word, list);
      }
    }
  }
  // 无民事诉讼案件: a word that holds a zero cue but names something else says nothing of it.
  for (const word of NOT_CUES) if (!candidates.has(word)) candidates.set(word, []);
  return { words: new WordFinder(candidates.keys()), candidates, actOnly: new Set() };
}

export function buildLexicon(indicators: readonly Indicator[] = CATALOGUE): Lexicon {
  const units = new Set<string>();
  for (const i of indicators) {
    for (const u of i.units) if (u !== '%') units.add(u);
    for (const rule of i.before) for (const u of rule.units ?? []) if (u !== '%') units.add(u);
  }
  const shaped = indicators.map(fullIndicator);
  return {
    figures: figureScanner(units),
    before: table('before', shaped),
    after: table('after', shaped),
    zero: zeroTable(shaped),
  };
}
