// Money as written in a report (4.52 万元) → exact yuan.
import { parseNumber } from './parse.js';

/** Money units an amount may be written in, with the scale word each adds. */
export const MONEY_SCALE = { 元: '', 万元: '万', 亿元: '亿' } as const satisfies Record<string, string>;
export type MoneyUnit = keyof typeof MONEY_SCALE;

/** `toYuan('4.52', '万元')` → 45200, exactly; null when `figure` is not one number or is a percentage. */
export function toYuan(figure: string, unit: MoneyUnit): number | null {
  const parsed = parseNumber(figure + MONEY_SCALE[unit]);
  return parsed && !parsed.percent ? parsed.value : null;
}
