// A mention's value as people read it: the bound as a sign, the amount in the
// unit the report wrote (26.6 万元, not 266000 元), the unit beside it.
import type { Bound, Mention } from '../model/schema.js';

const BOUND_SIGN = { exact: '', over: '≥', under: '<', about: '≈' } as const satisfies Record<Bound, string>;

/** Scale of a unit that starts with a scale word: values are stored in base units (yuan, people). */
const SCALE_WORD: ReadonlyArray<[prefix: string, factor: number]> = [
  ['亿', 1e8],
  ['万', 1e4],
];

export interface FigureParts {
  /** Bound sign and amount, e.g. "≥2600". */
  amount: string;
  unit: string;
}

export function figureParts(mention: Pick<Mention, 'value' | 'unit' | 'bound'>): FigureParts {
  const scale = mention.unit.length > 1 ? SCALE_WORD.find(([prefix]) => mention.unit.startsWith(prefix)) : undefined;
  // toPrecision(15) drops the noise of binary division (1.0906800000000001 → 1.09068).
  const amount = scale ? Number((mention.value / scale[1]).toPrecision(15)) : mention.value;
  return { amount: `${BOUND_SIGN[mention.bound]}${amount}`, unit: mention.unit };
}

/** "≥2600 份", "26.6 万元", "80.43%". */
export function figureText(mention: Pick<Mention, 'value' | 'unit' | 'bound'>): string {
  const { amount, unit } = figureParts(mention);
  if (unit === '') return amount;
  return unit === '%' ? `${amount}%` : `${amount} ${unit}`;
}
