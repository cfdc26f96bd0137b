import { markTable } from '../lexicon/marks.js';
import {
  APPLICANT_SUBJECTS, BENEFIT_NOUNS, CONDITION_OPENERS, CONSEQUENCE_HEADS, CONTRIBUTION_WORDS, CRITERIA_NOUNS,
  CRITERIA_VERBS, ENTITLEMENT_VERBS, OWN_LIST_WORDS, PAYMENT_WORDS, PER_HEAD, PROCEDURAL_UNITS,
} from '../lexicon/rule-words.js';
import type { LeftWord } from './comparator.js';
import { WINDOW, sentenceStart } from './context.js';
import type { Quantity } from './quantities.js';
import { endsWithin, occursWithin, startsWithin } from './words.js';

/** What `definesRule` looks at around one quantity. */
export interface RuleContext {
  text: string;
  q: Quantity;
  /** Start of the clause holding the number. */
  clauseStart: number;
  /** The comparator word right before the number, if any. */
  adjacent: LeftWord | null;
  /** The number continues a list whose first member was admitted ("提高510元、440元"): it shares that member's verb. */
  listed?: boolean;
}

const CLAUSE_MARKS = markTable(',;。:!?\n');
/** A short item of a list of slogans: "一窗受理、限时办结、最多跑一次". */
const MAX_SLOGAN_ITEM = 6;
const ITEM_MARKS = markTable('、,;。:!?\n');
/** How far the criteria words of a count may stand after it: "3项或3项以上情形". */
const CRITERIA_REACH = 10;

// The clause before a number (`text[clauseStart, q.start)`) and the clause after it are read by
// index, not sliced: most rules look for a word of a list in one of them.
const holdsCriteriaVerb = occursWithin(CRITERIA_VERBS);
const holdsCriteriaNoun = occursWithin(CRITERIA_NOUNS);
const holdsPaymentWord = occursWithin(PAYMENT_WORDS);
const holdsBenefitNoun = occursWithin(BENEFIT_NOUNS);
const endsInBenefitNoun = endsWithin(BENEFIT_NOUNS);
const holdsContributionWord = occursWithin(CONTRIBUTION_WORDS);
const holdsEntitlementVerb = occursWithin(ENTITLEMENT_VERBS);
const opensWithCondition = startsWithin(CONDITION_OPENERS);
const opensWithApplicant = startsWithin(APPLICANT_SUBJECTS);
/** "符合以下", "具有下列…的": the list's own words, alone or before 的. */
const endsInOwnList = endsWithin([...OWN_LIST_WORDS, ...OWN_LIST_WORDS.map((w) => `${w}的`)]);
const endsInAtLeast = endsWithin(['至少']);
const OPEN = '('.charCodeAt(0);
const CLOSE = ')'.charCodeAt(0);
const DE = '的'.charCodeAt(0);
const ZHONG = '中'.charCodeAt(0);

/** Where the clause after the quantity ends: at its clause mark, with brackets kept ("分钟)的"). */
function clauseAfterEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + WINDOW);
  let i = from;
  while (i < limit && !CLAUSE_MARKS[text.charCodeAt(i)]) i++;
  return i;
}

/**
 * Whether `text[from, to)` ends in 的, after a last bracketed remark with no bracket inside and
 * then any closing brackets are set aside ("…在3家及以上的", "达到1000人次(每次…30分钟)的").
 */
function endsInDe(text: string, from: number, to: number): boolean {
  let end = to;
  if (end > from && text.charCodeAt(end - 1) === CLOSE) {
    let i = end - 2;
    while (i >= from && text.charCodeAt(i) !== OPEN && text.charCodeAt(i) !== CLOSE) i--;
    if (i >= from && text.charCodeAt(i) === OPEN) end = i;
  }
  while (end > from && text.charCodeAt(end - 1) === CLOSE) end--;
  return end > from && text.charCodeAt(end - 1) === DE;
}

/** The item holding `at` between list and clause marks. */
function itemAround(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && at - a <= MAX_SLOGAN_ITEM && !ITEM_MARKS[text.charCodeAt(a - 1)]) a--;
  let b = at;
  while (b < text.length && b - at <= MAX_SLOGAN_ITEM && !ITEM_MARKS[text.charCodeAt(b)]) b++;
  return [a, b];
}

/** How far a sentence may run after a number to the 的 that closes its condition. */
const CONDITION_REACH = 100;
const SENTENCE_END = markTable('。;!?\n');
const COMMA = ','.charCodeAt(0);

/**
 * "…达到1000人次(…),且按规定设置医疗机构…的,给予一次性补贴15万元": the number is part of a condition.
 * A "的," within the reach and before the sentence's end, with a consequence after it (the
 * consequence itself may run past the reach).
 */
function inCondition(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + CONDITION_REACH);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (SENTENCE_END[c]) return false;
    if (c !== DE || i + 1 >= limit || text.charCodeAt(i + 1) !== COMMA) continue;
    if (CONSEQUENCE_HEADS.some((w) => text.startsWith(w, i + 2))) return true;
  }
  return false;
}

