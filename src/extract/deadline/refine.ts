import { addDays, addMonths } from '../lexicon/calendar.js';
import { APPLICANT_SUBJECTS } from '../lexicon/rule-words.js';
import {
  AFTER, afterMay, BEFORE, beforeMay, clauseTail, endsText, head, inFormula, isHanCode, MAY, MAY_AFTER, sentenceHead, tail,
} from './context.js';
import type { Candidate } from './candidates.js';
import type { DeadlineContext, Draft } from './draft.js';

/** Where a date widened by the word before it starts: `word` and the layout gap taken in, unless that crosses `floor`. */
function widened(s: number, gap: number, word: string | undefined, floor: number): number {
  const to = s - gap - (word?.length ?? 0);
  return word && to >= floor ? to : s;
}

/**
 * The words around a candidate decide: a cut-off, a label of the document's own dates, a title, a
 * past year, an issue or validity date or a year that only names something drop it; 每年, 从, 到
 * before it widen it and change what it means; the issue before a relative limit resolves it.
 * The candidate is refined in place (its caller gives it up for the result): a copy of it and of
 * its draft for every candidate was a cost here.
 */
export function refine(text: string, c: Candidate, ctx: DeadlineContext, floor: number): Candidate | null {
  let s = c.at[0];
  const e = c.at[1];
  const d = c.draft;
  const before = head(text, s);
  const b = before.text;
  // Which of the patterns before the date can match at all, by the window's last character.
  const may = beforeMay(b);
  if ((may & MAY.cutoff && BEFORE.cutoff.test(b)) || (may & MAY.done && BEFORE.done.test(b)) || (may & MAY.label && BEFORE.label.test(b))) return null;
  const recurring = may & MAY.recurring ? BEFORE.recurring.exec(b) : null;
  if (recurring) {
    s = widened(s, before.gap, recurring.groups?.word, floor);
    // Its first occurrence in the plan year, which a date written without a year already has.
    Object.assign(d, { recurring: true, plain: false, bare: undefined, chinese: undefined });
    if (d.yearSource !== 'document') Object.assign(d, { period: null, yearSource: 'none' });
    if (d.kind === 'on' && d.precision !== 'day') d.kind = 'during';
  }
  const from = may & MAY.from ? BEFORE.from.exec(b) : null;
  if (d.kind === 'start' && from) s = widened(s, before.gap, from.groups?.word, floor);
  const to = d.plain && may & MAY.to ? BEFORE.to.exec(b) : null;
  if (to) {
    // "到2015年,…提高到99%" in a plan for 2016 tells where the past had got to.
    if (d.year !== undefined && ctx.year !== undefined && d.year < ctx.year) return null;
    s = widened(s, before.gap, to.groups?.word, floor);
    Object.assign(d, { kind: 'by', plain: false, bare: undefined });
  }
  const latest = d.plain && may & MAY.latest ? BEFORE.latest.exec(b) : null;
  if (latest) {
    s = widened(s, before.gap, latest.groups?.word, floor);
    Object.assign(d, { kind: 'by', plain: false, bare: undefined });
  }
  let anchored = false;
  if (d.relative || d.years) {
    const issue = BEFORE.issue.exec(head(text, s, 16).text);
    if (issue) {
      anchored = true;
      s = widened(s, before.gap, issue.groups?.word, floor);
      resolveFromIssue(d, ctx.issued);
    }
  }
  // "承租人应自收到通知之日起1个月内结清费用": an applicant's or beneficiary's allowance, no limit on work.
  if (d.relative && !anchored && (privateSubject(text, s) || PERMITTED.test(clauseHead(text, s)))) return null;
  if (d.years && !anchored && (!BEFORE.years.test(b) || BEFORE.interval.test(sentenceHead(text, s)))) return null;
  if (c.parser.name === 'next-month' && c.groups.day === undefined && !BEFORE.event.test(b)) return null;
  const after = tail(text, e);
  const mayAfter = afterMay(after);
  if ((d.relative || d.years) && (AFTER.banned.test(after) || BEFORE.negated.test(b) || BEFORE.capped.test(clauseTail(text, e)))) return null;
  const prevHan = b.length > 0 && isHanCode(b.charCodeAt(b.length - 1));
  const fine = d.precision === 'day' || d.precision === 'xun' || d.precision === 'month';
  const frameIn = (may & MAY.frameIn) !== 0 && BEFORE.frameIn.test(b);
  const yu = (may & MAY.yu) !== 0 && BEFORE.yu.test(b);
  const framed = (may & MAY.frame && BEFORE.frame.test(b)) ||
    ((fine || c.parser.name === 'plan-period') && frameIn) ||
    (fine && (yu || (may & MAY.as && BEFORE.as.test(b)))) ||
    ((frameIn || yu) && AFTER.listed.test(after));
  // A time that qualifies a noun ("今年7月底的1.46亿户") names a moment; a limit has its 前, 起 or 内.
  if (c.groups.suffix === undefined && mayAfter & MAY_AFTER.naming && AFTER.naming.test(after)) return null;
  if (d.plain) {
    if (prevHan && !framed) return null;
    if (d.bare && !framed && !AFTER.opener.test(after) && !AFTER.predicate.test(after)) return null;
    // Digits and dashes are how page chrome dates a list entry or a post; a schedule is set in words.
    if (d.numeric && (!framed || BEFORE.bareLabel.test(b))) return null;
    // A signature, a list entry's or a post's date: a full date closing its line or set off by a layout gap, or one in Chinese numerals.
    if (d.fullDate && !framed && (endsText(text, e, true) || d.chineseYear || (text[e] === ' ' && text[e + 1] === ' '))) return null;
    // A news dateline: "北京3月27日电".
    if (mayAfter & MAY_AFTER.dateline && AFTER.dateline.test(after)) return null;
  }
  if (d.term && prevHan && !framed) return null;
  if (c.parser.name === 'relative-year' && inFormula(text, s, e)) return null;
  if (d.chinese && prevHan && !framed && !recurring && !from && !to) return null;
  // A period of an earlier year records the past; a limit ("2020年底前") is still a limit.
  if (d.year !== undefined && ctx.year !== undefined && d.year < ctx.year && d.kind !== 'by') return null;
  // A plain date of an event that has happened ("10月14日省政府召开了…").
  if (d.plain && d.kind === 'on' && /[了已曾]/u.test(clauseTail(text, e))) return null;
  // Days on or before the document's own date have passed: the signature, a dateline, a reported visit.
  if (ctx.issued !== undefined && (d.kind === 'on' || d.kind === 'during') && d.precision === 'day' && d.period && d.period[1] <= ctx.issued) return null;
  if ((mayAfter & MAY_AFTER.issued && AFTER.issued.test(after)) || (mayAfter & MAY_AFTER.done && AFTER.done.test(after))) return null;
  // "本办法自2019年7月1日起施行": the document's validity, not work that starts.
  // "自2025年1月1日起可…": what people may do from a date, not work that starts.
  if (d.kind === 'start' && text[e - 1] === '起' && (AFTER.validity.test(after) || AFTER.entitled.test(after))) return null;
  if (ctx.summary) {
    if (d.plain && !framed) return null;
    if (!BEFORE.forward.test(sentenceHead(text, s))) return null;
    if (BEFORE.past.test(clauseTail(text, e)) || BEFORE.past.test(sentenceHead(text, s).split(',').at(-1) ?? '')) return null;
  }
  c.at[0] = s;
  return c;
}

