import type { Meta } from '../schema/document.js';
import { textEnd, textStart, type Line } from './lines.js';
import { labelledValues, mayOpenWithLabel } from './meta-labels.js';
import { isoDateIn } from '../extract/lexicon/calendar.js';
import { COLON, DOWNLOAD, FOOTER, FOOTER_WORD, lineWords, lineWordsIn, PHRASE, SEPARATOR, SEPARATOR_SIGN, siteWordCount } from './line-words.js';

/**
 * Why a line is site chrome; rules are small and listed in one place (see {@link chromeRules}).
 * A `weak` rule's line is chrome only next to other chrome: "主办单位:…", "时间:2022年3月15日" or a
 * sentence with two site words is also what a notice's own body says. A rule with `maxLength`
 * sees only lines shorter than that (trimmed): a paragraph of prose costs one comparison.
 */
export interface ChromeRule {
  name: string; weak?: boolean; maxLength?: number;
  /**
   * The characters the line (trimmed) must open with for the rule to hold: a line's first
   * character is looked up once, in a table of every rule's, and the rules it cannot open are
   * not tried.
   */
  opens?: string;
  /** The rule reads where the line stands, and holds only within 25 lines of the text's top or bottom. */
  framed?: boolean;
  test(line: string, ctx: LineContext): boolean;
}
/**
 * Where the line stands, and its length before trimming (the rules see it trimmed). The other
 * fields hold what several rules read of one line, found once by the first rule that asks.
 */
export interface LineContext {
  index: number; count: number; untrimmedLength: number;
  /** The line's {@link lineWords} (its site words, phrases, footer and download words, separators, colon), or -1 until a rule asks. */
  words: number;
  /** The line's {@link articleInfo}, read by two rules, or -1 until one asks. */
  info: number;
  /**
   * A text that holds the line (trimmed) at `at`, where {@link lineWordsIn} reads it without
   * the line's string; none, or `at` -1: the line is read.
   */
  source?: string; at?: number;
}

const NAV_WORDS = [
  '首页', '返回', '下载', '相关', '举报', '打印', '打印本页', '打印此页', '关闭', '关闭窗口', '关闭本页', '分享', '分享到', '收藏',
  '扫一扫', '字号', '字体', '大', '中', '小', '默认', '上一篇', '下一篇', '登录', '注册', '搜索', '网站地图', '联系我们', '无障碍',
  '繁体', '简体', '繁體', 'English', '手机版', '电脑版', '微信', '微博', 'QQ空间', '返回顶部', '顶部', '纠错', '我要纠错', '保存',
  '在线阅读', '立即下载', '免费下载', '加入收藏', '设为首页', '浏览', '复制链接', '检索', '高级检索', '智能问答', '长者模式', '导航',
  '文章属性', '正文', '属性', '全文',
  // An article's tool row and the boxes after it: the read-aloud button, empty "related" boxes.
  '听全文', '语音播报', '相关新闻', '相关文章', '相关附件', '相关链接', '相关信息', '相关文件', '相关文件下载', '相关下载',
];
/** What stands between navigation words: spaces, bars, slashes, dots, brackets. */
const NAV_SEPARATOR = '\\s|｜/·•【】\\[\\]()<>';
/**
 * A line of navigation words and separators only ("首页 | 返回 | 打印本页"). A word must fill its
 * token ("返回顶部", not "返回" then "顶部"), so each token matches one way and the test is linear.
 */
