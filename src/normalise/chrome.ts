// Lines that are not the report: web-page chrome, PDF page furniture, spam.
// Patterns run on a folded line (Simplified, ASCII digits, Chinese ：（）， and no
// spaces), so each needs one spelling only.
import { matchMarker } from './markers.js';

export const CHROME_KINDS = [
  'navigation', // breadcrumbs, login bars
  'field', // 发布时间/来源/索引号… label: value
  'toolbar', // print, close, share, font size, image names
  'footer', // reviewers' line 初审：复审：终审：
  'furniture', // page numbers
  'spam', // injected advertising
  'docshare', // document-sharing site banners
  'contents', // a table of contents
  'comments', // readers' comments under a page, and the replies to them
] as const;

export type ChromeKind = (typeof CHROME_KINDS)[number];

interface ChromeRule {
  kind: ChromeKind;
  pattern: RegExp;
  /** The pattern may match anywhere in the line; the others match at its start only. */
  anywhere?: true;
}

const LABELS =
  '(?:标题|名称|关键词|分类|索引号|文号|发文字号|主题分类|体裁分类|备注/文号|发文机关|发文机构|主题词|公开方式|公开范围|有效性|信息分类|组配分类|发文单位|发布单位|统一编号|文件编号|公开时限|发文号|发布机构|发布部门|所属机构)';

/** A page's dates labelled alone on their line, no colon, the value on the next (发布日期 / 2020-01-13). */
const DATE_LABEL = '(?:发布|发表|公开|成文|生成|印发|发文)(?:时间|日期)';

/** The labels of a page's publication date (发布时间, 发表时间, 公开日期). */
export const PUBLICATION_LABEL = '(?:发布|发表|公开)(?:时间|日期)';

/** A page's count of its readers. */
export const COUNTERS = '(?:点击数|访问次数|浏览次数|阅读次数|浏览量|阅读量)';

