import { candidates, type Candidate } from './deadline/candidates.js';
import { titleRanges } from './deadline/context.js';
import { refine } from './deadline/refine.js';
import { advanced, inherit } from './deadline/sentence.js';
import type { DeadlineContext, Kind, Precision, YearSource } from './deadline/draft.js';

export type { DeadlineContext } from './deadline/draft.js';

/** One time limit found in a task's text. */
export interface FoundDeadline {
  /** [start, end) UTF-16 indices into the input text. */
  at: [number, number];
  /** The expression as written: "2021年6月底前", "7月上旬开始", "二、三季度". */
  text: string;
  kind: Kind;
  /** ISO date: the first day allowed (null for `by`, and when unknowable). */
  start: string | null;
  /** ISO date: the last day allowed. */
  end: string | null;
  precision: Precision;
  yearSource: YearSource;
  /** "X月底前". */
  placeholder?: true;
  /** "每年2月底前": `end` is the first occurrence in the plan year. */
  recurring?: true;
  /** Counted from an event whose date the text does not give ("5个工作日内", "次月"): start and end null. */
  relative?: true;
  /** A relative limit as an ISO 8601 duration: "三个月内" → "P3M", "2-3年内" → "P2Y/P3Y". */
  duration?: string;
}

function toFound(input: string, { at, draft: d }: Candidate): FoundDeadline {
  const period = d.period;
  const found: FoundDeadline = {
    at,
    text: input.slice(at[0], at[1]),
    kind: d.kind,
    start: d.kind === 'by' || !period ? null : period[0],
    end: period ? period[1] : null,
    precision: d.precision,
    yearSource: d.yearSource,
  };
  // Set one by one, in this order: a spread of a small object per mark was a cost of every limit.
  if (d.placeholder) found.placeholder = true;
  if (d.recurring) found.recurring = true;
  if (d.relative) found.relative = true;
  if (d.duration !== undefined) found.duration = d.duration;
  return found;
}

/**
 * Every time limit in one task's text, in document order and without overlaps: dates with 前 / 底前
 * (`by`), 开始 / 起 (`start`), periods such as 年内, 一季度, 上半年, 7月上旬, “十三五”期间 (`during`)
 * and plain event dates (`on`), resolved against the document's plan year; relative limits
 * ("5个工作日内") resolved from the issue date when they count from it, else marked `relative`.
 * Dates that record the past or the document itself (issue, signature, publication and validity
 * dates, cut-offs, earlier years, names such as "2022年投资项目清单") are left out. Pure: the same
 * text and context always give the same result.
 *
 * @example
 * findDeadlines('6月25日前,全盟启动活动;2021年12月,做好评估。', { year: 2021 })
 * // [{ at: [0, 6], text: '6月25日前', kind: 'by', start: null, end: '2021-06-25', precision: 'day', yearSource: 'document' },
 * //  { at: [14, 22], text: '2021年12月', kind: 'on', start: '2021-12-01', end: '2021-12-31', precision: 'month', yearSource: 'explicit' }]
 */
export function findDeadlines(text: string, ctx: DeadlineContext): FoundDeadline[] {
  const found: FoundDeadline[] = [];
  // Folded (foldWidth) by candidates() if it needs it. Most task texts have no candidate: then their titles need no finding.
  const { text: folded, candidates: all, titled } = candidates(text, ctx);
  if (!all.length) return found;
  // The scan saw whether the text has a 《 at all.
  const titles = titled ? titleRanges(folded) : [];
  let floor = 0;
  let t = 0;
  let prev: Candidate | undefined;
  for (const c of all) {
    while (t < titles.length && titles[t][1] <= c.at[0]) t += 1;
    if (t < titles.length && titles[t][0] < c.at[0]) continue;
    let refined = refine(folded, c, ctx, floor);
    if (refined && refined.draft.advance !== undefined) refined = advanced(refined, prev, folded);
    if (!refined) continue;
    refined = inherit(refined, prev, folded, ctx);
    found.push(toFound(text, refined));
    floor = refined.at[1];
    prev = refined;
  }
  return found;
}
