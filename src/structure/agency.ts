// The issuing body, in its fullest form. Where the name is read, in order: the
// title, a byline under it, a signature above a date, the opening sentences, the page's 发布机构 /
// 来源 fields, the body's own name for itself (我局 → a 局 named in the text),
// and last a caption that opens with a name and a year. The name found is then extended when the text also gives it in
// full (区卫生健康局 → 江门市江海区卫生健康局, 观湖街道 → 观湖街道办事处, 县人民政府 → 受宁远县人民政府委托's).
import { COUNTERS, DATE_THEN_BODY } from '../normalise/chrome.js';
import { matchMarker } from '../normalise/markers.js';
import type { Normalised } from '../normalise/normalise.js';
import { signedLine } from './dates.js';
import { inName } from './names.js';
import { compact, type Para, sourceWords } from './text.js';
import type { Title } from './title.js';

// A banner (旗), a league (盟) and a sumu (苏木) are a county, a prefecture and a township in Inner Mongolia.
const ORG_END = '(?:局|委员会|常委会|委|厅|办公室|办事处|管理处|海事处|政府|街道|镇|乡|苏木|部|院|署|中心|分局|所|队|(?<!网)站|办|县|旗|市|盟|区|州|省|管委会|海关|林场|农场|联合社|联合会|供销社|大学|学院|学校|党校|协会|馆|公司|集团|分行|支行)';
/** A hotline's number, which a body that runs it may bear in its name (某市12345政务服务便民热线中心). */
const HOTLINE_NUMBER = '123\\d\\d';
/** A body's name: words, maybe with a place in brackets (中国（川东）自由贸易试验区…管理委员会), ending as a body's does. */
const ORG = new RegExp(`^(?:[\\u4e00-\\u9fff]|（[\\u4e00-\\u9fff]{1,8}）|${HOTLINE_NUMBER}){1,30}?${ORG_END}$`);
const NOT_A_NAME = /^(?:我|本|全|各|该|有关|其|在|根据|按照|依据|上级|下级|法治|依法|今年|去年|上年|当年|[一二三四五六七八九十]是|[省市县区州旗镇乡]委$)/;
/** An act a news title reports of the body (某县司法局召开全县…会, 某县通报…): its name ends before it. */
const TITLE_ACT = /召开|举办|开展|通报|印发|发布|部署|启动/;
const TITLE_AGENCY = new RegExp(
  `^[【《]?(?:\\d{4}年度?)?(?:关于)?(?<name>(?:[^，。：《》【】丨｜|\\d]|${HOTLINE_NUMBER}){2,30}?)(?:】|[丨｜|]|关于|：|\\d{4}(?:[-—–至~]\\d{4})?年|[〇零一二三四五六七八九]{4}年|年度|法治|依法|政府信息|行政执法(?![局队]|大队|支队))`,
);
/** A second name in brackets at the end of a body's (（某区行政学校）, （县委依法治县办）). */
const SECOND_NAME = new RegExp(`（[\\u4e00-\\u9fff]{2,20}${ORG_END}）$`);
/** A post's column before a bar (一图读懂丨, 数说卫健法治|, 关键词里的2025丨). */
const COLUMN = /^[^丨｜|，。]{2,12}[丨｜|]/;
const CAPTION = /^(?<name>[^，。：《》\d]{2,30}?)\d{4}年度?[^，。]{2,30}(?:表|报告)$/;
const MAX_CAPTION = 60;
// 2023年是城南街道办事处全面承接…的首年: the year is the body's, said with 是.
const OPENING =
  /^(?:[^，。]{0,40}之年，|[^，。]{0,12}(?:年度?|以来|来)(?:，|是)?)?(?:在[^。]{0,60}?下，)?(?<name>[\u4e00-\u9fff]{2,30})/;
/** Words that start what a body does, ending its name in an opening sentence. */
const VERB =
  /在|坚持|深入|认真|始终|围绕|以|紧紧|按照|严格|积极|着力|扎实|不断|高度|牢固|进一步|聚焦|持续|把|将|全面|紧扣|共|结合|立足|锚定|切实|主动|加强|大力|全力|贯彻|学习|依法|落实|推进|法治|强化|对|于|编制/;