/** First match wins; every pattern is anchored or bounded, and has no flags. */
const RULES: readonly ChromeRule[] = [
  { kind: 'navigation', pattern: /^您?(?:当前|现在)的?(?:所在)?位置/ },
  { kind: 'navigation', pattern: /^(?:登录|注册|返回首页|网站首页|首页|无障碍|繁体版?|简体版?|English|关怀版|长者模式|\|)+$/ },
  { kind: 'navigation', pattern: /首页[>›»/]/, anywhere: true },
  // A site's banner: 今天是：2025年3月12日 星期三, 欢迎访问某市人民政府门户网站.
  { kind: 'navigation', pattern: /^(?:今天是|欢迎访问|欢迎光临|欢迎来到)/ },
  { kind: 'field', pattern: /^(?:发布|发表|公开|更新|公布|发文|成文|印发|公文生成|生成|撰写)?(?:时间|日期)：/ },
  { kind: 'field', pattern: new RegExp(`^${DATE_LABEL}$`) },
  { kind: 'field', pattern: /^(?:信息|文章|新闻|稿件)?(?:来源|发布人|发布者)：/ },
  { kind: 'toolbar', pattern: /^(?:收录于(?:合集|话题)|点击上方|点击(?:蓝字|关注)|长按(?:识别|二维码)|阅读原文$|预览时标签不可点|继续滑动看下一个|关注该公众号)/ },
  { kind: 'field', pattern: new RegExp(`^(?:作者：|${COUNTERS}(?:：|$))`) },
  // A byline: 某局 2024-01-20 浏览次数：123, 【字体：大中小】2024-01-20, 字号 大 中 小 发布时间：2024-03-28 来源：…,
  // 【发布时间】2026.01.20【来源】某局【字体】大中小.
  { kind: 'field', pattern: new RegExp(`(?:${COUNTERS}|字体|字号)：|${PUBLICATION_LABEL}：\\d|【(?:${PUBLICATION_LABEL}|字体|字号)】`), anywhere: true },
  // 2024年01月15日 10:20 来源：某局: a date, perhaps a time, then the page's source.
  { kind: 'field', pattern: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\d:\s]{0,12}(?:信息)?(?:来源|作者|发布者?)：/ },
  // 某省人民政府新闻办公室　2025-03-31 17:20　来源：省司法厅, 某区人民政府　2026年02月10日　信息来源：区司法局: a byline
  // of its publisher, its date and its source; 某市人民政府门户网站  2024-03-15  【打印】【关闭】: or the page's buttons.
  { kind: 'field', pattern: /^[\u4e00-\u9fff]{2,30}(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\d:]{0,8}(?:(?:信息)?(?:来源|作者|发布者?)：|【(?:打印|关闭|收藏|分享)】)/ },
  { kind: 'field', pattern: /^[\u4e00-\u9fff]{2,24}(?:门户)?网站?\d{4}-\d{1,2}-\d{1,2}[\d:]{0,8}$/ },
  { kind: 'field', pattern: new RegExp(`^${LABELS}：`) },
  // A red-headed document's letterhead and number, and who signed it: 某局文件, 榕晋卫〔2020〕12号, 青府报〔2020〕4号 签发人：刘志强.
  { kind: 'field', pattern: /^[\u4e00-\u9fff]{2,30}(?:局|委员会|委|政府|办公室|厅|院|中心|办)文件$|^[\u4e00-\u9fff]{1,10}[〔［[]\d{4}[〕］\]]\d{1,4}号(?:签发人：[\u4e00-\u9fff·]{2,8})?$|^签发人：[\u4e00-\u9fff·]{2,8}$/ },
  // Under a document's signature: whether it is published (（此件公开发布）), and its colophon (抄送：…, 某办公室 2020年1月21日印发).
  { kind: 'field', pattern: /^[（(]此件(?:公开发布|主动公开|依申请公开|不予公开|不公开|公开)[）)]$/ },
  { kind: 'footer', pattern: /^(?:抄送|抄报)：|^[\u4e00-\u9fff]{2,30}\d{4}年\d{1,2}月\d{1,2}日印发$/ },
  { kind: 'field', pattern: /^\[(?:索引号|主题分类|发布机构|成文日期|发文字号|发布日期|体裁分类)\]/ },
  { kind: 'toolbar', pattern: /^(?:打印|关闭|收藏|分享|字号|大|中|小|默认|本页|此页|窗口|到|返回顶部|在看|点赞|转发|喜欢|【|】|\||：)+$/ },
  { kind: 'toolbar', pattern: /^(?:分享到?：|(?:微信|QQ|微博|腾讯微博|新浪微博|QQ空间|朋友圈|扫一扫)$)/ },
  { kind: 'toolbar', pattern: /^(?:相关(?:新闻|链接|文章|阅读|文件|信息|推荐)|往期(?:回顾|推荐|精彩|阅读)|推荐阅读|延伸阅读|精彩推荐|热门推荐|猜你喜欢|网友评论|版权(?:所有|声明)?$|(?:责任)?编辑：|评论（|上一篇|下一篇|附件下载|扫一扫)/ },
  // Image names, extension in any case (rules share one regex, so no `i` flag).
  { kind: 'toolbar', pattern: /^[^。，]{0,40}?\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[gG][iI][fF]|[bB][mM][pP])$/ },
  { kind: 'toolbar', pattern: /^(?:正文|全文)?(?:复制|下载)$/ },
  { kind: 'footer', pattern: /^(?:初审|复审|终审|审核|校对|审签|核稿)：/ },
  // - 2 -, 第2页共5页, 第2页，共5页, 第2页/共5页, 2/5.
  { kind: 'furniture', pattern: /^[-—–]\d{1,3}[-—–]$|^第\d{1,3}页(?:[，,/]?共\d{1,3}页)?$|^\d{1,3}\/\d{1,3}$/ },
  { kind: 'docshare', pattern: /由会员分享|可在线阅读|请在.{0,12}上搜索/, anywhere: true },
  { kind: 'contents', pattern: /^目录$/ },
];