/**
 * Whether the sentence before `at` is said of an applicant, a beneficiary or a party to a contract
 * (APPLICANT_SUBJECTS) before any body ("区民政部门应在特困人员签订…之日起1个月内" is the body's limit).
 */
function privateSubject(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 120), at);
  const head = window.slice(Math.max(...['。', ';', '；', '!', '?', '\n'].map((c) => window.lastIndexOf(c))) + 1);
  let party = -1;
  for (const w of APPLICANT_SUBJECTS) {
    const i = head.indexOf(w);
    if (i >= 0 && (party < 0 || i < party)) party = i;
  }
  if (party < 0) return false;
  // The subject comes before the duty word: in "应在资助对象身份变化的次月调整" the party is no subject.
  const duty = head.search(DUTY);
  if (duty >= 0 && duty < party) return false;
  const body = head.search(BODY_HEAD);
  return body < 0 || party < body;
}
const DUTY = /应|要|须|可/u;
const BODY_HEAD = /部门|政府|机关|机构|单位|办事处|[局委办厅院]/u;
/** "可自公告次月起领取": what one may do from then, no limit. */
const PERMITTED = /(?:^|[^不])可(?!以?不)/u;

/** The clause before `at`, from the last , ; 。 or line break. */
function clauseHead(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 30), at);
  return window.slice(Math.max(...[',', '，', '。', ';', '；', '\n'].map((c) => window.lastIndexOf(c))) + 1);
}

/** A relative limit counted from the document's issue: its end when the issue date is known. */
function resolveFromIssue(d: Draft, issued: string | undefined): void {
  d.years = undefined;
  if (issued === undefined || d.offset === undefined) {
    Object.assign(d, { relative: true, period: null, yearSource: 'none' });
    return;
  }
  const end = 'months' in d.offset ? addMonths(issued, d.offset.months) : addDays(issued, d.offset.days);
  Object.assign(d, { relative: undefined, period: [issued, end], yearSource: 'document' });
}