/** Names that hold words VERB takes for acts: the committees for law-based governance and their offices. */
const NAME_PHRASE = /(?:全面)?依法治[省市县区州旗镇](?:委员会(?:办公室)?|办)/g;
/** Stands for a name phrase's characters while a name's end is looked for; no act or end word contains it. */
const NAME_FILLER = '名';
const CLAUSES: readonly RegExp[] = [
  /请与(?<name>[\u4e00-\u9fff]{2,30}?)联系/,
  /由(?<name>[\u4e00-\u9fff]{2,30}?)(?:结合|根据|负责|编制)/,
  /现将(?<name>[\u4e00-\u9fff]{2,30}?)(?:\d{4}年|本年度|年度)/,
  // 我代表区人民政府，向大会报告政府工作: a government's work report to its congress.
  /我代表(?<name>[\u4e00-\u9fff]{2,30}?)[，,]?向/,
  // 受宁远县人民政府委托，现将…报告如下: a report made to the congress for the government.
  /^受(?<name>[\u4e00-\u9fff]{2,30}?)委托/,
];
/** Labels that may follow a field's value on one line of fields (索引号：…  发布机构：某局  成文日期：…). */
const NEXT_FIELD = `成文日期|发布日期|发布时间|发文日期|印发日期|生成日期|索引号|主题分类|体裁分类|发文字号|文号|有效性|主题词|关键词|分类|时间|日期|${COUNTERS}|字号|字体|作者|编辑`;
/** A body named by a page's field, alone on its line or among other fields ([发布机构]某局, 来源：某局 2024-01-20). */
const FIELD = new RegExp(
  `(?:发布机构|发布单位|发文机关|发文机构|发文单位|信息来源|来源|信息发布人|发布人)[：\\]】]*(?<name>[^：\\d\\[\\]【】|｜]{2,30}?)(?=(?:${NEXT_FIELD})[：\\]】]|[\\[【\\d|｜]|$)`,
);
/** A body named before the page's date field on one line (宁江市司法局　发布时间：2024年03月05日). */
const BODY_THEN_DATE = /^(?<name>[\u4e00-\u9fff]{2,24}(?:政府|局|委员会|委|办公室|中心|院|厅))(?:发布|发表|公开|更新)?(?:时间|日期)[：:]/;
const SELF = /我(?<end>局|委|厅|办|院)/;
/** The words a paragraph opens with, up to its first punctuation or digit (sticky: its length is where it stops). */
const LEAD = /[^，。：；（）、\d]{2,30}/y;
const SUFFIX_EXTENSION = /^(?:办事处|人民政府|员会)/;
/** A place or a street office named alone may be short for its government or office; a commission (卫生健康委) for its 委员会. */
const EXTENDABLE = /(?:街道|镇|乡|苏木|县|市|区|州|旗|盟|省|委)$/;
/** A name that is only a place, no body in it (泰顺县, 某某市, 横州市校椅镇). */
const PLACE_ONLY = /^[\u4e00-\u9fff]{1,12}?(?:[省市县区州旗镇乡]|街道)$/;
/** A township's name. */
const TOWN = /(?:镇|乡|街道)$/;
/** A government's office, which posts the government's pages. */
const POSTING_OFFICE = /(?:人民政府|管委会|管理委员会)办公室$/;
/** The last place of a name of places (柳北区 of 柳港市柳北区, 校椅镇 of 横州市校椅镇). */
const LAST_PLACE = /[省市州盟县区旗]((?:(?![省市州盟县区旗])[\u4e00-\u9fff]){1,8}(?:[县区市旗镇乡]|街道))$/;
/** A leader's post at the end of a body's name (市长, 党组书记、局长). */
const LEADER_POST = /(?:(?:党组|党委|党工委)?副?书记|[省市县区州镇乡]长|局长|厅长|主任|部长|署长|队长|主要负责(?:人|同志)|主要领导)[、和及兼]?$/;