/**
 * The rules as one regex, asked of nearly every line: an alternation at the
 * line's start with a named group per rule (a rule that may match anywhere is
 * reached over a lazy run), so a line that is not chrome costs one regex call
 * instead of one per rule. Alternatives are tried in order: the first group that
 * matches is the first rule that matches.
 */
const ANY_RULE = new RegExp(
  `^(?:${RULES.map(({ pattern, anywhere }, i) => `(?<rule${i}>${anywhere ? '[^]*?' : ''}(?:${pattern.source}))`).join('|')})`,
);

function firstRule(line: string): ChromeKind | null {
  const groups = ANY_RULE.exec(line)?.groups;
  if (groups === undefined) return null;
  for (let i = 0; i < RULES.length; i++) if (groups[`rule${i}`] !== undefined) return RULES[i]?.kind ?? null;
  return null;
}

/** Advertising injected into pages; removed wherever it stands. */
export const SPAM =
  /(?:必威|亚博|开云体育|乐鱼体育|华体会|bet365|BET365|威尼斯人|新葡京|澳门银河|真人电子游艺|电子游艺|真人视讯|百家乐|博彩|太阳城集团)(?:体育|娱乐|电竞|官方网站|官网|平台|app|APP|在线|网址|入口)*/g;

/** Watermarks inside a line: 【更多公文素材，微信：…】. */
export const WATERMARK = /【[^【】]{0,30}(?:微信|QQ|公众号)[^【】]{0,30}】/g;

/** A label alone on its line: its value follows on the next line. */
export const LABEL_ONLY = new RegExp(`^(?:${PUBLICATION_LABEL}|时间|日期|来源|信息来源|作者|发布机构|发布单位|信息发布人|访问次数|点击数|浏览次数|分享)：$|^${DATE_LABEL}$`);

/**
 * A link to another page under the report, its title and its date (· 2023年行政复议案件统计（共15件）
 * 2024-01-12): no sentence in it, a date at its end. Only trusted after the report has started,
 * where a byline no longer stands, and not after a body's name: that is a signature (某局 2024-01-20).
 */
/** The header of a list of links to other pages (相关文件：, 相关链接, a post's 往期回顾). */
export const LINKS_HEADER = /^(?:相关(?:新闻|链接|文章|阅读|文件|信息|推荐)|往期(?:回顾|推荐|精彩|阅读)|推荐阅读|延伸阅读|精彩推荐|热门推荐|猜你喜欢)[：:]?$/;

/** The header of readers' comments under a page (网友留言（共3条）, 网友评论, 精选留言). */
export const COMMENTS_HEADER = /^(?:网友|读者|公众|群众|精选|全部|热门|最新)(?:留言|评论)(?:[（(]共?\d+条?[）)])?[：:]?$|^(?:留言板|评论区)[：:]?$/;

export const LINK_ITEM = /^[^。，；]{4,80}?(?<![局委府室心院所队办])\d{4}-\d{1,2}-\d{1,2}$/;

/** A short breadcrumb of `a | b | c |` cells, only trusted before the report starts. */
export const PIPE_TRAIL = /^(?:[^|。，\d]{1,8}\|){2,4}[^|。，\d]{0,8}$/;

/** Chrome that a line of at most `MAX_CHROME` folded units can be. */
const MAX_CHROME = 120;

