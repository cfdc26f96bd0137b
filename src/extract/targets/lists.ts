import type { Comparator } from '../lexicon/target-words.js';
import type { Quantity } from './quantities.js';

/** One admitted target while its list is still being read. */
export interface Draft {
  q: Quantity;
  comparator: Comparator;
  /** A comparator of its own: a word before or after it, or a range. */
  ownComparator: boolean;
  /** A comparator word right before it ("提高", "不低于"), not only a qualifier after it. */
  leftComparator: boolean;
  metric: string | null;
  metricBefore: boolean;
}

/** Quantities joined only by these form one list: "70%、50%", "45项、10项、6项以上". */
const LIST_JOIN = /^(?:、|和|及|以及|或)$/u;
/** What separates the items of a metric list: "高血压、糖尿病", "城镇居民…收入和农村居民…收入". */
const ITEM_JOIN = /、|和|及/u;
/** Items that each end in the same word of at least this length are whole metrics ("…收入和…收入"). */
const SHARED_ENDING = 2;

function wholeItems(pieces: string[]): boolean {
  const ending = pieces[0].slice(-SHARED_ENDING);
  return ending.length === SHARED_ENDING && pieces.every((p) => p.length > SHARED_ENDING && p.endsWith(ending));
}
/** The shared head of a list of indicators: "高血压、糖尿病管理率" → 管理率. */
const METRIC_HEAD = /(?:规范管理|管理|覆盖|达标|合格|知晓|随访|筛查|接种|参保|签约|治疗|控制|检出)?(?:率|比例|占比|水平)$/u;

/**
 * "高血压、糖尿病管理率" for two numbers → ["高血压管理率", "糖尿病管理率"]; items that are whole
 * metrics already ("城镇居民人均可支配收入和农村居民人均可支配收入") are kept as they are. A qualifier before the
 * first item ("65岁以上老年人") is carried to the others when the items have the same length,
 * as paired disease or level names usually do; otherwise each item keeps what it has.
 */
function splitMetric(metric: string, count: number): string[] | null {
  const pieces = metric.split(ITEM_JOIN);
  if (pieces.length !== count) return null;
  const last = pieces[count - 1];
  const head = METRIC_HEAD.exec(last);
  if (!head || head.index === 0) return wholeItems(pieces) ? pieces : null;
  const stemLength = head.index;
  const first = pieces[0];
  const qualifier = first.length > stemLength + 1 ? first.slice(0, first.length - stemLength) : '';
  return pieces.map((p, i) => (i === 0 ? p + head[0] : i === count - 1 ? qualifier + p : qualifier + p + head[0]));
}

/**
 * Spreads what a list states once over its members: "分别达到70%、50%" gives 50% the 达到 of 70%;
 * "45项、10项、6项以上" gives the first two the 以上 of the last (not across 和: "95%和85%左右"); the metric before the list is
 * split or shared, and a noun after the last member ("…6项以上中医适宜技术") names them all.
 *
 * @example
 * // drafts for "管理率分别达到70%、50%": the second gets comparator '=' and metric 糖尿病管理率
 */
export function shareInLists(drafts: Draft[], text: string): void {
  let runStart = 0;
  for (let i = 1; i <= drafts.length; i++) {
    if (i < drafts.length && LIST_JOIN.test(text.slice(drafts[i - 1].q.end, drafts[i].q.start))) continue;
    if (i - runStart > 1) shareInRun(drafts.slice(runStart, i), text);
    runStart = i;
  }
}

function shareInRun(run: Draft[], text: string): void {
  const head = run[0];
  const last = run[run.length - 1];
  // "45项、10项、6项以上" spreads 以上 over the list; "95%和85%左右" keeps 左右 on the last member.
  const spreads = last.q.right !== null && text.slice(run[run.length - 2].q.end, last.q.start).includes('、');
  // "分别增长5%左右、5%以上": the change stated once governs every member, whatever qualifier it has (v2).
  const change = head.comparator === 'increase' || head.comparator === 'decrease';
  for (const d of run) {
    if (change && d !== head && !d.leftComparator) { d.comparator = head.comparator; continue; }
    if (d.ownComparator && d !== head) continue;
    if (spreads && !d.q.right && !d.q.range && d.comparator === '=') d.comparator = last.comparator;
    else if (d !== head && head.ownComparator && !head.q.range) d.comparator = head.comparator;
  }
  const split = head.metricBefore && head.metric ? splitMetric(head.metric, run.length) : null;
  const shared = head.metric ?? last.metric;
  run.forEach((d, i) => {
    if (split) d.metric = split[i];
    else d.metric ??= shared;
  });
}
