import type { Comparator } from './lexicon/target-words.js';
import { admit, earlierYears } from './targets/admit.js';
import { adjacentComparator, farComparator, resolveComparator } from './targets/comparator.js';
import { clauseStart, isQuoted, quotedRanges } from './targets/context.js';
import { type Draft, shareInLists } from './targets/lists.js';
import { type Quantity, scanQuantities } from './targets/quantities.js';
import { place } from './targets/span.js';
import { WHITE_SPACE } from './lexicon/marks.js';

/** A numeric target found in one task's text. */
export interface FoundTarget {
  /** `[start, end)` UTF-16 indices into the input text: the target's text. */
  at: [number, number];
  /** e.g. "县域内就诊率较上年提高10个百分点", "二级医院不低于75%", "村70个". */
  text: string;
  /** What is measured, copied from the text: "县域内就诊率"; null when the text does not say. */
  metric: string | null;
  comparator: Comparator;
  value: number | null;
  /** Upper end of a range, else null. */
  valueMax: number | null;
  /** As written: "%", "个百分点", "人", "万元", "亿元", "张", "万管", "小时", "个月"… */
  unit: string | null;
  /** "X%", "X项": a number left blank in a template. */
  placeholder?: true;
}

export interface TargetContext {
  /**
   * The section does not look forward (extract/tense.ts: a review part, a summary, a news report):
   * its figures are statistics, unless their sentence looks forward (力争, 确保, 下一步…).
   */
  summary?: boolean;
  /** The year the plan is about: a figure stated for an earlier year ("2020年,全国…达到102万个") is a past statistic. */
  year?: number;
  /** The text lists criteria ("确诊符合以下标准:" and its items): its numbers say who qualifies, so none is a target. */
  rules?: boolean;
}

/**
 * The numeric targets in one task's text (normalised upstream: ASCII punctuation and digits,
 * dashes as "-"), in document order and never overlapping. Past results, ordinals, class names,
 * slogans, code numbers, funds allocated and counts that describe the document are left out.
 *
 * @example
 * findTargets('县域内就诊率较上年提高10个百分点,基本实现大病不出县。', {})
 * // [{ at: [0, 17], text: '县域内就诊率较上年提高10个百分点', metric: '县域内就诊率',
 * //    comparator: 'increase', value: 10, valueMax: null, unit: '个百分点' }]
 */
export function findTargets(text: string, ctx: TargetContext = {}): FoundTarget[] {
  if (ctx.rules) return [];
  const quoteMarks: number[] = [];
  const quantities = scanQuantities(text, quoteMarks);
  // Most task texts hold no number with a unit: then nothing else needs computing.
  if (!quantities.length) return [];
  const quoted = quotedRanges(text, quoteMarks);
  const years = earlierYears(text, ctx.year);
  const drafts: Draft[] = [];
  const spans: Array<[number, number]> = [];
  let previous: Quantity | null = null;
  let previousAdmitted = false;
  let lastEnd = 0;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const cStart = clauseStart(text, q.start);
    const sameClause = previous !== null && previous.end >= cStart;
    const leftFrom = sameClause && previous ? previous.end : cStart;
    // The words before the number end where it starts, less any white space: every rule reads them trimmed.
    let leftEnd = q.start;
    while (leftEnd > leftFrom && WHITE_SPACE[text.charCodeAt(leftEnd - 1)]) leftEnd--;
    const adjacent = adjacentComparator(text, leftFrom, leftEnd);
    const far = adjacent ? null : farComparator(text, leftFrom, leftEnd);
    const ok = admit({
      text, q, clauseStart: cStart, left: text.slice(leftFrom, leftEnd), adjacent, far, quoted: isQuoted(quoted, q.start),
      summary: ctx.summary === true, earlierYears: years, previousTarget: sameClause && previousAdmitted ? previous : null,
    });
    previous = q;
    previousAdmitted = ok;
    if (!ok) continue;
    const placed = place(text, q, Math.max(cStart, lastEnd), quantities[i + 1]?.start ?? text.length, adjacent, far);
    lastEnd = placed.end;
    spans.push([placed.start, placed.end]);
    drafts.push({
      q, comparator: resolveComparator(q, adjacent, far),
      ownComparator: adjacent !== null || far !== null || q.right !== null || q.range || q.open || q.more || q.fixed !== null,
      leftComparator: adjacent !== null,
      metric: placed.metric, metricBefore: placed.metricBefore,
    });
  }
  shareInLists(drafts, text);
  // Pushed, not mapped: once optimised, map() and filter() return holey arrays where the
  // interpreter's are packed, and code compiled for one kind deopts on the other.
  const targets: FoundTarget[] = [];
  drafts.forEach((d, i) => {
    const at = spans[i];
    const target: FoundTarget = {
      at, text: text.slice(at[0], at[1]), metric: d.metric, comparator: d.comparator,
      value: d.q.value, valueMax: d.q.range ? d.q.valueMax : null, unit: d.q.unit.text,
    };
    if (d.q.script === 'placeholder') target.placeholder = true;
    targets.push(target);
  });
  return targets;
}
