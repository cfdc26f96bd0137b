import { codeAt, markTable } from './lexicon/marks.js';
import type { Meta } from '../schema/document.js';
import type { Outline } from '../outline/types.js';
import { toYear, toNumber } from './lexicon/numbers.js';
import { iso } from './lexicon/calendar.js';

/** The kinds of documents a title names, with a remark such as (试行) or the years a plan covers (2021-2025年). */
const DOC_KIND = /(?:通知|意见|方案|要点|计划表?|规划|办法|规定|决定|报告|总结|纲要|条例|细则|通报|批复|公告|通告|函|指南|标准|措施|安排|任务|汇报|清单|实施意见|行动|工作要点)(?:[(（](?:试行|暂行|修订|征求意见稿|(?:19|20)\d{2}\s*[-—–至]\s*(?:19|20)\d{2}\s*年?)[)）])?$/;
const NOTICE_TITLE = /关于.{2,80}的(?:通知|意见|决定|批复|函|报告|通报|请示|公告|通告)$/;
/**
 * Labels that sample-essay and sharing sites append to a page title. Bounded counts (\d{1,4}):
 * `\d+篇$` tried at every digit of a long run is quadratic; see withoutSiteLabel.
 */
const SITE_LABEL = /(?:参考范文|参考例文|优秀范文|精选范文|范文|例文|精选|模板|word版|doc|[(（]\d{1,4}篇[)）]|\d{1,4}篇)$/i;
/** The longest label SITE_LABEL strips ("（1234篇）"): only a line's tail is tried. */
const SITE_LABEL_MAX = 8;
/** The last characters of DOC_KIND's words and brackets, and of SITE_LABEL's labels: what a title line may end with. */
const TITLE_LAST = markTable('知见案点划表规法定告结要例则报复函南准施排务动单)）文板版cC选篇');
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号$/;
const DOC_NUMBER_IN = /[\u4e00-\u9fff]{1,12}[〔\[【]\s*(?:19|20)\d{2}\s*[〕\]】]\s*\d{1,4}\s*号/;
const CN_OR_ARABIC_YEAR = '(?:\\d{4}|[二〇零0Oo一三四五六七八九]{4})';
/** Sticky: tried only four characters before each 年, as its year is always four characters. */
const SIGNATURE_DATE = new RegExp(`(?<y>${CN_OR_ARABIC_YEAR})年(?<m>[\\d一二三四五六七八九十]{1,3})月(?<d>[\\d一二三四五六七八九十]{1,3})日`, 'y');
const ISSUER_TAIL = /(?:委员会|人民政府|政府|办公室|办公厅|委|局|办|厅|部|署|院|中心|党委|党组|协会|学会|医院|卫生院|小组)$/;

export interface MetaInput { text: string; outline: Outline; chrome: Partial<Meta>; year?: number }

/**
 * The document's metadata: what its chrome states (发布机构, 发文字号, 成文时间), else what the
 * text states (the title line, the document number under it, the signature and its date), and
 * the plan year (the title's year, else the signature's, else the text's dominant year).
 * @example readMeta({ text: '2022年全市卫生健康工作要点\n…', … }).year // 2022
 */
export function readMeta({ text, outline, chrome, year }: MetaInput): Meta {
  const meta: Meta = {};
  // Trimmed in place, not by map() (docs/speed.md, the fourth round: arrays made by map()).
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trim();
  // Lines that a heading opens (a heading run into a flattened line leaves the line's head to the title).
  const headingStarts = new Set<number>();
  for (const n of outline.nodes) {
    // Back over the indentation only: a heading in a flattened line has text before it.
    let i = n.start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i < 0 || text[i] === '\n') headingStarts.add(i + 1);
  }
  const found = findTitle(text, lines, headingStarts);
  // A title printed over two lines ("…关于加强" / "三级公立医院…的意见") is found by its last line:
  // the metadata table's 标题 that ends with it is the whole title.
  const stated = chrome.title?.replace(/\s+/g, '');
  const title = found && stated && stated.length > found.length && stated.endsWith(found) ? stated : found ?? chrome.title;
  if (title) meta.title = title;

  const docNumber = chrome.docNumber ?? findDocNumber(lines, title);
  if (docNumber) meta.docNumber = docNumber;
  const signature = findSignature(text);
  const issuer = chrome.issuer ?? signature?.issuer;
  if (issuer) meta.issuer = issuer;
  // The signature dates the document (成文); a site prints its publication date, later (GOLD-FORMAT meta.date).
  const date = signature?.date ?? chrome.date;
  if (date) meta.date = date;

  const signed = date ? Number(date.slice(0, 4)) : undefined;
  let titleYear = yearOf(title);
  // A title year later than the signature is a site's label, not the plan's year.
  if (titleYear !== undefined && signed !== undefined && signature?.date === date && signed < titleYear - 1) titleYear = undefined;
  const y = year ?? titleYear ?? signed ?? dominantYear(text);
  if (y !== undefined) meta.year = y;
  return meta;
}