/** `byline`: the short lines right under the title; `opening`: the first paragraphs of running text after it; `all`: every paragraph. */
export function findAgency(norm: Normalised, title: Title | null, byline: Para[], opening: Para[], all: Para[]): string | null {
  // The page's 发布机构 / 来源 fields, read once: a source of the name, and of its full form.
  const fields = fieldNames(norm);
  const titled = fromTitle(norm, title);
  // 泰顺县2023年度行政执法数据公开 … 泰顺县司法局: a title that names only the place leaves the body to the signature or the page.
  const placeOnly = titled !== null && PLACE_ONLY.test(titled.name);
  const signed = placeOnly || titled === null ? fromSignature(norm, all) : null;
  // 柳港市柳北区2025年…报告 … 柳北区人民政府: the body may be named by the title's last place alone.
  const places = placeOnly ? [titled.name, LAST_PLACE.exec(titled.name)?.[1]].filter((p) => p !== undefined) : [];
  // 林州市2023年…报告 … 现将林州市人民政府2023年…报告如下 … 来源：林州市司法局: the place's government the opening names
  // reported; the bureau named by the page's fields posted the page, as the government's office does (来源：果拉县人民政府办公室).
  const government = placeOnly ? governmentOpening(norm, opening, places) : null;
  // A town's page fields name whoever posted it (信息来源：秣湖街道办事处); only its signature names the body that reports.
  const posters = placeOnly && TOWN.test(titled.name) ? [] : fields.filter((f) => !POSTING_OFFICE.test(f.name));
  // 湖州市吴兴区…通报 / 湖州市吴兴区司法局（区行政复议局）: or by the line under the title.
  const bylined = titled === null || placeOnly ? fromByline(norm, byline) : null;
  const body = [signed, placeOnly ? bylined : null, government, ...posters].find((f) => f !== null && places.some((p) => f.name.length > p.length && f.name.startsWith(p)));
  const early = body ?? titled ?? (bylined && entrustedBy(norm, bylined, opening)) ?? bylined ?? signed;
  // 县人民政府副县长 under the title, 受宁远县人民政府委托 in the opening: the opening may name the body in full,
  // which it can only where it holds the name found so far; where none was, it may name the body.
  const opened = early === null || opening.some((p) => p.text.includes(early.name)) ? fromOpening(norm, opening) : null;
  // 市政府 in the opening names no place; the page's field (发文机关：兴义市人民政府) names it in full.
  const placed = opened && !PLACELESS.test(opened.name) ? opened : null;
  const found = early ?? placed ?? fields[0] ?? opened ?? fromSelf(norm, all) ?? fromCaption(norm, all);
  return found ? extend(norm, found, all, opened ? [...fields, opened] : fields) : null;
}

/** A government named by its level alone (市政府, 县人民政府). */
const PLACELESS = /^[省市县区州旗镇乡](?:人民)?政府$/;

/** The government's trust, said by a department's head who reports for it (我受市人民政府委托，向市人大常委会报告). */
const ENTRUSTED = /受[\u4e00-\u9fff]{0,8}?人民政府(?:的)?委托/;
/** Each place that a body's name opens with, longest first (嵊州市 of 嵊州市司法局; 绍兴市嵊州市, 绍兴市 of 绍兴市嵊州市司法局). */
const PLACE_IN_NAME = /[市县区州旗盟]/g;

/**
 * A department's head under the title who reports on the government's trust: the government of the department's
 * place, where the opening names it (嵊州市司法局局长 … 我受市人民政府委托 … 嵊州市人民政府在市委的坚强领导下).
 */
function entrustedBy(norm: Normalised, speaker: Found, opening: Para[]): Found | null {
  if (speaker.name.endsWith(GOVERNMENT) || !opening.some((p) => ENTRUSTED.test(p.text))) return null;
  const places = [...speaker.name.matchAll(PLACE_IN_NAME)].map((m) => speaker.name.slice(0, m.index + 1)).reverse();
  return governmentOpening(norm, opening, places);
}

