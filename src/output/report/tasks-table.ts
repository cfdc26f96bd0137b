import type { Document, Target, Task, Unit } from '../../schema/document.js';
import { dueDate, earliestDue, PATH_SEPARATOR } from '../csv.js';
import { html, type SafeHtml } from './html.js';
import type { CollectionTask } from './collection-data.js';
import { ROLE_LABEL } from './marks.js';
import { STATUS_LABEL, STATUS_ORDER } from './status.js';

/** Unit names with the number of tasks naming each, most frequent first: the unit filter's options. */
export function unitOptions(tasks: readonly Task[]): Array<{ name: string; tasks: number }> {
  const counts = new Map<string, number>();
  for (const t of tasks) for (const name of new Set(t.units.map((u) => u.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => ({ name, tasks: n }))
    .sort((a, b) => b.tasks - a.tasks || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const COMPARATOR: Record<Target['comparator'], string> = {
  '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', '~': '约', range: '', increase: '提高', decrease: '降低',
};

/** A target as read back from the parse, for checking it against its sentence: "县域内就诊率 ≥ 90%". */
export function showTarget(t: Target): string {
  const value = t.value === null ? (t.placeholder ? 'X' : '?')
    : t.valueMax !== undefined && t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value);
  return [t.metric, COMPARATOR[t.comparator], `${value}${t.unit ?? ''}`].filter(Boolean).join(' ');
}

/** Task texts longer than this (code points) are clamped to a few lines in the table, with a button to open them. */
const LONG_TASK = 150;

function row(task: Task, i: number, info: CollectionTask, asOf: string | undefined): SafeHtml {
  const due = earliestDue(task.deadlines);
  const cell = (col: string, cls: string, items: SafeHtml[]) => items.length
    ? html`<td class="${cls}" data-col="${col}">${items}</td>`
    : html`<td class="${cls} empty-cell" data-col="${col}"><span class="empty">—</span></td>`;
  const deadlines = task.deadlines.map((d, k) => {
    const date = dueDate(d);
    const note = d.placeholder ? '占位' : date ?? '日期未定';
    return html`<button type="button" class="chip k-d" data-go="t${i}d${k}" data-kind="deadline">${d.text}<small>${note}</small></button>`;
  });
  const units = (role: Unit['role']) => task.units.flatMap((u, k) => u.role === role
    ? [html`<button type="button" class="chip k-u" data-go="t${i}u${k}" data-kind="unit" data-unit="${u.name}">${u.name}</button>`]
    : []);
  const targets = task.targets.map((g, k) =>
    html`<button type="button" class="chip k-g" data-go="t${i}g${k}" data-kind="target" title="${g.text}">${showTarget(g)}</button>`);
  const path = task.path.join(PATH_SEPARATOR);
  if (asOf) deadlines.push(html`<span class="st st-${info.status}">${STATUS_LABEL[info.status]}</span>`);
  return html`<tr data-i="${i}" data-due="${due ?? ''}" data-section="${info.section}"${asOf ? html` data-status="${info.status}" class="st-${info.status}"` : ''}>
<td class="text" data-col="任务">${path ? html`<span class="path">${path}</span>` : ''}<button type="button" class="tasktext" data-go="t${i}" title="在原文中定位">${task.text}</button>${Array.from(task.text).length > LONG_TASK ? html`<button type="button" class="more" data-more aria-expanded="false">展开全文</button>` : ''}</td>
${cell('期限', 'deadlines', deadlines)}
${cell(ROLE_LABEL.lead, 'lead', units('lead'))}
${cell(ROLE_LABEL.support, 'support', units('support'))}
${cell(ROLE_LABEL.responsible, 'responsible', units('responsible'))}
${cell('目标', 'targets', targets)}
</tr>`;
}

/**
 * The task table with its toolbar: a text filter, a unit filter (a select of every unit named),
 * and a sort by earliest deadline. Every deadline, unit and target is a button that jumps to its
 * span in the source (`data-go`), so the table and the highlighted text are checked side by side.
 */
export function renderTasks(doc: Document, rows: readonly CollectionTask[], asOf?: string, sections: readonly string[] = []): SafeHtml {
  if (!doc.tasks.length) return html`<p class="empty" id="no-tasks">没有识别出任务。</p>`;
  const options = unitOptions(doc.tasks).map((u) => html`<option value="${u.name}">${u.name}（${u.tasks}）</option>`);
  return html`<div class="toolbar" role="search">
<input type="search" id="task-q" placeholder="筛选任务文字、单位、期限…" aria-label="按文字筛选任务">
<select id="task-unit" aria-label="按单位筛选"><option value="">全部单位</option>${options}</select>
<select id="task-section" aria-label="按章节筛选"><option value="">全部章节</option>${sections.map((s, i) => html`<option value="${i}">${s}</option>`)}</select>
${asOf ? html`<select id="task-status" aria-label="按期限状态筛选"><option value="">全部状态</option>${STATUS_ORDER.map((s) => html`<option value="${s}">${STATUS_LABEL[s]}</option>`)}</select>` : ''}
<select id="task-sort" aria-label="排序"><option value="doc">文档顺序</option><option value="asc">期限：由早到晚</option><option value="desc">期限：由晚到早</option></select>
<button type="button" id="task-csv">下载 CSV</button>
<label class="print-source"><input type="checkbox" id="print-source"> 打印原文</label>
<span class="shown" id="task-shown" aria-live="polite">显示 ${doc.tasks.length} / ${doc.tasks.length} 项任务</span>
</div>
${asOf ? html`<ul class="legend status-legend" aria-label="期限状态图例">${STATUS_ORDER.map((s) => html`<li><span class="st st-${s}">${STATUS_LABEL[s]}</span></li>`)}<li class="empty">以 ${asOf} 为准，按最早的期限</li></ul>` : ''}
<table class="tasks" id="task-table">
<thead><tr><th scope="col">路径 › 任务</th><th scope="col" aria-sort="none" id="th-deadline"><button type="button" id="sort-deadline" title="按最早期限排序">期限 ⇅</button></th><th scope="col">${ROLE_LABEL.lead}</th><th scope="col">${ROLE_LABEL.support}</th><th scope="col">${ROLE_LABEL.responsible}</th><th scope="col">目标</th></tr></thead>
<tbody>
${doc.tasks.map((t, i) => row(t, i, rows[i]!, asOf))}
</tbody>
</table>`;
}