const NAVIGATION = new RegExp(`^[${NAV_SEPARATOR}]*(?:(?:${NAV_WORDS.join('|')})(?![^${NAV_SEPARATOR}])[${NAV_SEPARATOR}]*)+$`);
/** What a trimmed line of {@link NAVIGATION} opens with: a separator (no blank) or a navigation word. */
const NAV_OPENERS = `|｜/·•【】[]()<>${NAV_WORDS.map((w) => w[0]).join('')}`;
/** "您当前的位置:首页 > …" opens its line; "…所处的当前位置:从全省看…" is a sentence. */
const BREADCRUMB_START = /^\s*(?:当前位置|您的位置|您当前的位置|您现在的位置|当前所在位置|所在位置)\s*[:：>]/;
/** Footer labels that an event notice also uses for its organisers. */
const FOOTER_LABEL = /(?:技术支持|主办单位|承办单位)\s*[:：]/;
const PAGE_THUMB = /_第\s*\d+\s*页\s*$/;
const ELLIPSIS_ONLY = /^\s*(?:\.{3,}|…+|\.\.\.)\s*$/;
/** "×", "↺": a widget's control alone on its line (close, reload, menu). Not "-" or "/", a table's empty value. */
const SIGNS = '×✕✖↺↻⟳☰';
const SIGNS_ONLY = new RegExp(`^\\s*[${SIGNS}]{1,2}\\s*$`);
const DIGITS = '0123456789';
/** A view counter whose number a script fills in: "-次", "123次", "浏览次数:-". */
const VIEW_COUNTER = /^\s*(?:[-\d]+\s*次|(?:浏览|阅读|访问|点击)(?:次数|量)?\s*[:：]\s*[-\d]*)\s*$/;
/** A font-size switch: "A+大 A+中 A+小", "A+大A+中A+小" (markup stars left by a broken export). */
const FONT_SWITCH = /^[\s*]*(?:A[+-]?[\s*]*[大中小][\s*]*){2,3}$/;
/** A breadcrumb's separator alone on its line: a trail written one item a line. */
const SEPARATOR_ONLY = /^\s*(?:>{1,2}|»|›|→)\s*$/;
/** The labels of an article's info line under its title ("来源:广州日报", "作者:…", "发布时间:…"). */
const ARTICLE_INFO = /^(?:来源|信息来源|文章来源|作者|编辑|责任编辑|发布时间|发表时间|时间|日期)$/;
const NUMERIC_DATE_ONLY = /^\s*\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** "文件下载:….doc": a download word ({@link DOWNLOAD}), and a file name at the end (tested apart: "下载.*\.doc$" backtracks over the line at every 下载). */
const FILE_AT_END = /\.(?:docx?|pdf|xlsx?|wps|zip|rar|ofd|txt)\s*$/i;
const MACHINE_VALUE = /^(?:[\d\s.,:/\-KMGkmgBb页个次]+|\d{4}[-/.年]\d{1,2}[-/.月]?\d{0,2}日?[\s\d:]*|[A-Za-z]{2,5}|)$/;

/**
 * The site vocabulary the line holds ({@link lineWords}): found by one walk for the rules that
 * ask (site phrases, footer words, site words, download words, a label's colon), where each
 * rule's pattern would scan the line again.
 */
function wordsOf(line: string, ctx: LineContext): number {
  if (ctx.words < 0) ctx.words = ctx.source !== undefined && ctx.at! >= 0 ? lineWordsIn(ctx.source, ctx.at!, ctx.at! + line.length) : lineWords(line);
  return ctx.words;
}

/** The line's {@link articleInfo}, found once for the two rules that ask. */
function infoOf(line: string, ctx: LineContext): number {
  if (ctx.info < 0) ctx.info = articleInfo(line);
  return ctx.info;
}

/** Every label rule reads a "label:" ("来源:", "技术支持:"); a line without a colon is none of theirs. */
function holdsColon(line: string, ctx: LineContext): boolean {
  return (wordsOf(line, ctx) & COLON) !== 0;
}

/** {@link BREADCRUMB_START} opens with 当, 您 or 所 (the line is trimmed). */
function opensBreadcrumb(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x5f53 || c === 0x60a8 || c === 0x6240;
}

/** {@link NUMERIC_DATE_ONLY}, which opens with a digit (the line is trimmed). */
function isNumericDate(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && NUMERIC_DATE_ONLY.test(line);
}

/** {@link VIEW_COUNTER} opens with "-", a digit, 浏, 阅, 访 or 点 (the line is trimmed). */
function opensViewCounter(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x6d4f || c === 0x9605 || c === 0x8bbf || c === 0x70b9;
}

