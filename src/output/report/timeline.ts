import type { Document } from '../../schema/document.js';
import { dueDate } from '../csv.js';
import { html, type SafeHtml } from './html.js';

/** Months in a row are drawn with the empty ones between them while the range is at most this long. */
const MAX_CONTINUOUS_MONTHS = 36;

export interface MonthCount { month: string; deadlines: number; tasks: number }

/**
 * Deadlines per month of their due date (`end`, or `start` for an open start). Undated deadlines
 * (placeholders, unresolved years) are counted apart.
 * @example deadlinesByMonth(doc) // { months: [{ month: '2022-06', deadlines: 2, tasks: 2 }, …], undated: 1 }
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
  const present = [...byMonth.keys()].sort();
  let months = present;
  if (present.length > 1) {
    const all = monthRange(present[0]!, present[present.length - 1]!);
    if (all.length <= MAX_CONTINUOUS_MONTHS) months = all;
  }
  return {
    months: months.map((month) => ({ month, deadlines: byMonth.get(month)?.deadlines ?? 0, tasks: byMonth.get(month)?.tasks.size ?? 0 })),
    undated,
  };
}

function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
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
  const bars = months.map((m, i) => {
    const y = i * row;
    const pct = m.deadlines ? Math.max(0.8, (m.deadlines / max) * barMaxPct) : 0.3;
    return html`<g data-month="${m.month}" data-deadlines="${m.deadlines}"><title>${m.month}：${m.deadlines} 个期限，${m.tasks} 项任务</title>
<text x="0" y="${y + 16}">${m.month}</text><text x="64" y="${y + 16}" class="num">${m.deadlines || ''}</text>
<rect class="${m.deadlines ? 'bar' : 'zero'}" x="${barX}" y="${y + 5}" width="${pct.toFixed(1)}%" height="${row - 10}" rx="2"></rect></g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="${months.length * row + 4}" role="img" aria-label="按月份统计的期限（月份、期限个数）">${bars}</svg>${note}`;
}
