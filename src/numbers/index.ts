// What the rest of lawrep uses from the numbers module.
export { parseNumber, type ParsedNumber } from './parse.js';
export { toYuan, MONEY_SCALE, type MoneyUnit } from './money.js';
export { FIGURE, FIGURE_SOURCE } from './pattern.js';