/**
 * Can a line (trimmed) end with a file name of {@link FILE_AT_END}: is its last character the last
 * letter of an extension (c, x, f, s, p, r, d, t, either case)? A look at one character, where the
 * pattern would try every "." of the line.
 */
function endsLikeFileName(line: string): boolean {
  const c = line.charCodeAt(line.length - 1) | 0x20;
  return c === 0x63 || c === 0x78 || c === 0x66 || c === 0x73 || c === 0x70 || c === 0x72 || c === 0x64 || c === 0x74;
}

/** Lines near the top or the bottom of the text, where chrome lives. */
function inFrame(ctx: LineContext, n = 25): boolean {
  return ctx.index < n || ctx.index >= ctx.count - n;
}

/**
 * The chrome rules, in the order they are tried. Each recognises a general feature of site
 * chrome — navigation words, breadcrumb separators, site vocabulary, page-thumbnail labels,
 * licence numbers — never one site's exact strings. Rules that look at a line's position (near
 * the top or bottom) are weak: removing chrome moves lines into the frame, and cleaning cleaned
 * text must change nothing.
 */
export const chromeRules: readonly ChromeRule[] = [
  { name: 'breadcrumb', maxLength: 200, test: (l, ctx) => (opensBreadcrumb(l) && BREADCRUMB_START.test(l)) || ((wordsOf(l, ctx) & SEPARATOR_SIGN) !== 0 && isSeparatorTrail(l)) },
  { name: 'navigation', opens: NAV_OPENERS, test: (l) => NAVIGATION.test(l) },
  // The line is trimmed: "页" ends it.
  { name: 'page-thumbnail', maxLength: 80, test: (l, ctx) => ctx.untrimmedLength < 80 && l.endsWith('页') && PAGE_THUMB.test(l) },
  { name: 'site-phrase', maxLength: 120, test: (l, ctx) => (wordsOf(l, ctx) & PHRASE) !== 0 },
  { name: 'footer', maxLength: 160, test: (l, ctx) => (wordsOf(l, ctx) & FOOTER_WORD) !== 0 },
  { name: 'footer-label', weak: true, maxLength: 160, test: (l, ctx) => holdsColon(l, ctx) && FOOTER_LABEL.test(l) },
  { name: 'site-blurb', maxLength: 220, test: (l, ctx) => siteWordCount(wordsOf(l, ctx)) >= 4 },
  // "畅通投诉举报渠道", "在线浏览和下载服务": two or three site words make a policy sentence as often as a blurb.
  { name: 'site-words', weak: true, framed: true, maxLength: 220, test: (l, ctx) => inFrame(ctx) && siteWordCount(wordsOf(l, ctx)) >= 2 },
  { name: 'download', maxLength: 160, test: (l, ctx) => endsLikeFileName(l) && FILE_AT_END.test(l) && (wordsOf(l, ctx) & DOWNLOAD) !== 0 },
  { name: 'ellipsis', opens: '.…', test: (l) => ELLIPSIS_ONLY.test(l) },
  { name: 'signs', maxLength: 4, opens: SIGNS, test: (l) => SIGNS_ONLY.test(l) },
  { name: 'font-switch', maxLength: 24, opens: '*A', test: (l) => FONT_SWITCH.test(l) },
  { name: 'separator', weak: true, maxLength: 4, opens: '>»›→', test: (l) => SEPARATOR_ONLY.test(l) },
  // An article's info line: two pieces of info ("2024-03-05 来源:某市卫生健康局") are chrome anywhere;
  // one ("2025-01-01", "来源:广州日报", "-次") only next to other chrome.
  { name: 'article-info-line', maxLength: 80, test: (l, ctx) => holdsColon(l, ctx) && infoOf(l, ctx) >= 2 },
  { name: 'article-info', weak: true, maxLength: 50, test: (l, ctx) => isNumericDate(l) || (opensViewCounter(l) && VIEW_COUNTER.test(l)) || (holdsColon(l, ctx) && infoOf(l, ctx) === 1) },
  { name: 'numeric-date', weak: true, framed: true, opens: DIGITS, test: (l, ctx) => inFrame(ctx, 12) && isNumericDate(l) },
  { name: 'counter', weak: true, framed: true, opens: DIGITS, test: (l, ctx) => (ctx.index < 3 || ctx.index >= ctx.count - 3) && /^\s*\d{1,3}\s*$/.test(l) },
  { name: 'metadata', test: (l) => isMetadataLine(l) },
  { name: 'machine-label', weak: true, framed: true, test: (l, ctx) => isMachineLabelLine(l, ctx) },
];

