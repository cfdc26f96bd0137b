import type { Document } from '../../schema/document.js';
import { dueDate } from '../csv.js';
import { html, type SafeHtml } from './html.js';

export interface MonthCount { month: string; deadlines: number; tasks: number }

/**
 * Deadlines per month of their due date (`end`, or `start` for an open start), months without
 * any left out. Undated deadlines (placeholders, unresolved years) are counted apart.
 * @example deadlinesByMonth(doc) // { months: [{ month: '2022-06', deadlines: 2, tasks: 2 }, { month: '2022-09', … }], undated: 1 }
 */
export function deadlinesByMonth(doc: Document): { months: MonthCount[]; undated: number } {
  const byMonth = new Map<string, { deadlines: number; tasks: Set<number> }>();
  let undated = 0;
  doc.tasks.forEach((t, i) => {
    for (const d of t.deadlines) {
      const due = dueDate(d);
      if (due === null) { undated++; continue; }
      const month = due.slice(0, 7);
      const entry = byMonth.get(month) ?? { deadlines: 0, tasks: new Set<number>() };
      entry.deadlines++;
      entry.tasks.add(i);
      byMonth.set(month, entry);
    }
  });
  // Only months with deadlines: a plan with a 2025 and a 2035 horizon must not draw 120 empty rows.
  // The gap is said in the chart instead (see monthsBetween).
  const months = [...byMonth.keys()].sort();
  return {
    months: months.map((month) => ({ month, deadlines: byMonth.get(month)!.deadlines, tasks: byMonth.get(month)!.tasks.size })),
    undated,
  };
}

/** Whole months strictly between two 'YYYY-MM' keys: monthsBetween('2022-06', '2022-09') is 2. */
export function monthsBetween(a: string, b: string): number {
  const n = (k: string) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7));
  return Math.max(0, n(b) - n(a) - 1);
}

/**
 * A horizontal bar chart in inline SVG, one row per month: labels at a fixed size, bar lengths in
 * percent of the width, so it reads the same at 375 px as at 1440 px and grows only downwards.
 */
export function renderTimeline(doc: Document): SafeHtml {
  const { months, undated } = deadlinesByMonth(doc);
  const note = undated ? html`<p class="empty">另有 ${undated} 个期限没有确定日期（如“X月底前”）。</p>` : '';
  if (!months.length) return html`<p class="empty">没有带日期的期限。</p>${note}`;
  const row = 24, barX = 118, barMaxPct = 62;
  const max = Math.max(...months.map((m) => m.deadlines));
  const gapRow = 16;
  let y = 0;
  const bars = months.map((m, i) => {
    const gap = i ? monthsBetween(months[i - 1]!.month, m.month) : 0;
    const skipped = gap ? html`<g class="gap" data-gap="${gap}"><text x="0" y="${y + 12}" class="gap">⋯ ${gap} 个月没有期限</text></g>` : '';
    if (gap) y += gapRow;
    const top = y;
    y += row;
    const pct = Math.max(0.8, (m.deadlines / max) * barMaxPct);
    return html`${skipped}<g data-month="${m.month}" data-deadlines="${m.deadlines}"><title>${m.month}：${m.deadlines} 个期限，${m.tasks} 项任务</title>
<text x="0" y="${top + 16}">${m.month}</text><text x="64" y="${top + 16}" class="num">${m.deadlines}</text>
<rect class="bar" x="${barX}" y="${top + 5}" width="${pct.toFixed(1)}%" height="${row - 10}" rx="2"></rect></g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="${y + 4}" role="img" aria-label="按月份统计的期限（月份、期限个数；没有期限的月份略去）">${bars}</svg>${note}`;
}