/** A title line: names a kind of document, has no sentence punctuation; a 关于…的通知 line wins. */
function findTitle(text: string, lines: string[], headingStarts: Set<number>): string | undefined {
  let best: { title: string; score: number } | undefined;
  const raws = text.split('\n');
  let offset = 0;
  lines.forEach((raw, i) => {
    const lineStart = offset;
    offset += raws[i]!.length + 1;
    if (headingStarts.has(lineStart)) return;
    // A title ends in a kind of document (or a site's label after it): a line ending otherwise is
    // no title, and is not squeezed (below the head, where no number runs into the title).
    if (i >= HEAD_LINES && !TITLE_LAST[codeAt(raw, raw.length - 1)]) return;
    let line = withoutSiteLabel(raw.replace(/\s+/g, ''));
    // "…的实施意见国办发〔2020〕24号各省…": a flattened head, the title run into its number.
    const head = i < HEAD_LINES ? titleBeforeNumber(line) : null;
    if (head) line = head.title;
    if (line.length < 6 || line.length > 90 || /[。;；!？]/.test(line) || /^(?:篇[一二三四五六七八九十]|[一二三四五六七八九十]+、|\d)/.test(line) && !/^\d{4}/.test(line)) return;
    if (!DOC_KIND.test(line)) return;
    let score = 1;
    if (NOTICE_TITLE.test(line)) score += 3;
    if (head || DOC_NUMBER.test((lines[i + 1] ?? '').replace(/\s+/g, '')) || DOC_NUMBER.test((lines.slice(i + 1, i + 4).find((l) => l) ?? '').replace(/\s+/g, ''))) score += 2;
    if (/[,，]/.test(line)) score -= 2;
    if (i < 5) score += 0.5;
    if (!best || score > best.score) best = { title: line, score };
  });
  if (best) return best.title;
  // A document flattened into one line ("…的通知 国办发〔2022〕14号 各省…"): its head, up to a space.
  const first = (lines.find((l) => l.trim()) ?? '').trim().split(/\s+/);
  const head = withoutSiteLabel(first[0]!);
  if (first.length < 2 || /^(?:[一二三四五六七八九十]+[、.]|[(（]|\d|第.{1,4}[章条节])/.test(head)) return undefined;
  return head.length >= 6 && head.length <= 90 && DOC_KIND.test(head) && !/[。;；!？,，]/.test(head) ? head : undefined;
}

/** The document number printed right under the title ("定卫办发〔2022〕13号"); a cited one in the body is not it. */
function findDocNumber(lines: string[], title: string | undefined): string | undefined {
  // Lines without white space, squeezed when first asked: most lines are never looked at.
  // By line in a Map: an array filled out of order changes its elements kind as it grows, and optimised
  // code was thrown away at the change (docs/speed.md, the fourth round).
  const cache = new Map<number, string>();
  const squeezed = (i: number): string => {
    let s = cache.get(i);
    if (s === undefined) cache.set(i, s = (lines[i] ?? '').replace(/\s+/g, ''));
    return s;
  };
  // The title run into its number on one line ("…的实施意见国办发〔2020〕24号…").
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const head = titleBeforeNumber(squeezed(i));
    if (head && (!title || head.title === title)) return head.number;
  }
  const at: number[] = [];
  // A copy of the title holds its first and last characters and is no shorter: the cheap tests first.
  if (title) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.length >= title.length && l.includes(title[0]!) && l.includes(title[title.length - 1]!) && withoutSiteLabel(squeezed(i)) === title) at.push(i);
    }
  }
  // The title opening a flattened line: the number follows it on that line.
  if (!at.length && title) {
    const i = lines.findIndex((l) => l.trim().startsWith(title));
    const m = i >= 0 ? DOC_NUMBER_IN.exec(lines[i]!.trim().slice(title.length, title.length + 40)) : null;
    if (m) return m[0].replace(/\s+/g, '');
  }
  // A few lines around each copy of the title (a site prints its date and source between them), blank lines aside.
  const windows: string[][] = [];
  if (at.length) for (const i of at) windows.push(nonBlankAround(squeezed, lines.length, i, 3, 5));
  else windows.push(nonBlankAround(squeezed, lines.length, 0, 0, 8));
  for (const window of windows) for (const l of window) if (DOC_NUMBER.test(l)) return l;
  for (const i of at) {
    const m = DOC_NUMBER_IN.exec(lines[i] ?? '');
    if (m && (lines[i] ?? '').indexOf(m[0]) > (title?.length ?? 0) - 2) return m[0];
  }
  return undefined;
}

/** Up to `before` and `after` non-blank lines around line `i` (the line itself included), of `count` lines read through `line`. */
function nonBlankAround(line: (k: number) => string, count: number, i: number, before: number, after: number): string[] {
  const out: string[] = [line(i)];
  for (let k = i - 1, n = 0; k >= 0 && n < before; k--) if (line(k)) { out.push(line(k)); n++; }
  for (let k = i + 1, n = 0; k < count && n < after; k++) if (line(k)) { out.push(line(k)); n++; }
  return out;
}