function isSeparatorTrail(line: string): boolean {
  if (line.length >= 100 || !SEPARATOR.test(line)) return false;
  const parts = line.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return false;
  const avg = parts.reduce((a, p) => a + p.length, 0) / parts.length;
  return avg <= 10;
}

function isMetadataLine(line: string): boolean {
  const trimmed = withoutLeadingBars(line);
  if (trimmed.length >= 200 || !mayOpenWithLabel(trimmed)) return false;
  const pairs = labelledValues(trimmed);
  if (!pairs.length || pairs[0]!.index > 1) return false;
  // "【字号】…": a law database's attribute block brackets its labels.
  if (pairs.some((p) => p.label.strong) || pairs[0]!.bracketed) return trimmed.length < 200;
  return pairs.length >= 2 && trimmed.length < 120;
}

/** A table row's line without the bars (and blanks) before its first cell. */
function withoutLeadingBars(line: string): string {
  // Most lines open with neither (a Chinese character): no copy of them is made. Blanks beyond
  // ASCII stand between U+0080 and U+3000, and U+FEFF.
  const c = line.charCodeAt(0);
  const may = c === 0x7c || c === 0xff5c || c <= 0x20 || ((c <= 0x3000 || c === 0xfeff) && c >= 0x80 && /\s/.test(line[0]!));
  return may ? line.replace(/^[\s|｜]+/, '') : line;
}

/** The longest value an info label has: a date and time, or a source naming two bodies. */
const ARTICLE_INFO_VALUE = 40;
/** A date (and time) opening an info line. */
const LEADING_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/;

/**
 * The pieces of info an article's info line holds — a date, then info labels with short values
 * ("2024-03-05 来源:某市卫生健康局", "来源:广州日报", "作者:张三") — or 0 when the line is something else.
 */
function articleInfo(line: string): number {
  // Every info line that is not a bare date holds a label's colon: one look spares the label scan.
  if (!line.includes(':') && !line.includes('：')) return 0;
  let rest = line.trim();
  let n = 0;
  const date = LEADING_DATE.exec(rest);
  if (date) { n++; rest = rest.slice(date[0].length).trim(); }
  if (!rest) return 0; // a date alone is the numeric-date rules'
  const pairs = labelledValues(rest);
  if (!pairs.length || pairs[0]!.index !== 0) return 0;
  for (const p of pairs) if (!ARTICLE_INFO.test(p.label.label) || p.value.length > ARTICLE_INFO_VALUE) return 0;
  return n + pairs.length;
}

/** One generic label ("时间:", "大小:") with a machine-like value near the frame. */
function isMachineLabelLine(line: string, ctx: LineContext): boolean {
  if (!inFrame(ctx, 15)) return false;
  const trimmed = withoutLeadingBars(line);
  if (trimmed.length > 40) return false;
  const pairs = labelledValues(trimmed);
  return pairs.length === 1 && pairs[0]!.index <= 1 && MACHINE_VALUE.test(pairs[0]!.value);
}

export interface ChromeResult {
  /** Indices of chrome lines. */
  lines: number[];
  /** Metadata read from the chrome's label/value pairs. */
  meta: Partial<Meta>;
  /** What the strong rules said of each line, for a next look at the text once lines are gone. */
  verdicts: LineVerdicts;
}

/**
 * The verdicts on each line that depend on its text alone, with the line's text and the text the
 * rules were given (the line's, or a split label joined: `joined`): the strong rules' ({@link CHROME}),
 * and for a line they did not take, the weak rules' that do not read where it stands ({@link LOOSE}),
 * as bits of `flags`.
 */
