import { addDays, addMonths } from '../lexicon/calendar.js';
import { APPLICANT_SUBJECTS } from '../lexicon/rule-words.js';
import {
  AFTER, BEFORE, clauseTail, endsText, head, inFormula, isHan, sentenceHead, tail,
} from './context.js';
import type { Candidate } from './candidates.js';
import type { DeadlineContext, Draft } from './draft.js';

/**
 * The words around a candidate decide: a cut-off, a label of the document's own dates, a title, a
 * past year, an issue or validity date or a year that only names something drop it; 每年, 从, 到
 * before it widen it and change what it means; the issue before a relative limit resolves it.
 */
export function refine(text: string, c: Candidate, ctx: DeadlineContext, floor: number): Candidate | null {
  let [s, e] = c.at;
  const d: Draft = { ...c.draft };
  const before = head(text, s);
  if (BEFORE.cutoff.test(before.text) || BEFORE.done.test(before.text) || BEFORE.label.test(before.text)) return null;
  const widen = (word: string | undefined): void => {
    const to = s - before.gap - (word?.length ?? 0);
    if (word && to >= floor) s = to;
  };
  const recurring = BEFORE.recurring.exec(before.text);
  if (recurring) {
    widen(recurring.groups?.word);
    // Its first occurrence in the plan year, which a date written without a year already has.
    Object.assign(d, { recurring: true, plain: false, bare: undefined, chinese: undefined });
    if (d.yearSource !== 'document') Object.assign(d, { period: null, yearSource: 'none' });
    if (d.kind === 'on' && d.precision !== 'day') d.kind = 'during';
  }
  const from = BEFORE.from.exec(before.text);
  if (d.kind === 'start' && from) widen(from.groups?.word);
  const to = d.plain ? BEFORE.to.exec(before.text) : null;
  if (to) {
    // "到2015年,…提高到99%" in a plan for 2016 tells where the past had got to.
    if (d.year !== undefined && ctx.year !== undefined && d.year < ctx.year) return null;
    widen(to.groups?.word);
    Object.assign(d, { kind: 'by', plain: false, bare: undefined });
  }
  const latest = d.plain ? BEFORE.latest.exec(before.text) : null;
  if (latest) {
    widen(latest.groups?.word);
    Object.assign(d, { kind: 'by', plain: false, bare: undefined });
  }
  let anchored = false;
  if (d.relative || d.years) {
    const issue = BEFORE.issue.exec(head(text, s, 16).text);
    if (issue) {
      anchored = true;
      widen(issue.groups?.word);
      resolveFromIssue(d, ctx.issued);
    }
  }
  // "承租人应自收到通知之日起1个月内结清费用": an applicant's or beneficiary's allowance, no limit on work.
  if (d.relative && !anchored && (privateSubject(text, s) || PERMITTED.test(clauseHead(text, s)))) return null;
  if (d.years && !anchored && (!BEFORE.years.test(before.text) || BEFORE.interval.test(sentenceHead(text, s)))) return null;
  if (c.parser.name === 'next-month' && c.groups.day === undefined && !BEFORE.event.test(before.text)) return null;
  const after = tail(text, e);
  if ((d.relative || d.years) && (AFTER.banned.test(after) || BEFORE.negated.test(before.text) || BEFORE.capped.test(clauseTail(text, e)))) return null;
  const prevHan = isHan(before.text.at(-1));
  const fine = d.precision === 'day' || d.precision === 'xun' || d.precision === 'month';
  const framed = BEFORE.frame.test(before.text) ||
    ((fine || c.parser.name === 'plan-period') && BEFORE.frameIn.test(before.text)) ||
    (fine && (BEFORE.yu.test(before.text) || BEFORE.as.test(before.text))) ||
    ((BEFORE.frameIn.test(before.text) || BEFORE.yu.test(before.text)) && AFTER.listed.test(after));
  // A time that qualifies a noun ("今年7月底的1.46亿户") names a moment; a limit has its 前, 起 or 内.
  if (c.groups.suffix === undefined && AFTER.naming.test(after)) return null;
  if (d.plain) {
    if (prevHan && !framed) return null;
    if (d.bare && !framed && !AFTER.opener.test(after) && !AFTER.predicate.test(after)) return null;
    // Digits and dashes are how page chrome dates a list entry or a post; a schedule is set in words.
    if (d.numeric && (!framed || BEFORE.bareLabel.test(before.text))) return null;
    // A signature, a list entry's or a post's date: a full date closing its line or set off by a layout gap, or one in Chinese numerals.
    if (d.fullDate && !framed && (endsText(text, e, true) || d.chineseYear || (text[e] === ' ' && text[e + 1] === ' '))) return null;
    // A news dateline: "北京3月27日电".
    if (AFTER.dateline.test(after)) return null;
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
  if (AFTER.issued.test(after) || AFTER.done.test(after)) return null;
  // "本办法自2019年7月1日起施行": the document's validity, not work that starts.
  // "自2025年1月1日起可…": what people may do from a date, not work that starts.
  if (d.kind === 'start' && text[e - 1] === '起' && (AFTER.validity.test(after) || AFTER.entitled.test(after))) return null;
  if (ctx.summary) {
    if (d.plain && !framed) return null;
    if (!BEFORE.forward.test(sentenceHead(text, s))) return null;
    if (BEFORE.past.test(clauseTail(text, e)) || BEFORE.past.test(sentenceHead(text, s).split(',').at(-1) ?? '')) return null;
  }
  return { ...c, at: [s, e], draft: d };
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