/** The government of one of the places, where the opening paragraphs name it (林州市人民政府, a zone's 江屿新区管委会). */
function governmentOpening(norm: Normalised, opening: Para[], places: readonly string[]): Found | null {
  for (const para of opening) {
    for (const place of places) {
      for (const government of GOVERNMENTS) {
        const name = place + government;
        // Not the government's office (湖北省人民政府办公厅编制的), a body of its own.
        for (let at = para.text.indexOf(name); at >= 0; at = para.text.indexOf(name, at + 1)) {
          if (!OFFICE_AFTER.test(para.text.slice(at + name.length))) return named(norm, para.start + at, name);
        }
      }
    }
  }
  return null;
}
const GOVERNMENT = '人民政府';
/** A place's government: its people's government, or a zone's management committee. */
const GOVERNMENTS = [GOVERNMENT, '管委会', '管理委员会'];
/** What makes a government's name the start of one of its offices' (办公厅, 办公室, 研究室). */
const OFFICE_AFTER = /^(?:办|研究室|参事室|法制)/;

interface Found {
  /** Normalised name. */
  name: string;
  /** Source words, glosses dropped. */
  words: string;
}

/** `end`: where the name's words end in norm.text, when line breaks stand among them. */
function named(norm: Normalised, at: number, name: string, end = at + name.length): Found | null {
  if (!ORG.test(name) || NOT_A_NAME.test(name)) return null;
  return { name, words: sourceWords(norm, at, end, true) };
}

function fromTitle(norm: Normalised, title: Title | null): Found | null {
  if (!title) return null;
  // A title given only by a page's 标题： field is read as written there.
  if (title.start === null || title.end === null) {
    const name = titleName(title.normalised)?.name;
    return name ? { name, words: name } : null;
  }
  // Read with its line breaks taken out: a title broken over lines may break the name too.
  const lines = norm.text.slice(title.start, title.end);
  const found = titleName(lines.replace(/\n/g, ''));
  if (!found) return null;
  const { name, at } = found;
  return named(norm, title.start + withBreaks(lines, at), name, title.start + withBreaks(lines, at + name.length - 1) + 1);
}

/** The body a title opens with, and where it stands in the title. */
function titleName(joined: string): { name: string; at: number } | null {
  // 中共某县委依法治县委员会办公室关于…: the 依法 of the name does not end it.
  const masked = withoutNamePhrases(joined);
  // 【法治政府】某市司法局…, 一图读懂丨某县市场监督管理局…: a page's tag for its column names no body; the title's own name follows it.
  const tagEnd = masked.startsWith('【') ? masked.indexOf('】') + 1 : COLUMN.exec(masked)?.[0].length ?? 0;
  for (const from of tagEnd > 0 ? [0, tagEnd] : [0]) {
    const m = TITLE_AGENCY.exec(masked.slice(from));
    const words = m?.groups?.name;
    if (!m || !words) continue;
    const at = from + m[0].indexOf(words);
    const whole = withoutLeaders(joined.slice(at, at + words.length));
    const act = TITLE_ACT.exec(whole);
    // 中共某区委党校（某区行政学校）: a second name the body bears, in brackets after its first, is none of the first.
    const name = (act && act.index > 0 ? whole.slice(0, act.index) : whole).replace(SECOND_NAME, '');
    if (ORG.test(name) && !NOT_A_NAME.test(name)) return { name, at };
  }
  return null;
}

/** 某市人民政府市长, 某局党组书记、局长 (a report on the leaders' own duty): the body, without its leaders' posts. */
function withoutLeaders(name: string): string {
  let body = name;
  for (let m = LEADER_POST.exec(body); m !== null && m.index > 0; m = LEADER_POST.exec(body)) body = body.slice(0, m.index);
  return body;
}