/** "至少符合下列1项", "具有下列4项或4项以上指征的", "至少1项临床标准", "符合1至3项中…": a count of criteria. */
function countsCriteria({ text, q, clauseStart }: RuleContext, afterEnd: number): boolean {
  if (q.unit.kind !== 'count') return false;
  if (endsInOwnList(text, clauseStart, q.start)) return true;
  if (!holdsCriteriaVerb(text, clauseStart, q.start) && !endsInAtLeast(text, clauseStart, q.start)) return false;
  if (q.end < afterEnd && text.charCodeAt(q.end) === ZHONG) return true;
  return holdsCriteriaNoun(text, q.end, Math.min(afterEnd, q.end + CRITERIA_REACH));
}

/** "一窗受理、限时办结、最多跑一次": a one-off count inside a list of short slogans. */
function isSlogan({ text, q }: RuleContext): boolean {
  if (q.script !== 'chinese' || q.value !== 1) return false;
  const [a, b] = itemAround(text, q.start);
  if (b - a > MAX_SLOGAN_ITEM || (text[a - 1] !== '、' && text[b] !== '、')) return false;
  const [pa, pb] = text[a - 1] === '、' ? itemAround(text, a - 2) : itemAround(text, b + 1);
  return pb - pa <= MAX_SLOGAN_ITEM;
}

/** Comparators that, between a property and "的 + noun", define a class: "含量大于3.5%的烟气". */
const CLASS_COMPARATORS = ['大于', '小于', '高于', '低于', '超过', '不足', '>', '<', '≥', '≤'];
const HAN = /\p{Script=Han}/u;

/**
 * "淘汰10蒸吨以下燃煤锅炉", "二氧化硫含量大于3.5%的烟气": the number names a class of things
 * (by size, content, age) that the work acts on, not a level to reach.
 */
function definesClass({ text, q, adjacent }: RuleContext): boolean {
  const next = text[q.end] ?? '';
  if (q.right === '<=' && adjacent === null && text.startsWith('以下', q.end - 2) && HAN.test(next)) return true;
  if (!adjacent || !CLASS_COMPARATORS.includes(adjacent.word)) return false;
  return next === '的' && HAN.test(text[q.end + 1] ?? '') && HAN.test(text[adjacent.start - 1] ?? '');
}

/**
 * Whether a number defines a rule rather than a level the work must reach (GOLD-FORMAT v2, "Not
 * targets"): a count of criteria ("至少符合下列1项", "3项或3项以上指征"), the figure of a condition
 * ("入围生产企业在3家及以上的,", "若…则…直至招生比例的100%"), a payment or allocation ratio
 * ("以评估价的50%计算", "按85%支付", "80%用于薪酬分配"), a benefit, its standard, cap or term, or a
 * contribution rate ("增加20万元服务奖励", "每人每月为2413元", "救助标准不超过240元/人/日", "最多选择其中3个
 * 病种享受…待遇", "缴费费率为0.15%"), a
 * procedural time allowance ("在5个工作日内完成初核"; a deadline at most), a slogan ("最多跑一次"),
 * a step of an applicant's procedure ("家长登录…选择1所幼儿园"), or a class of things ("淘汰10蒸吨以下
 * 燃煤锅炉", "含量大于3.5%的烟气").
 *
 * @example
 * // "入围生产企业在3家及以上的,…": true; "县级各组建不少于30人的核酸检测队伍": false
 */
export function definesRule(r: RuleContext): boolean {
  const { text, q, adjacent, clauseStart } = r;
  const afterEnd = clauseAfterEnd(text, q.end);
  // A condition: its clause ends in 的 ("…在3家及以上的,", "达到1000人次(每次…30分钟)的,") or opens with 若/则.
  if (endsInDe(text, q.end, afterEnd)) return true;
  if (opensWithCondition(text, clauseStart, q.start)) return true;
  if (inCondition(text, q.end)) return true;
  if (countsCriteria(r, afterEnd)) return true;
  const kind = q.unit.kind;
  const amount = kind === 'percent' || kind === 'money';
  if (amount && holdsPaymentWord(text, q.end, afterEnd)) return true;
  if (amount && (holdsBenefitNoun(text, q.end, afterEnd) || endsInBenefitNoun(text, clauseStart, q.start))) return true;
  // A benefit's amount, cap or term stated as a rule: "救助标准不超过240元/人/日", "待遇享受最高时长为24个月",
  // "每人每月分别为2413元", "缴费费率…为0.15%". Raising a standard ("补助标准提高30元") is a goal.
  const states = (adjacent === null && !r.listed) || adjacent?.word === '为' || adjacent?.comparator === '<=' || adjacent?.comparator === '<';
  const benefitTerm = amount || kind === 'duration';
  if (states && benefitTerm && (holdsBenefitNoun(text, clauseStart, q.start) ||
    (amount && (PER_HEAD.test(text.slice(clauseStart, q.start)) || holdsContributionWord(text, clauseStart, q.start))))) return true;
  if (holdsEntitlementVerb(text, q.end, afterEnd)) return true;
  // A step's allowance ("在5个工作日内完成", "公示时间为5个工作日"); a limit to bring it down to is a goal.
  if (PROCEDURAL_UNITS.includes(q.unit.text) && (adjacent === null || adjacent.word === '为')) return true;
  if (isSlogan(r)) return true;
  if (definesClass(r)) return true;
  if (kind === 'count' && opensWithApplicant(text, sentenceStart(text, q.start), q.start)) return true;
  return false;
}