export interface LineVerdicts { lines: readonly Line[]; joined: SplitLabels; flags: Uint8Array }

/**
 * What a look notes of each line, as bits of one byte per line (one array, where a flag each
 * would make seven): blank; taken as chrome (strong); weak chrome, taken next to chrome; the
 * strong rules' verdict and the loose weak rules' (kept for the next look); a split label's second
 * half; a lone label between chrome lines.
 */
const BLANK = 1, STRONG = 2, WEAK = 4, CHROME = 8, LOOSE = 16, SECOND_HALF = 32, LONE = 64;

/**
 * Finds the lines of site chrome and reads the metadata they carry (发布机构 → issuer,
 * 发文字号 → docNumber, 成文时间 → date). `earlier`: the verdicts of an earlier look at this text
 * before some of its lines went (the lines left are in the same order): a line whose text is
 * the same is not tested again. `source`: the text the lines are of (their `start` and `end`
 * are in it), where their characters are read rather than through their strings.
 * @example findChrome(linesOf('您当前的位置:首页 > 政府文件\n一、总体要求')).lines // [0]
 */
export function findChrome(lines: readonly Line[], earlier?: LineVerdicts, source?: string): ChromeResult {
  const n = lines.length;
  const meta: Partial<Meta> = {};
  // The site's own labels, kept apart from the document's and both present from the start: a rest
  // copy of one object without them met objects of many shapes, and optimised code was thrown away
  // at each new one.
  const site: SiteLabels = { datePublished: undefined, source: undefined };
  const { flags, bounds, labelStarts, cutShort } = survey(lines);
  const joined = joinSplitLabels(lines, flags, labelStarts);
  const verdicts: LineVerdicts = { lines, joined, flags };
  const known = earlier ? earlierLine(earlier) : null;
  // One context, filled in for each line: the rules keep nothing of it.
  const ctx: LookContext = { index: 0, count: n, untrimmedLength: 0, words: -1, info: -1, source: source ?? '', at: -1, raw: '', start: 0, end: 0, trimmed: null };
  for (let i = 0; i < n; i++) {
    if (flags[i]! & BLANK) continue;
    const raw = textOf(joined, lines, i);
    ctx.index = i; ctx.untrimmedLength = raw.length; ctx.words = -1; ctx.info = -1;
    ctx.raw = raw; ctx.trimmed = null;
    if (raw === lines[i]!.text) {
      ctx.start = bounds[2 * i]!; ctx.end = bounds[2 * i + 1]!;
      ctx.at = source === undefined ? -1 : lines[i]!.start + ctx.start;
    } else {
      ctx.at = -1;
      ctx.start = textStart(raw); ctx.end = textEnd(raw, ctx.start);
    }
    const k = known ? known(lines[i]!.text, raw) : -1;
    const chrome = k >= 0 ? (earlier!.flags[k]! & CHROME) !== 0 : matches(strongRules, ctx);
    if (!chrome) {
      const loose = k >= 0 ? (earlier!.flags[k]! & LOOSE) !== 0 : matches(looseRules, ctx);
      if (loose) flags[i]! |= LOOSE;
      if (loose || (inFrame(ctx) && matches(framedRules, ctx))) flags[i]! |= WEAK;
      continue;
    }
    flags[i]! |= CHROME | STRONG;
    const rest = joined?.get(i)?.end;
    if (rest !== undefined) flags[rest]! |= STRONG;
  }
  if (joined) for (const { end } of joined.values()) flags[end]! |= SECOND_HALF;
  // Weak lines join the chrome they touch, in runs: one sweep down, one sweep up.
  for (let i = 0; i < n; i++) if (flags[i]! & WEAK && nearest(flags, i, -1)) flags[i]! |= STRONG;
  for (let i = n - 1; i >= 0; i--) if (flags[i]! & WEAK && nearest(flags, i, +1)) flags[i]! |= STRONG;
  footerTail(lines, flags);
  truncatedRepeats(lines, flags, cutShort);
  for (let i = 0; i < n; i++) if ((flags[i]! & (STRONG | SECOND_HALF)) === STRONG) readMeta(textOf(joined, lines, i), meta, site);
  // A lone label line between chrome lines ("文章属性", "正文", "公文时效:") is chrome too.
  for (let i = 0; i < n; i++) {
    if (flags[i]! & (STRONG | BLANK) || bounds[2 * i + 1]! - bounds[2 * i]! > 6) continue;
    const t = lines[i]!.text.trim();
    // An outline heading ("一、总体要求") is never a stray label, whatever stands around it.
    if (t.length > 6 || /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、)）]|第.{1,4}[章节条])/.test(t)) continue;
    // Stored at every short line (0 or LONE), not in a branch that optimised code may not have run.
    flags[i]! |= nearest(flags, i, -1) && nearest(flags, i, +1) ? LONE : 0;
  }
  const found: number[] = [];
  for (let i = 0; i < n; i++) if (flags[i]! & (STRONG | LONE)) found.push(i);
  const { datePublished, source: from } = site;
  if (!meta.date && datePublished) meta.date = datePublished;
  if (!meta.issuer && from && /(?:委|局|办|厅|部|署|院|政府|中心|委员会|办公室)$/.test(from)) meta.issuer = from;
  return { lines: found, meta, verdicts };
}

