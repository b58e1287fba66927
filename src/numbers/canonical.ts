// Folds every way of writing a numeral character (Traditional, financial 大写,
// colloquial, full-width) onto one canonical character, so that the grammar
// in chinese.ts is written once.
const VARIANTS: Readonly<Record<string, string>> = {
  零: '〇○',
  一: '壹幺弌',
  二: '贰貳弍',
  // 两 stays apart: it is 2, but never a digit of a digit-by-digit reading.
  两: '兩俩倆',
  三: '叁參叄弎',
  四: '肆',
  五: '伍',
  六: '陆陸',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
  万: '萬',
  亿: '億',
  点: '點',
  负: '負',
  余: '餘',
  几: '幾',
  '.': '．',
  ',': '，',
  '-': '－−﹣',
  '%': '％',
};

/** Characters standing for two canonical ones. */
const EXPANSIONS: Readonly<Record<string, string>> = { 廿: '二十', 卅: '三十', 卌: '四十' };

const FOLD = new Map<string, string>();
for (const [canonical, variants] of Object.entries(VARIANTS)) {
  for (const v of variants) FOLD.set(v, canonical);
}
for (const [c, expansion] of Object.entries(EXPANSIONS)) FOLD.set(c, expansion);
for (let d = 0; d <= 9; d++) FOLD.set(String.fromCharCode(0xff10 + d), String(d));

const SPACE = /\s/;
const ASCII_NUMBER_CHAR = /[0-9.,]/;

/**
 * Canonical form of a numeral string, or null when whitespace separates two
 * Arabic digit groups (`1 2` is two numbers, `7 万5 千` is one).
 */
export function canonicalise(text: string): string | null {
  let out = '';
  let spaceAfterArabic = false;
  for (const ch of text) {
    if (SPACE.test(ch)) {
      spaceAfterArabic ||= ASCII_NUMBER_CHAR.test(out.charAt(out.length - 1));
      continue;
    }
    const folded = FOLD.get(ch) ?? ch;
    if (spaceAfterArabic && ASCII_NUMBER_CHAR.test(folded.charAt(0))) return null;
    spaceAfterArabic = false;
    out += folded;
  }
  return out;
}
