// Scoring extraction against gold files, exactly as spec/gold.md and the
// reference scorer say: a multiset match of mentions on indicator + value,
// optional gold neither rewarded nor punished, micro-averaged P/R/F1, bounds
// and grounding over the matched mentions, document fields, section kinds.
// Pure: gold files and records come in as parsed JSON.

export interface GoldFile {
  /** File name of the gold JSON (its order decides the order of examples). */
  name: string;
  gold: GoldReport;
}

export interface GoldReport {
  file: string;
  document?: Record<string, unknown>;
  sections?: Array<{ kind: string }>;
  metrics?: GoldMention[];
}

export interface GoldMention {
  indicator: string;
  value: number;
  bound?: string;
  evidence: string;
  optional?: boolean;
}

/** An output record as read back from JSON: only the fields scoring reads. */
export type PredictedRecord = Record<string, unknown>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Example {
  file: string;
  indicator: string;
  value: unknown;
  text: string;
}

export interface Score {
  perIndicator: Map<string, Counts>;
  bounds: { ok: number; n: number };
  grounding: { ok: number; n: number };
  /** document.<field> → [matching, compared], in the order first met. */
  documentFields: Map<string, { ok: number; n: number }>;
  sections: { ok: number; n: number };
  missing: string[];
  falseNegatives: Example[];
  falsePositives: Example[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  counts: Counts;
}

const DOCUMENT_FIELDS = ['title', 'agency', 'year', 'publishedAt', 'genre'] as const;

export function score(golds: GoldFile[], records: Iterable<PredictedRecord>): Score {
  const byFile = new Map<string, PredictedRecord>();
  for (const rec of records) {
    const source = asObject(rec['source']);
    const path = typeof source?.['path'] === 'string' ? source['path'] : '';
    byFile.set(basename(path), rec);
  }
  const result: Score = {
    perIndicator: new Map(),
    bounds: { ok: 0, n: 0 },
    grounding: { ok: 0, n: 0 },
    documentFields: new Map(),
    sections: { ok: 0, n: 0 },
    missing: [],
    falseNegatives: [],
    falsePositives: [],
  };
  const counts = (indicator: string): Counts => {
    let c = result.perIndicator.get(indicator);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      result.perIndicator.set(indicator, c);
    }
    return c;
  };
  for (const { gold } of [...golds].sort((a, b) => compareCodePoints(a.name, b.name))) {
    const rec = byFile.get(gold.file);
    const goldMetrics = gold.metrics ?? [];
    if (!rec || ('error' in rec && !nonEmptyArray(rec['metrics']))) {
      result.missing.push(gold.file);
      for (const m of goldMetrics) if (!m.optional) counts(m.indicator).fn++;
      continue;
    }
    const predicted = (Array.isArray(rec['metrics']) ? rec['metrics'] : []).filter(isObject);
    const used = predicted.map(() => false);
    // Required gold first, then optional gold absorbs what is left.
    const ordered = [...goldMetrics.filter((m) => !m.optional), ...goldMetrics.filter((m) => m.optional)];
    for (const m of ordered) {
      const hit = predicted.findIndex((p, i) => !used[i] && p['indicator'] === m.indicator && close(p['value'], m.value));
      if (hit === -1) {
        if (!m.optional) {
          counts(m.indicator).fn++;
          result.falseNegatives.push({ file: gold.file, indicator: m.indicator, value: m.value, text: codePoints(m.evidence, 40) });
        }
        continue;
      }
      used[hit] = true;
      if (m.optional) continue;
      counts(m.indicator).tp++;
      const p = predicted[hit] ?? {};
      result.bounds.n++;
      if ((p['bound'] ?? 'exact') === (m.bound ?? 'exact')) result.bounds.ok++;
      result.grounding.n++;
      const evidence = stripWhitespace(m.evidence);
      const text = stripWhitespace(typeof p['text'] === 'string' ? p['text'] : '');
      if (text !== '' && (evidence.includes(text) || text.includes(evidence) || overlap(text, evidence))) result.grounding.ok++;
    }
    predicted.forEach((p, i) => {
      if (used[i]) return;
      const indicator = String(p['indicator'] ?? 'None');
      counts(indicator).fp++;
      const text = stripWhitespace(typeof p['text'] === 'string' ? p['text'] : '');
      result.falsePositives.push({ file: gold.file, indicator, value: p['value'], text: codePoints(text, 40) });
    });
    const goldDocument = gold.document ?? {};
    const document = asObject(rec['document']) ?? {};
    for (const field of DOCUMENT_FIELDS) {
      if (!(field in goldDocument)) continue;
      const expected = goldDocument[field];
      const got = document[field];
      const ok =
        field === 'title' ? stripWhitespace(pyStr(expected)) === stripWhitespace(pyStr(got)) : sameValue(expected, got);
      const tally = result.documentFields.get(field) ?? { ok: 0, n: 0 };
      tally.n++;
      if (ok) tally.ok++;
      result.documentFields.set(field, tally);
    }
    if (gold.sections && gold.sections.length > 0) {
      const kinds = (Array.isArray(rec['sections']) ? rec['sections'] : []).filter(isObject).map((s) => s['kind']);
      const goldKinds = gold.sections.map((s) => s.kind);
      result.sections.n++;
      if (kinds.length === goldKinds.length && kinds.every((k, i) => k === goldKinds[i])) result.sections.ok++;
    }
  }
  return result;
}

/** Micro-averaged precision, recall and F1 over some indicators (1.0 where nothing was counted). */
export function prf(score: Score, indicators: Iterable<string>): Prf {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const k of indicators) {
    const c = score.perIndicator.get(k);
    if (!c) continue;
    counts.tp += c.tp;
    counts.fp += c.fp;
    counts.fn += c.fn;
  }
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 1;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, counts };
}

/** Indicators that were counted, sorted as the reference scorer sorts them. */
export function scoredIndicators(score: Score): string[] {
  return [...score.perIndicator.keys()].sort(compareCodePoints);
}

function close(a: unknown, b: unknown): boolean {
  const x = toFloat(a);
  const y = toFloat(b);
  return x !== null && y !== null && Math.abs(x - y) <= 0.01 + 1e-9;
}

function toFloat(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return null;
}

/** Python's equality on JSON values, for document fields. */
function sameValue(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  return a === b;
}

/** Python's str() of a JSON value, which is what the reference scorer compares titles by. */
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/** Python's \s: Unicode white space, which does not include U+FEFF. */
const WHITESPACE = /[\s\x1c-\x1f\x85]/gu;

export function stripWhitespace(s: string): string {
  return s.replace(WHITESPACE, (c) => (c === '\ufeff' ? c : ''));
}

/** Share a run of 4 characters with a digit in it. */
function overlap(a: string, b: string): boolean {
  const chars = Array.from(a);
  for (let i = 0; i + 4 <= chars.length; i++) {
    const piece = chars.slice(i, i + 4);
    if (piece.some((c) => /\p{Nd}/u.test(c)) && b.includes(piece.join(''))) return true;
  }
  return false;
}

function codePoints(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}

function basename(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1] ?? '';
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asObject(v: unknown): Record<string, unknown> | null {
  return isObject(v) ? v : null;
}

function nonEmptyArray(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0;
}