/**
 * Where each line in turn (asked in line order) stood in the earlier look, or -1 when the rules
 * must look again. The lines left are the earlier lines with some gone, in order: one pointer
 * finds each line among them (the first line of the same text, which has the same verdicts). A
 * line whose rules' text changed (a split label joined anew) is looked at again.
 */
function earlierLine(earlier: LineVerdicts): (line: string, raw: string) => number {
  const { lines, joined } = earlier;
  let at = 0;
  return (line, raw) => {
    let k = at;
    while (k < lines.length && lines[k]!.text !== line) k++;
    if (k === lines.length) return -1;
    at = k + 1;
    return textOf(joined, lines, k) === raw ? k : -1;
  };
}

/**
 * What a look reads of each line's text before any rule, found in one walk over the lines (one
 * read of each line's ends, where four steps read them in turn): the blank lines (whitespace
 * only) marked {@link BLANK} in `flags`; where each line's text starts and ends, blanks aside
 * (`bounds[2i]`, `bounds[2i + 1]`, what trim() keeps); the lines whose text opens with "【" (a
 * split label's first half may: {@link joinSplitLabels}) and those whose text ends with "." or
 * "…" (a line cut short may: {@link truncatedRepeats}), in order.
 */
interface Survey { flags: Uint8Array; bounds: Int32Array; labelStarts: number[]; cutShort: number[] }

function survey(lines: readonly Line[]): Survey {
  const n = lines.length;
  const flags = new Uint8Array(n), bounds = new Int32Array(2 * n);
  const labelStarts: number[] = [], cutShort: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = lines[i]!.text;
    const start = textStart(t), end = textEnd(t, start);
    bounds[2 * i] = start;
    bounds[2 * i + 1] = end;
    if (start === end) { flags[i] = BLANK; continue; }
    if (t.charCodeAt(start) === 0x3010) labelStarts.push(i);
    const last = t.charCodeAt(end - 1);
    if (last === 0x2e || last === 0x2026) cutShort.push(i);
  }
  return { flags, bounds, labelStarts, cutShort };
}

/** A line of a footer's tail: a badge's or an app's name, a QR code's caption. */
const TAIL_CHARS = 20;

/**
 * After the page's footer (licence number, copyright, site code) the page has nothing left of the
 * document: the short lines that follow to the end (badges, app names, QR captions) are the footer's.
 * A line with a sentence or longer than {@link TAIL_CHARS} stops the rule: text follows.
 */
function footerTail(lines: readonly Line[], flags: Uint8Array): void {
  let last = -1;
  for (let i = lines.length - 1; i >= 0 && last < 0; i--) if (flags[i]! & STRONG && FOOTER.test(lines[i]!.text)) last = i;
  if (last < 0) return;
  const tail: number[] = [];
  for (let i = last + 1; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (t.length > TAIL_CHARS || /[。;；!！?？]/.test(t)) return;
    tail.push(i);
  }
  for (const i of tail) flags[i]! |= STRONG;
}