/** The lines a document's head may take: its title, number, addressees (site chrome is gone by now). */
const HEAD_LINES = 8;
/** A document number inside a line: its issuer's short name, the year, the serial number. */
const NUMBER_IN_LINE = /[〔\[【]\s*(?:19|20)\d{2}\s*[〕\]】]\s*\d{1,4}\s*号/;

/**
 * A title and its document number run together on one flattened line ("国务院办公厅关于…的实施意见
 * 国办发〔2020〕24号各省、自治区…"): the title is the longest head of the line that names a kind of
 * document, the number what stands between it and the number's end (its issuer's short name:
 * 2–8 characters). Null when the line holds no such pair.
 * @example titleBeforeNumber('某某关于印发方案的通知某卫发〔2022〕5号').number // '某卫发〔2022〕5号'
 */
export function titleBeforeNumber(line: string): { title: string; number: string } | null {
  const m = NUMBER_IN_LINE.exec(line);
  if (!m || m.index < 8) return null;
  for (let p = m.index - 2; p >= m.index - 8 && p >= 6; p--) {
    const title = line.slice(0, p), prefix = line.slice(p, m.index);
    if (!/^[\u4e00-\u9fff]+$/.test(prefix) || !DOC_KIND.test(title)) continue;
    if (title.length > 90 || /[。;；!？,，]/.test(title)) return null;
    return { title, number: `${prefix}${m[0].replace(/\s+/g, '')}` };
  }
  return null;
}

/**
 * The signature: a body's name on its own line (or just before the date) and a date such as
 * "2022年2月27日" or "二0一0年8月3日" closing a line, a paragraph or an article.
 */
function findSignature(text: string): { issuer?: string; date?: string } | undefined {
  // A scan of the whole text by the pattern tried it at every numeral; 年 is rarer.
  let end = 0;
  for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', Math.max(at + 1, end + 4))) {
    SIGNATURE_DATE.lastIndex = at - 4;
    const m = SIGNATURE_DATE.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (!/^(?:\s*$|\s*\n|\s*印发|\s*篇[一二三四五六七八九十]|\s*[(（]|\s+\S)/.test(after) || /^(?:前|起|开始|以前|之前|至)/.test(after)) continue;
    // What stands before the date on its line, after the last sentence end.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index).split(/[。;；!？]/).pop()!.trim();
    let issuer: string | undefined;
    if (before) {
      const name = before.split(/\s+/).pop()!;
      if (!ISSUER_TAIL.test(name) || name.length > 30) continue;
      issuer = name;
    } else {
      // The last non-blank line before, by a loop (docs/speed.md, the fourth round: arrays made by map()).
      const before = text.slice(Math.max(0, lineStart - 200), lineStart).split('\n');
      let prev: string | undefined;
      for (let k = before.length - 1; k >= 0 && !prev; k--) prev = before[k]!.trim() || undefined;
      if (prev && prev.length <= 30 && ISSUER_TAIL.test(prev) && !/[。,，;；:：]/.test(prev)) issuer = prev;
      else if (!/^\s*$/.test(restOfLine(text, m.index + m[0].length))) continue;
      else if (!issuer) continue;
    }
    const date = isoOf(m.groups!);
    if (date) return { ...(issuer ? { issuer } : {}), date };
  }
  return undefined;
}

/** The text from `at` to the end of its line (slicing the whole rest of the text per date was quadratic). */
function restOfLine(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

function isoOf(g: Record<string, string | undefined>): string | undefined {
  const y = toYear(g.y!.replace(/[Oo]/g, '〇')), m = toNumber(g.m!), d = toNumber(g.d!);
  if (!y || !m || !d || m > 12 || d > 31) return undefined;
  return iso(y, m, d);
}

function yearOf(title: string | undefined): number | undefined {
  if (!title) return undefined;
  const m = new RegExp(`(?<y>${CN_OR_ARABIC_YEAR})(?:年|—|-|\\s|[\\u4e00-\\u9fff])`).exec(title);
  const y = m ? toYear(m.groups!.y!) : null;
  return y ?? undefined;
}

/** The year the text mentions most (a plan's own year dominates its deadlines). */
function dominantYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d.])(?<y>(?:19|20)\d{2})年/g)) {
    const y = Number(m.groups!.y);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined, n = 0;
  for (const [y, c] of counts) if (c > n) { best = y; n = c; }
  return best;
}

/** A title without the label a sharing site appended; only the line's tail is tried, so a long line costs nothing. */
function withoutSiteLabel(line: string): string {
  const cut = Math.max(0, line.length - SITE_LABEL_MAX);
  return line.slice(0, cut) + line.slice(cut).replace(SITE_LABEL, '');
}

/** Does this title name a kind of document (通知, 方案, 规划, 办法, 报告 …), as news headlines do not? */
export function namesDocumentKind(title: string | undefined): boolean {
  return !!title && DOC_KIND.test(withoutSiteLabel(title.replace(/\s+/g, '')));
}

/** Does this title (or an article's first line) name a work summary or report (past work)? */
export function isSummaryTitle(title: string | undefined): boolean {
  return !!title && /(?:总结|汇报|述职|回顾|工作报告|情况报告|成效|自查报告)/.test(title) && !/(?:要点|计划|方案|意见|通知)$/.test(title);
}
