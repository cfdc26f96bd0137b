import type { OutlineNode } from '../outline/types.js';
import { CRITERIA_VERBS, OWN_LIST_WORDS } from './lexicon/rule-words.js';

/** How much of a section's lead (its title and own text before its first subsection) is read. */
const LEAD_TAIL = 120;
/** Marks that may close a lead. */
const CLOSING = '。;:';

/** A lead's last sentence with the mark that closes it: after the last 。 or ; before that mark. */
function lastSentence(tail: string): string {
  const closed = CLOSING.includes(tail[tail.length - 1] ?? '') ? tail.length - 1 : tail.length;
  const from = Math.max(tail.lastIndexOf('。', closed - 1), tail.lastIndexOf(';', closed - 1)) + 1;
  return tail.slice(from);
}
/** "有下列情形之一的": conditions, not items of work ("有以下工作安排"). */
const CONDITION_NOUN = /^有.{2}(?:情形|条件|行为|情况)/u;
/** A schedule of rates or standards: "月缴费费率按以下标准执行:", "统筹基金按以下比例支付:", "费率标准如下:". */
const SCHEDULE = /按(?:以下|下列|如下)(?:标准|比例|费率|规定|办法)|(?:标准|比例|费率)如下/u;
/** "…诊断标准:", "符合(一)至(三)项中一项指标。": criteria named at the end of the lead. */
const NAMES_CRITERIA = /(?:标准|条件|指征|指标|情形|特征)(?:之一)?的?[。;:]?$/u;

/**
 * Whether a section's lead introduces a list of criteria or conditions ("确诊符合以下标准:",
 * "具有下列第(一)至(四)项…指标:", "应至少具备以下1项试验阳性:", "符合(一)至(三)项中一项指标。",
 * "有下列情形之一的:") or a schedule of rates ("月缴费费率按以下标准执行:", "统筹基金按以下比例支付:").
 * The items under such a lead say who or what qualifies (ages, durations, test values) or what is
 * paid; their numbers define a rule, not a level the work must reach (GOLD-FORMAT v2, "Not targets").
 * `introduces`: the section has items under its lead; without them only a lead closed by ":" counts
 * (a task that ends "…各项指标符合国家标准。" lists nothing).
 *
 * @example
 * listsCriteria('慢性阻塞性肺疾病\n确诊符合…的慢性阻塞性肺病诊断标准:', true) // true
 * listsCriteria('主要目标\n到2025年,全市…达到以下目标:', true)              // false
 */
export function listsCriteria(lead: string, introduces: boolean): boolean {
  const tail = (lead.length > LEAD_TAIL ? lead.slice(-LEAD_TAIL) : lead).trimEnd();
  const last = lastSentence(tail);
  if (!introduces && !last.endsWith(':')) return false;
  if (SCHEDULE.test(last)) return true;
  const verbAt = Math.max(...CRITERIA_VERBS.filter((v) => v !== '有').map((v) => last.lastIndexOf(v)));
  // 有 only right before the list word and a noun of conditions ("有下列情形之一的"): alone it is too common a verb.
  const haveAt = Math.max(...OWN_LIST_WORDS.map((w) => last.lastIndexOf(`有${w}`)));
  if (haveAt > verbAt && CONDITION_NOUN.test(last.slice(haveAt))) return true;
  if (verbAt < 0) return false;
  const rest = last.slice(verbAt);
  return OWN_LIST_WORDS.some((w) => rest.includes(w)) || NAMES_CRITERIA.test(rest);
}

/** Whether the text before `end` (blanks skipped) closes with ":": a section without items may still introduce some. */
function closedByColon(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && /\s/u.test(text[i]!)) i--;
  return text[i] === ':';
}

/**
 * The sections that list criteria: those whose lead introduces them (`listsCriteria`), and every
 * section under one.
 *
 * @example
 * outlineCriteria(outline.roots, text).has(node) // true for "(三)吸入扩张剂后肺功能FEV1/FVC<70%"
 */
export function outlineCriteria(roots: OutlineNode[], text: string): Set<OutlineNode> {
  const out = new Set<OutlineNode>();
  const visit = (node: OutlineNode, inherited: boolean) => {
    const leadEnd = node.children[0]?.start ?? node.end;
    const own = inherited || ((node.children.length > 0 || closedByColon(text, node.start, leadEnd))
      && listsCriteria(text.slice(Math.max(node.start, leadEnd - LEAD_TAIL), leadEnd), node.children.length > 0));
    if (own) out.add(node);
    for (const child of node.children) visit(child, own);
  };
  for (const root of roots) visit(root, false);
  return out;
}