/** A line cut short by a site: its words, then "..." or "……" (tested on a line whose last character is one of them). */
const CUT_SHORT = /(?:\.{3}|…)$/;

/**
 * A share description: the start of an earlier line cut short ("职工医保个人账户…连续参保可获...",
 * repeating the lead), which a page writes for its share button. At least ten characters of it
 * must open an earlier line.
 */
function truncatedRepeats(lines: readonly Line[], flags: Uint8Array, cutShort: readonly number[]): void {
  let starts: Map<string, number[]> | undefined;
  // The last character (blanks aside) decides before the line is trimmed and the pattern runs
  // (a leader of dots is read once): only the lines of `cutShort` can be cut short.
  for (const i of cutShort) {
    const t = lines[i]!.text.trimEnd();
    if (!CUT_SHORT.test(t)) continue;
    let end = t.length;
    while (end > 0 && (t[end - 1] === '.' || t[end - 1] === '…')) end--;
    const cut = t.slice(0, end).replace(/\s+/g, '');
    if (cut.length < 10) continue;
    if (!starts) {
      starts = new Map();
      lines.forEach((l, k) => { const key = l.text.replace(/\s+/g, '').slice(0, 10); const list = starts!.get(key); if (list) list.push(k); else starts!.set(key, [k]); });
    }
    const earlier = (starts.get(cut.slice(0, 10)) ?? []).some((k) => k < i && lines[k]!.text.replace(/\s+/g, '').startsWith(cut) && !CUT_SHORT.test(lines[k]!.text.trimEnd()));
    if (earlier) flags[i]! |= STRONG;
  }
}

/**
 * The rules a line can hold, by its first character: `OPENS_RULES[OPENER[c]]` has bit `k` for
 * `chromeRules[k]` when the rule has no {@link ChromeRule.opens} or `c` is among them.
 */
const OPENER = new Uint8Array(0x10000);
const OPENS_RULES = openerTable();

function openerTable(): Int32Array {
  if (chromeRules.length > 31) throw new Error('internal error: too many chrome rules for a bit set');
  let any = 0;
  chromeRules.forEach((r, k) => { if (r.opens === undefined) any |= 1 << k; });
  // Characters that open the same rules share a class: class 0 opens only the rules that need no opener.
  const masks = [any];
  const byMask = new Map<number, number>([[any, 0]]);
  const codes = new Set(chromeRules.flatMap((r) => Array.from(r.opens ?? '', (c) => c.charCodeAt(0))));
  for (const c of codes) {
    let mask = any;
    chromeRules.forEach((r, k) => { if (r.opens?.includes(String.fromCharCode(c))) mask |= 1 << k; });
    let cls = byMask.get(mask);
    if (cls === undefined) { byMask.set(mask, cls = masks.length); masks.push(mask); }
    OPENER[c] = cls;
  }
  return Int32Array.from(masks);
}

/**
 * A rule list, by the class of a line's first character ({@link OPENER}): the rules of the list
 * that character can open, longest `maxLength` first (none first), and each one's `maxLength`
 * (or the largest length) — a line tries rules until one is shorter than it. Only whether some
 * rule holds is asked, and every test is a function of the line alone: their order is free.
 */
interface RuleList { rules: ReadonlyArray<readonly ChromeRule[]>; limits: readonly Int32Array[] }
function ruleList(keep: (r: ChromeRule) => boolean): RuleList {
  const rules: ChromeRule[][] = [], limits: Int32Array[] = [];
  const limit = (r: ChromeRule) => r.maxLength ?? 0x7fffffff;
  for (const open of OPENS_RULES) {
    const list = chromeRules.filter((r, k) => keep(r) && (open & (1 << k)) !== 0).sort((x, y) => limit(y) - limit(x));
    rules.push(list);
    limits.push(Int32Array.from(list, limit));
  }
  return { rules, limits };
}

