// One figure token in running text, for finding candidates in a single pass:
// 1,234.5  ４.５２万  3万5千  二十余万  百余万  一百零五  二点五  80.43%  百分之八十.
// The repeated alternatives start with disjoint characters, so there is one
// way to match and matching is linear. The token is only a
// candidate: parseNumber decides whether it is one number.
const ARABIC_DIGIT = '0-9０-９';
const CHINESE_DIGIT = '零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖';
const SMALL_UNIT = '十拾廿卅';
/** Never the first character unless a digit follows (百三, 千三): 百分点, 百姓, 千万, 万一. */
const LARGE_UNIT = '百佰千仟万萬亿億';

const NUMERAL = `[${ARABIC_DIGIT}${CHINESE_DIGIT}${SMALL_UNIT}${LARGE_UNIT}]`;
const SMALL = `[${ARABIC_DIGIT}${CHINESE_DIGIT}${SMALL_UNIT}]`;
// 百余万 (a million and more): a scale word alone, its floor marker, then the scale of the whole.
const FIRST = `(?:${SMALL}|[${LARGE_UNIT}](?:${SMALL}|[余多几幾][万亿萬億]))`;
// No lookaround, so that an automaton proves the pattern linear: a separator
// is taken together with what must follow it.
const NEXT = [
  NUMERAL,
  `[.．][${ARABIC_DIGIT}]`, // decimal point
  `[,，][${ARABIC_DIGIT}]{3}`, // thousands separator
  `[点點][${ARABIC_DIGIT}${CHINESE_DIGIT}]`, // 二点五
  '[余多几幾][万亿萬億]', // 五百余万: the floor marker sits inside the token
].join('|');

/** Regex source (no capture groups) of one figure token, to embed in larger patterns. */
export const FIGURE_SOURCE = `(?:百分之百|(?:百分之)?${FIRST}(?:${NEXT})*)[%％‰]?`;

/** Global regex over FIGURE_SOURCE; reset lastIndex or use matchAll. */
export const FIGURE = new RegExp(FIGURE_SOURCE, 'g');
