import { markTable } from '../lexicon/marks.js';
import {
  APPLICANT_SUBJECTS, BENEFIT_NOUNS, CONDITION_OPENERS, CONSEQUENCE_HEADS, CONTRIBUTION_WORDS, CRITERIA_NOUNS,
  CRITERIA_VERBS, ENTITLEMENT_VERBS, OWN_LIST_WORDS, PAYMENT_WORDS, PER_HEAD, PROCEDURAL_UNITS,
} from '../lexicon/rule-words.js';
import type { LeftWord } from './comparator.js';
import { WINDOW, sentenceStart } from './context.js';
import type { Quantity } from './quantities.js';

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

const hasAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));
const startsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.startsWith(w));

/** The clause after the quantity up to its clause mark, with brackets kept ("分钟)的"). */
function clauseAfter(text: string, from: number): string {
  const limit = Math.min(text.length, from + WINDOW);
  let i = from;
  while (i < limit && !CLAUSE_MARKS[text.charCodeAt(i)]) i++;
  return text.slice(from, i);
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
const SENTENCE_END = /[。;!?\n]/u;

/** "…达到1000人次(…),且按规定设置医疗机构…的,给予一次性补贴15万元": the number is part of a condition. */
function inCondition(text: string, from: number): boolean {
  let window = text.slice(from, from + CONDITION_REACH);
  // Most windows hold no "的,": one native search settles them.
  let at = window.indexOf('的,');
  if (at < 0) return false;
  const end = window.search(SENTENCE_END);
  if (end >= 0) window = window.slice(0, end);
  for (; at >= 0 && at < window.length; at = window.indexOf('的,', at + 2)) {
    if (CONSEQUENCE_HEADS.some((w) => text.startsWith(w, from + at + 2))) return true;
  }
  return false;
}

/** "至少符合下列1项", "具有下列4项或4项以上指征的", "至少1项临床标准", "符合1至3项中…": a count of criteria. */
function countsCriteria({ q }: RuleContext, clause: string, after: string): boolean {
  if (q.unit.kind !== 'count') return false;
  if (OWN_LIST_WORDS.some((w) => clause.endsWith(w) || clause.endsWith(`${w}的`))) return true;
  if (!hasAny(clause, CRITERIA_VERBS) && !clause.endsWith('至少')) return false;
  return after.startsWith('中') || hasAny(after.slice(0, CRITERIA_REACH), CRITERIA_NOUNS);
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
  const { text, q, adjacent } = r;
  const after = clauseAfter(text, q.end);
  const clause = text.slice(r.clauseStart, q.start);
  // A condition: its clause ends in 的 ("…在3家及以上的,", "达到1000人次(每次…30分钟)的,") or opens with 若/则.
  if (after.replace(/\([^()]*\)$/u, '').replace(/\)+$/u, '').endsWith('的')) return true;
  if (startsWithAny(clause, CONDITION_OPENERS)) return true;
  if (inCondition(text, q.end)) return true;
  if (countsCriteria(r, clause, after)) return true;
  const kind = q.unit.kind;
  const amount = kind === 'percent' || kind === 'money';
  if (amount && hasAny(after, PAYMENT_WORDS)) return true;
  if (amount && (hasAny(after, BENEFIT_NOUNS) || BENEFIT_NOUNS.some((w) => clause.endsWith(w)))) return true;
  // A benefit's amount, cap or term stated as a rule: "救助标准不超过240元/人/日", "待遇享受最高时长为24个月",
  // "每人每月分别为2413元", "缴费费率…为0.15%". Raising a standard ("补助标准提高30元") is a goal.
  const states = (adjacent === null && !r.listed) || adjacent?.word === '为' || adjacent?.comparator === '<=' || adjacent?.comparator === '<';
  const benefitTerm = amount || kind === 'duration';
  if (states && benefitTerm && (hasAny(clause, BENEFIT_NOUNS) || (amount && (PER_HEAD.test(clause) || hasAny(clause, CONTRIBUTION_WORDS))))) return true;
  if (hasAny(after, ENTITLEMENT_VERBS)) return true;
  // A step's allowance ("在5个工作日内完成", "公示时间为5个工作日"); a limit to bring it down to is a goal.
  if (PROCEDURAL_UNITS.includes(q.unit.text) && (adjacent === null || adjacent.word === '为')) return true;
  if (isSlogan(r)) return true;
  if (definesClass(r)) return true;
  if (kind === 'count' && startsWithAny(text.slice(sentenceStart(text, q.start), q.start), APPLICANT_SUBJECTS)) return true;
  return false;
}