/** Where the `index`-th character that is no line break stands in `lines`. */
function withBreaks(lines: string, index: number): number {
  let seen = -1;
  for (let at = 0; at < lines.length; at++) if (lines.charAt(at) !== '\n' && ++seen === index) return at;
  return lines.length;
}

/** A line under the title that is a name alone: the author's byline. */
function fromByline(norm: Normalised, byline: Para[]): Found | null {
  for (const para of byline) {
    // 湖州市吴兴区司法局（区行政复议局）: the other name the body goes by, glossed after it, is left out.
    const found = named(norm, para.start, para.text.replace(OTHER_NAME_AFTER, '')) ?? speaker(norm, para);
    if (found) return found;
  }
  return null;
}

/** Another name of a body, glossed in brackets after its name (（区行政复议局）). */
const OTHER_NAME_AFTER = /[（(][^（()）]{1,16}[)）]$/;

/**
 * A speaker's line under the title of a report made to a congress (某县人民政府副县长 刘某某), or a leader's signature,
 * maybe with the party post first (某县司法局党组书记、局长 林某某).
 */
const SPEAKER = /^(?<body>[\u4e00-\u9fff]{2,30}?)(?:(?:党组|党委|党工委)副?书记[、，,]?)?副?(?:[省市县区州旗镇乡]长|局长|厅长|主任|秘书长|书记)\s*[\u4e00-\u9fff·]{2,4}$/;

function speaker(norm: Normalised, para: Para): Found | null {
  const body = SPEAKER.exec(para.text)?.groups?.body;
  return body ? named(norm, para.start, body) : null;
}

function fromSignature(norm: Normalised, list: Para[]): Found | null {
  for (let i = list.length - 1; i > 0; i--) {
    const para = list[i];
    const before = list[i - 1];
    const signed = para && i >= list.length - 3 ? signedLine(para.text) : null;
    if (para && signed) {
      const found = named(norm, para.start, signed);
      if (found) return found;
    }
    // A date to the day, or to the month (南宁市城市管理综合行政执法局 / 2022年3月).
    if (!para || !before || !/^\d{4}年\d{1,2}月(?:\d{1,2}日)?$|^[〇零一二三四五六七八九]{4}年/.test(para.text)) continue;
    // 安平县人民政府县长　李卫东, 中共白沙镇委员会书记　陈晓峰: a leader signs for the body named before the post.
    const found = before.text.length <= 30 ? (named(norm, before.start, before.text) ?? speaker(norm, before)) : null;
    if (found) return found;
  }
  return null;
}

function fromOpening(norm: Normalised, opening: Para[]): Found | null {
  for (const para of opening) {
    // The clause that comes first in the paragraph names the body (由…编制 before 请与…联系).
    let first: Found | null = null;
    let firstAt = Number.POSITIVE_INFINITY;
    for (const clause of CLAUSES) {
      const m = clause.exec(para.text);
      const name = m?.groups?.name;
      if (!m || !name || m.index >= firstAt) continue;
      const found = named(norm, para.start + m.index + m[0].indexOf(name), name);
      if (found) [first, firstAt] = [found, m.index];
    }
    if (first) return first;
  }
  for (const para of opening) {
    const m = OPENING.exec(para.text);
    const run = m?.groups?.name;
    if (!m || !run) continue;
    // Verbs inside a body's own name (全面依法治市委员会) are read as the name's.
    const verb = VERB.exec(withoutNamePhrases(run.slice(2)));
    const name = verb ? run.slice(0, verb.index + 2) : run;
    const found = named(norm, para.start + m[0].length - run.length, name);
    if (found) return found;
  }
  return null;
}

/** The text with each name phrase's characters replaced by the filler, so that its words are read as no act. */
function withoutNamePhrases(text: string): string {
  return text.replace(NAME_PHRASE, (phrase) => NAME_FILLER.repeat(phrase.length));
}

