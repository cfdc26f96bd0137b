import type { Meta } from '../schema/document.js';
import type { Outline } from '../outline/types.js';
import { toYear, toNumber } from './lexicon/numbers.js';
import { iso } from './lexicon/calendar.js';

/** The kinds of documents a title names, with a remark such as (试行) or the years a plan covers (2021-2025年). */
const DOC_KIND = /(?:通知|意见|方案|要点|计划表?|规划|办法|规定|决定|报告|总结|纲要|条例|细则|通报|批复|公告|通告|函|指南|标准|措施|安排|任务|汇报|清单|实施意见|行动|工作要点)(?:[(（](?:试行|暂行|修订|征求意见稿|(?:19|20)\d{2}\s*[-—–至]\s*(?:19|20)\d{2}\s*年?)[)）])?$/;
const NOTICE_TITLE = /关于.{2,80}的(?:通知|意见|决定|批复|函|报告|通报|请示|公告|通告)$/;
/** Labels that sample-essay and sharing sites append to a page title. */
const SITE_LABEL = /(?:参考范文|参考例文|优秀范文|精选范文|范文|例文|精选|模板|word版|doc|[(（]\d+篇[)）]|\d+篇)$/i;
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
  const lines = text.split('\n').map((l) => l.trim());
  const headingStarts = new Set(outline.nodes.map((n) => text.lastIndexOf('\n', n.start) + 1));
  const title = findTitle(text, lines, headingStarts) ?? chrome.title;
  if (title) meta.title = title;

  const docNumber = chrome.docNumber ?? findDocNumber(lines, title);
  if (docNumber) meta.docNumber = docNumber;
  const signature = findSignature(text);
  const issuer = chrome.issuer ?? signature?.issuer;
  if (issuer) meta.issuer = issuer;
  const date = chrome.date ?? signature?.date;
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
    const line = raw.replace(/\s+/g, '').replace(SITE_LABEL, '');
    if (line.length < 6 || line.length > 90 || /[。;；!？]/.test(line) || /^(?:篇[一二三四五六七八九十]|[一二三四五六七八九十]+、|\d)/.test(line) && !/^\d{4}/.test(line)) return;
    if (!DOC_KIND.test(line)) return;
    let score = 1;
    if (NOTICE_TITLE.test(line)) score += 3;
    if (DOC_NUMBER.test((lines[i + 1] ?? '').replace(/\s+/g, '')) || DOC_NUMBER.test((lines.slice(i + 1, i + 4).find((l) => l) ?? '').replace(/\s+/g, ''))) score += 2;
    if (/[,，]/.test(line)) score -= 2;
    if (i < 5) score += 0.5;
    if (!best || score > best.score) best = { title: line, score };
  });
  if (best) return best.title;
  // A document flattened into one line ("…的通知 国办发〔2022〕14号 各省…"): its head, up to a space.
  const first = (lines.find((l) => l.trim()) ?? '').trim().split(/\s+/);
  const head = first[0]!.replace(SITE_LABEL, '');
  if (first.length < 2 || /^(?:[一二三四五六七八九十]+[、.]|[(（]|\d|第.{1,4}[章条节])/.test(head)) return undefined;
  return head.length >= 6 && head.length <= 90 && DOC_KIND.test(head) && !/[。;；!？,，]/.test(head) ? head : undefined;
}

/** The document number printed right under the title ("定卫办发〔2022〕13号"); a cited one in the body is not it. */
function findDocNumber(lines: string[], title: string | undefined): string | undefined {
  let at = title ? lines.findIndex((l) => l.replace(/\s+/g, '').replace(SITE_LABEL, '') === title) : -1;
  // The title opening a flattened line: the number follows it on that line.
  if (at < 0 && title) {
    const i = lines.findIndex((l) => l.trim().startsWith(title));
    const m = i >= 0 ? DOC_NUMBER_IN.exec(lines[i]!.trim().slice(title.length, title.length + 40)) : null;
    if (m) return m[0].replace(/\s+/g, '');
  }
  const window = at >= 0 ? lines.slice(Math.max(0, at - 3), at + 4) : lines.slice(0, 8);
  for (const l of window) {
    const s = l.replace(/\s+/g, '');
    if (DOC_NUMBER.test(s)) return s;
  }
  if (at >= 0) {
    const m = DOC_NUMBER_IN.exec(lines[at] ?? '');
    if (m && (lines[at] ?? '').indexOf(m[0]) > (title?.length ?? 0) - 2) return m[0];
  }
  return undefined;
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
      const prevLines = text.slice(Math.max(0, lineStart - 200), lineStart).split('\n').map((l) => l.trim()).filter(Boolean);
      const prev = prevLines[prevLines.length - 1];
      if (prev && prev.length <= 30 && ISSUER_TAIL.test(prev) && !/[。,，;；:：]/.test(prev)) issuer = prev;
      else if (!/^\s*$/.test(text.slice(m.index + m[0].length).split('\n')[0]!)) continue;
      else if (!issuer) continue;
    }
    const date = isoOf(m.groups!);
    if (date) return { ...(issuer ? { issuer } : {}), date };
  }
  return undefined;
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

/** Does this title name a kind of document (通知, 方案, 规划, 办法, 报告 …), as news headlines do not? */
export function namesDocumentKind(title: string | undefined): boolean {
  return !!title && DOC_KIND.test(title.replace(/\s+/g, '').replace(SITE_LABEL, ''));
}

/** Does this title (or an article's first line) name a work summary or report (past work)? */
export function isSummaryTitle(title: string | undefined): boolean {
  return !!title && /(?:总结|汇报|述职|回顾|工作报告|情况报告|成效|自查报告)/.test(title) && !/(?:要点|计划|方案|意见|通知)$/.test(title);
}
