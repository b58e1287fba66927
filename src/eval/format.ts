// A Score → the text table the reference scorer prints, byte for byte: one row
// per indicator, document fields, section kinds, and a last summary line.
import { CORE_IDS } from '../indicators/catalogue.js';
import { type Example, prf, type Score, scoredIndicators } from './score.js';

export interface FormatOptions {
  /** Print the table (the summary line is always printed). */
  table?: boolean;
  /** List every false negative and false positive after the table. */
  examples?: boolean;
}

export function formatScore(score: Score, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const indicators = scoredIndicators(score);
  if (options.table ?? true) {
    lines.push(`${'indicator'.padEnd(32)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  P     R`);
    for (const k of indicators) {
      const { precision, recall, counts } = prf(score, [k]);
      const core = CORE_IDS.has(k) ? '  core' : '';
      lines.push(
        `${k.padEnd(32)} ${pad(counts.tp)} ${pad(counts.fp)} ${pad(counts.fn)}  ${fixed(precision, 2)}  ${fixed(recall, 2)}${core}`,
      );
    }
    for (const [field, { ok, n }] of score.documentFields) lines.push(`document.${field}: ${ok}/${n}`);
    lines.push(`section kinds exact: ${score.sections.ok}/${score.sections.n}`);
    if (score.missing.length > 0) lines.push(`no output for: ${score.missing.join(', ')}`);
    if (options.examples) {
      for (const e of score.falseNegatives) lines.push(example('FN', e));
      for (const e of score.falsePositives) lines.push(example('FP', e));
    }
  }
  lines.push(summaryLine(score));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(score: Score): string {
  const indicators = scoredIndicators(score);
  const all = prf(score, indicators);
  const core = prf(score, indicators.filter((k) => CORE_IDS.has(k)));
  let docsOk = 0;
  let docsN = 0;
  for (const { ok, n } of score.documentFields.values()) {
    docsOk += ok;
    docsN += n;
  }
  return (
    `F1 ${fixed(all.f1, 3)} P ${fixed(all.precision, 3)} R ${fixed(all.recall, 3)} ` +
    `coreF1 ${fixed(core.f1, 3)} coreP ${fixed(core.precision, 3)} coreR ${fixed(core.recall, 3)} ` +
    `bounds ${score.bounds.ok}/${score.bounds.n} grounding ${score.grounding.ok}/${score.grounding.n} ` +
    `docfields ${docsOk}/${docsN} sections ${score.sections.ok}/${score.sections.n} missing ${score.missing.length}`
  );
}

function pad(n: number): string {
  return String(n).padStart(4);
}

/** Python's fixed-point format: a tie on the binary value rounds half to even (toFixed rounds it up). */
export function fixed(x: number, digits: number): string {
  const scaled = x * 10 ** digits;
  const floor = Math.floor(scaled);
  if (scaled - floor === 0.5) {
    const even = floor % 2 === 0 ? floor : floor + 1;
    return (even / 10 ** digits).toFixed(digits);
  }
  return x.toFixed(digits);
}

/** A value as Python prints it: 266000, 80.43, None. */
function pyValue(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

function example(kind: 'FN' | 'FP', e: Example): string {
  return [kind, e.file, e.indicator, pyValue(e.value), e.text].join(' ');
}