/** The bodies that a page's 发布机构 / 来源 fields name, or its date line (2021-01-29　常山县人民政府), in page order. */
function fieldNames(norm: Normalised): Found[] {
  const found: Found[] = [];
  for (const line of norm.chrome) {
    const text = line.label ? `${line.label}：${line.text}` : line.text;
    const name = (FIELD.exec(text) ?? DATE_THEN_BODY.exec(text) ?? BODY_THEN_DATE.exec(text))?.groups?.name;
    if (name && ORG.test(name) && !NOT_A_NAME.test(name)) {
      // The name as written: where it stands in the source line, when folding left it as it was.
      const raw = compact(norm.source.slice(line.start, line.end), true);
      const at = raw.indexOf(name);
      found.push({ name, words: at >= 0 ? name : raw.slice(Math.max(0, raw.length - name.length)) });
    }
  }
  return found;
}

function fromSelf(norm: Normalised, body: Para[]): Found | null {
  const end = SELF.exec(norm.text)?.groups?.end;
  if (!end) return null;
  const pattern = new RegExp(`(?:^|[，。、；《（]|\\d{4}年)(?<name>[\\u4e00-\\u9fff]{2,20}?${end})`, 'g');
  for (const para of body) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(para.text); m; m = pattern.exec(para.text)) {
      const name = m.groups?.name ?? '';
      if (VERB.test(name)) continue;
      const found = named(norm, para.start + m.index + m[0].length - name.length, name);
      if (found) return found;
    }
  }
  return null;
}

/** A caption or heading that opens with the body's name and a year (庆元县2024年度行政执法数据表). */
function fromCaption(norm: Normalised, all: Para[]): Found | null {
  for (const para of all) {
    if (para.text.length > MAX_CAPTION) continue;
    const marker = matchMarker(para.text)?.length ?? 0;
    const m = CAPTION.exec(para.text.slice(marker));
    const found = m?.groups?.name ? named(norm, para.start + marker, m.groups.name) : null;
    if (found) return found;
  }
  return null;
}

/** The fullest form of the name that the text gives. */
function extend(norm: Normalised, found: Found, list: Para[], fields: Found[]): string {
  let best = found;
  for (const para of list) {
    // 古城镇 → 古城镇人民政府, then the places before it in the same line (卢氏县古城镇人民政府).
    for (let at = EXTENDABLE.test(best.name) ? para.text.indexOf(best.name) : -1; at >= 0; at = para.text.indexOf(best.name, at + 1)) {
      const suffix = SUFFIX_EXTENSION.exec(para.text.slice(at + best.name.length))?.[0];
      if (!suffix) continue;
      best = { name: best.name + suffix, words: sourceWords(norm, para.start + at, para.start + at + best.name.length + suffix.length, true) };
      break;
    }
    LEAD.lastIndex = 0;
    const leadLength = LEAD.test(para.text) ? LEAD.lastIndex : 0;
    const whole = para.text.length <= 30 && leadLength === para.text.length;
    // The lead is sliced only when it may extend the name: most paragraphs open otherwise.
    if ((whole || para.text.length > leadLength) && leadLength > best.name.length && para.text.startsWith(best.name, leadLength - best.name.length)) {
      const lead = para.text.slice(0, leadLength);
      const prefix = lead.slice(0, leadLength - best.name.length);
      if (placesBefore(prefix, best.name)) best = { name: lead, words: sourceWords(norm, para.start, para.start + lead.length, true) };
    } else if (whole && abbreviates(best.name, para.text)) {
      // 县市场监管局 → 德清县市场监督管理局 in the signature: the name in full, its short form's words in order.
      best = { name: para.text, words: sourceWords(norm, para.start, para.end, true) };
    }
  }
  // 发布机构：某县民政局 names in full the 县民政局 of the text; 来源：溧水区白马镇人民政府 the 白马镇.
  for (const field of fields) {
    if (field.name.length > best.name.length && field.name.endsWith(best.name) && placesBefore(field.name.slice(0, -best.name.length), best.name)) best = field;
    const at = EXTENDABLE.test(best.name) ? field.name.indexOf(best.name) : -1;
    const rest = at < 0 ? '' : field.name.slice(at + best.name.length);
    if (at >= 0 && SUFFIX_EXTENSION.exec(rest)?.[0] === rest && (at === 0 || placesBefore(field.name.slice(0, at), best.name))) best = field;
    else if (abbreviates(best.name, field.name)) best = field;
  }
  return best.words;
}