const strongRules = ruleList((r) => !r.weak);
/** The weak rules that do not read where the line stands, and those that do (true only near the frame). */
const looseRules = ruleList((r) => r.weak === true && !r.framed);
const framedRules = ruleList((r) => r.weak === true && r.framed === true);

/**
 * A look's {@link LineContext}, with the line as given (`raw`, not blank) and where its text
 * starts and ends, blanks aside: the trimmed line (`trimmed`) is made once a rule is tried, and
 * only then (a long line of prose is too long for all but a few rules, and those its first character rules out).
 */
interface LookContext extends LineContext { raw: string; start: number; end: number; trimmed: string | null }

/** Does a rule of the list hold for the line (not blank)? */
function matches(list: RuleList, ctx: LookContext): boolean {
  const cls = OPENER[ctx.raw.charCodeAt(ctx.start)]!;
  const rules = list.rules[cls]!, limits = list.limits[cls]!;
  const length = ctx.end - ctx.start;
  for (let k = 0; k < rules.length; k++) {
    if (length >= limits[k]!) return false;
    const line = ctx.trimmed ??= ctx.raw.slice(ctx.start, ctx.end);
    if (rules[k]!.test(line, ctx)) return true;
  }
  return false;
}

/** Is the nearest non-blank line in direction `dir` a chrome line (flagged {@link STRONG})? */
function nearest(flags: Uint8Array, i: number, dir: 1 | -1): boolean {
  for (let j = i + dir; j >= 0 && j < flags.length; j += dir) if (!(flags[j]! & BLANK)) return (flags[j]! & STRONG) !== 0;
  return false;
}

/** The text the rules read of line `i`: its own, or a split label's two halves joined. */
function textOf(joined: SplitLabels, lines: readonly Line[], i: number): string {
  return joined?.get(i)?.text ?? lines[i]!.text;
}

/**
 * The split labels of a text, by the index of their first half: the text the rules read there
 * (both halves joined) and the index of the second half. Null when there is none (most texts).
 */
type SplitLabels = Map<number, { text: string; end: number }> | null;

/**
 * "【字" + "号】定卫办发〔2022〕13号": a label split over two lines is read as one. The first half's
 * text opens with "【" (`labelStarts`, from the {@link survey} with the blank lines' `flags`).
 */
function joinSplitLabels(lines: readonly Line[], flags: Uint8Array, labelStarts: readonly number[]): SplitLabels {
  let joined: SplitLabels = null;
  for (const i of labelStarts) {
    const t = lines[i]!.text;
    if (i + 1 >= lines.length || !/^\s*【[^】]{1,4}\s*$/.test(t)) continue;
    let j = i + 1;
    while (j < lines.length && j < i + 3 && flags[j]! & BLANK) j++;
    if (j < lines.length && /^\s*[^【]{1,4}】/.test(lines[j]!.text)) {
      (joined ??= new Map()).set(i, { text: `${t.trim()}${lines[j]!.text.trim()}`.replace(/\s+/g, ''), end: j });
    }
  }
  return joined;
}


/** What a site's labels say of its page rather than of the document: when it was posted, where from. */
interface SiteLabels { datePublished: string | undefined; source: string | undefined }

function readMeta(line: string, meta: Partial<Meta>, site: SiteLabels): void {
  for (const { label, value } of labelledValues(line.trim())) {
    if (!label.field || !value) continue;
    const v = value.replace(/[?\uFFFD]+$/, '').trim();
    if (!v) continue;
    switch (label.field) {
      case 'issuer': meta.issuer ??= v.split(/\s+/)[0]; break;
      case 'docNumber': if (/\d/.test(v)) meta.docNumber ??= v.replace(/\s+/g, ''); break;
      case 'dateWritten': { const d = isoDateIn(v); if (d) meta.date ??= d; break; }
      case 'datePublished': { const d = isoDateIn(v); if (d) site.datePublished ??= d; break; }
      case 'source': site.source ??= v.split(/\s+/)[0]; break;
      default: break;
    }
  }
}