const PATH = /^[^。，>›»]{1,30}(?:[>›»]{1,2}[^。，>›»]{1,30}){2,}$|^[\u4e00-\u9fff]{2,20}[>›»]{1,2}[\u4e00-\u9fff]{2,12}$/;
/** A site's name alone on its line, over the title: 某县人民政府网, 某市生态环境局门户网站. */
const SITE_NAME = /^[\u4e00-\u9fff]{2,24}(?:政府|局|委员会|委|厅|办公室|办|院)(?:门户)?网站?$/;
/** A site's name, then its sections in bars (某市人民政府门户网站 | 政务公开), which a table's header row has not. */
const SITE_PATH = /^[\u4e00-\u9fff]{2,24}网站?(?:[|｜][\u4e00-\u9fff]{2,20})+$/;
/** A page's metadata table run into one line (时效 有效 公开方式 主动公开): words only metadata holds. */
const METADATA_RUN = /索引号|公开方式|公开范围|公开时限|发布机构|发文字号|主题分类|体裁分类|组配分类|生成日期|成文日期/;
/** A clause's mark: only running text holds one, no field, menu or metadata. */
const CLAUSE_MARK = /[，。；]/;
const MAX_METADATA_RUN = 60;
/** A site's menu from its home page on (网站首页 | 网上办事). */
const MENU = /^(?:网站)?首页(?:[|｜][^|｜。，\d]{1,8})+$/;
/** A post's byline, its date and time at the end: 原创 某公众号 2022-01-26 18:05 发表于浙江, 某发布 2019-03-29 08:30, 2025年01月22日 17:30 浙江. */
const POST_BYLINE = /(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\d{1,2}:\d{2}(?:发表于)?(?:[\u4e00-\u9fff]{1,8})?$/;
/** A page's date, then the body that published it (2021-01-29　常山县人民政府). */
export const DATE_THEN_BODY = /^\d{4}-\d{1,2}-\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?(?<name>[\u4e00-\u9fff]{2,24}(?:政府|局|委员会|委|办公室|中心|院|厅))$/;
const PATH_STEP = /[>›»]/;
/** Words of a report's title or headings, never of a bulleted metadata item (● 2022年度法治政府建设工作报告和, ■ 存在的问题). */
const NOT_A_FIELD = /报告|总结|工作|情况|法治|思路|计划|安排|问题|不足|成效|举措|打算/;
/** A count, which no metadata item holds (■网上信访：134件, ● 负责人出庭应诉率：100%). */
const COUNTED = /\d[余多万亿]*[件次项起宗人份场批户家个处期元%]/;
/** What a bulleted line of page furniture holds at most (a date, a name, 打印). */
const MAX_BULLET_ITEM = 30;

/**
 * `wrapped`: the text is paginated; `spam`: advertising occurs somewhere in the
 * text (most texts have none, and then no line needs a search for it); `bulleted`:
 * the line opened with a bullet, which folding left out of it.
 */
export function chromeKind(line: string, wrapped: boolean, spam: boolean, bulleted = false): ChromeKind | null {
  if (line.length > MAX_CHROME) return null;
  const kind = firstRule(line);
  if (kind !== null) return kind;
  // 某局>信息公开>法定主动公开内容>法治政府建设年度报告: a path of at least three short steps, or two very short
  // ones (政务公开>法治政府建设), no sentence in it.
  if (PATH_STEP.test(line) && PATH.test(line)) return 'navigation';
  // These are asked only of the few lines that pass a cheap test first.
  if ((line.endsWith('网') || line.endsWith('网站')) && SITE_NAME.test(line)) return 'navigation';
  if ((line.includes('|') || line.includes('｜')) && (SITE_PATH.test(line) || MENU.test(line))) return 'navigation';
  if (line.length <= MAX_METADATA_RUN && !CLAUSE_MARK.test(line) && METADATA_RUN.test(line)) return 'field';
  if (line.includes(':') && POST_BYLINE.test(line)) return 'field';
  if (DATE_THEN_BODY.test(line)) return 'field';
  // Short bulleted items of a page's metadata list; bulleted sentences are content.
  if (bulleted && line.length <= MAX_BULLET_ITEM && !CLAUSE_MARK.test(line) && !NOT_A_FIELD.test(line) && !COUNTED.test(line) && matchMarker(line) === null) return 'field';
  // A lone number is a page number in paginated text; in a web page it is a table cell.
  if (wrapped && /^\d{1,3}$/.test(line)) return 'furniture';
  // A line that is all advertising; advertising inside a sentence is cut out of it instead.
  if (!spam) return null;
  const rest = line.replace(SPAM, '');
  if (rest.length < line.length && rest.length <= 4) return 'spam';
  return null;
}