/** A city bureau's branch named in full: the city's bureau, then the branch's area (南京市公安局江北新区分局). */
const BRANCH = /^[\u4e00-\u9fff]{2,10}?[市州](?<kind>公安|税务|生态环境|自然资源|规划和自然资源|市场监督管理)局(?<area>[\u4e00-\u9fff]{2,10}?)分局$/;

/** The shortest short form read for a name in full: 县民政局 is one; 市局 is too short to tell. */
const MIN_SHORT = 4;

/**
 * Whether `short` is a short form of the name `full`, the places it is in before it (县市场监管局 of
 * 德清县市场监督管理局, 区卫健局 of 某区卫生健康局): its characters in order, the same body's kind at the end.
 */
function abbreviates(name: string, full: string): boolean {
  // 西城区什刹海街道 of 北京市西城区人民政府什刹海街道办事处, 某县古城镇 of 某县古城镇人民政府: the office or government the short form leaves off.
  const short = name + (OFFICE_LEFT_OFF.find(([end, office]) => name.endsWith(end) && full.endsWith(end + office))?.[1] ?? '');
  if (short.length < MIN_SHORT || full.length <= short.length || full.at(-1) !== short.at(-1) || !ORG.test(full)) return false;
  // 南京市公安局江北新区分局, the 江北新区公安分局: a city bureau's branch, named by its area.
  const branch = BRANCH.exec(full)?.groups;
  if (branch && short === `${branch.area}${branch.kind}分局`) return true;
  // 泉阳经济技术开发区管委会 of 泉阳经济技术开发区管理委员会: the same places, the body's kind in full; not a body
  // within it (宁川市人大常委会法制工作委员会).
  const first = full.indexOf(short.charAt(0));
  return first >= 0 && inName(short, full) && (first === 0 ? !full.startsWith(short) : placesBefore(full.slice(0, first), short));
}

/** What a street's or a town's short name leaves off its body's name in full. */
const OFFICE_LEFT_OFF: ReadonlyArray<readonly [string, string]> = [['街道', '办事处'], ['镇', '人民政府'], ['乡', '人民政府']];

/** Whether `prefix` names the places that `name` is in: 杭州市上城 + 区市场监管局, 某县 + 民政局. */
function placesBefore(prefix: string, name: string): boolean {
  // 上海市徐汇区人民政府田林街道办事处: a street office is an agency of its district's government, named in its full name.
  if (STREET_OFFICE.test(name) && prefix.endsWith(GOVERNMENT)) return placeChain(prefix.slice(0, -GOVERNMENT.length));
  return placeChain(prefix + (/^[省市区县州]/.test(name) ? (name[0] ?? '') : '')) || placeChain(prefix);
}
const STREET_OFFICE = /街道(?:办事处)?$/;

/**
 * Whether `text` is a chain of place names: each piece of 2–8 characters ending in 省, 市, 区 …
 * (苏州市 is one piece, not 苏州 and 市). Read by the places each piece may end at, not by a regex
 * whose pieces may end at several places (that one backtracks without end on a long run of 区).
 */
function placeChain(text: string): boolean {
  if (!/^[\u4e00-\u9fff]+$/.test(text)) return false;
  const ends = new Uint8Array(text.length + 1);
  ends[0] = 1;
  for (let from = 0; from < text.length; from++) {
    if (!ends[from]) continue;
    for (let end = from + 1; end < Math.min(text.length, from + MAX_PLACE); end++) if (PLACE_END.test(text.charAt(end))) ends[end + 1] = 1;
  }
  return ends[text.length] === 1;
}

const PLACE_END = /[省市区县州国盟旗]/;
/** The longest piece of a chain of places, its end included. */
const MAX_PLACE = 8;
