import type { Document } from '../../schema/document.js';
import { CLIENT_SCRIPT } from './client.js';
import { collectionData } from './collection-data.js';
import { documentFlags, documentTitle } from './flags.js';
import { html, jsonForScript } from './html.js';
import { PRINTABLE_COLUMNS, renderMatrix } from './matrix.js';
import { page } from './page.js';
import { STATUS_LABEL } from './status.js';
import { collectMarks } from './marks.js';
import { renderOutline } from './outline.js';
import { counts, renderOverview } from './overview.js';
import { renderLegend, renderSource } from './source-view.js';
import { STYLES } from './styles.js';
import { renderTasks } from './tasks-table.js';
import { renderTimeline } from './timeline.js';

export { counts } from './overview.js';
export { renderCollection } from './collection.js';
export { documentFlags, documentTitle } from './flags.js';

export interface ReportOptions {
  /** A link back to the index page, for a report written with others under `--out DIR`. */
  indexHref?: string;
  /** The day deadlines are judged against (YYYY-MM-DD), printed on the page; without it no status is shown. */
  asOf?: string;
}

/**
 * One document as a self-contained HTML review page: meta and diagnostics, what the cleaner
 * removed, the outline, the task table (sortable, filterable), a timeline of deadlines by month,
 * and the source text with every deadline, unit and target highlighted; the table's cells jump to
 * their spans. Needs `source.text` (parse with `includeText: true`).
 * @example writeFileSync('report.html', renderReport(await parseFile('plan.txt', { includeText: true })))
 */
export function renderReport(doc: Document, options: ReportOptions = {}): string {
  const text = doc.source.text;
  if (text === undefined) throw new Error('the document has no source.text: parse it with --include-text (includeText: true) to make a report');
  const chars = Array.from(text);
  const { marks, problems } = collectMarks(doc, chars.length);
  const title = documentTitle(doc);
  const alerts = documentFlags(doc).filter((f) => f.level === 'alert');
  const data = collectionData([{ doc }], options.asOf ?? '');
  const body = html`<header class="top">
${options.indexHref ? html`<p class="path"><a href="${options.indexHref}">← 全部文件</a></p>` : ''}
<h1>${title}</h1>
<p class="path">${doc.source.path} · reform-parse 审阅报告${options.asOf ? html` · 期限状态截至 <b id="as-of">${options.asOf}</b>` : ''}</p>
<nav aria-label="目录"><a href="#overview">概况</a><a href="#timeline">时间线</a><a href="#outline">大纲</a><a href="#matrix">分工矩阵</a><a href="#tasks">任务</a><a href="#source-pane">原文</a></nav>
${alerts.length ? html`<p class="warning" role="alert" id="warning">⚠ 请核对：${alerts.map((f) => f.label).join('；')}。${doc.tasks.length ? '原文有文字丢失或无法解码，识别出的任务、期限和单位可能不全。' : '这份文件没有识别出任务：任务表是空的，不代表文件没有任务。'}</p>` : ''}
</header>
<div class="layout">
<main class="panel">
<section id="overview">${renderOverview(doc, chars, problems)}</section>
<section id="timeline" class="timeline"><h2>期限时间线（按月）</h2>${renderTimeline(doc)}</section>
<section id="outline" class="outline"><h2>大纲</h2>${renderOutline(doc)}</section>
<section id="matrix" class="${data.matrix.columns.length > PRINTABLE_COLUMNS ? 'matrix too-wide' : 'matrix'}"><h2>分工矩阵：单位 × 章节</h2>${renderMatrix(data.matrix)}<p class="print-note">矩阵有 ${data.matrix.columns.length} 列，打印时略去。</p></section>
<section id="tasks"><h2>任务</h2>${renderTasks(doc, data.tasks, options.asOf, data.docs[0]!.sections)}</section>
</main>
<aside class="source-pane" id="source-pane" aria-label="原文">
<h2>原文</h2>
${renderLegend()}
<pre class="source" id="source" tabindex="0">${renderSource(text, marks)}</pre>
</aside>
</div>
<button type="button" id="back" hidden>↩ 返回</button>
<script type="application/json" id="status-labels">${jsonForScript(STATUS_LABEL)}</script>
<script type="application/json" id="report-data">${jsonForScript(doc)}</script>`;
  return page(`${title} · reform-parse`, body, STYLES, CLIENT_SCRIPT);
}
