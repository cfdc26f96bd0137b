import type { Document } from '../../schema/document.js';
import { COLLECTION_SCRIPT } from './collection-client.js';
import { collectionData, type CollectionDoc } from './collection-data.js';
import { html, jsonForScript, type SafeHtml } from './html.js';
import { PRINTABLE_COLUMNS } from './matrix.js';
import { page } from './page.js';
import { STATUS_LABEL, STATUS_ORDER } from './status.js';
import { STYLES } from './styles.js';

export interface CollectionOptions {
  /** The day deadlines are judged against (YYYY-MM-DD); printed on the page. */
  asOf: string;
  /** Inputs that could not be read, listed under the index. */
  failed?: ReadonlyArray<{ path: string; problem: string }>;
}


function flagList(d: CollectionDoc): SafeHtml {
  if (!d.flags.length) return html`<span class="empty">—</span>`;
  return html`${d.flags.map((f) => html`<span class="flag flag-${f.level}" data-flag="${f.code}">${f.level === 'alert' ? '⚠ ' : ''}${f.label}</span>`)}`;
}

function indexRow(d: CollectionDoc, i: number): SafeHtml {
  const alert = d.flags.some((f) => f.level === 'alert');
  return html`<tr data-doc="${i}" class="${alert ? 'alert' : ''}">
<td class="title">${d.href ? html`<a href="${d.href}">${d.title}</a>` : d.title}<br><span class="empty">${d.path}</span></td>
<td>${d.issuer ?? ''}</td><td class="nowrap">${d.date ?? ''}</td>
<td class="num" data-count="tasks">${d.counts.tasks}</td><td class="num">${d.counts.deadlines}</td><td class="num">${d.counts.units}</td><td class="num">${d.counts.targets}</td>
<td class="flags">${flagList(d)}</td>
<td>${d.counts.tasks ? html`<button type="button" class="go" data-filter-doc="${i}">查看任务</button>` : ''}</td></tr>`;
}

/**
 * The page for many documents at once — one self-contained file, whether it holds 2 documents or
 * 500: an index (title, issuer, date, totals, flags), the responsibility matrix (units ×
 * documents, or × headings for one document) and every task of every document in one table,
 * filterable by unit and role, document, status on `asOf`, due-date window and text, sortable by
 * deadline, downloadable as CSV. The tasks travel as JSON and the script draws them.
 * @example writeFileSync('index.html', renderCollection(docs.map((doc) => ({ doc })), { asOf: '2022-07-01' }))
 */
export function renderCollection(entries: ReadonlyArray<{ doc: Document; href?: string }>, options: CollectionOptions): string {
  const data = collectionData(entries, options.asOf);
  const failed = options.failed ?? [];
  const { docs, matrix } = data;
  const alerts = docs.filter((d) => d.flags.some((f) => f.level === 'alert')).length;
  const single = docs.length === 1;
  const columns = matrix.columns.map((c) => html`<th scope="col" title="${c}"><span>${c}</span></th>`);
  const body = html`<header class="top">
<h1>reform-parse 审阅报告：${docs.length} 个文件</h1>
<p class="path">共 ${data.tasks.length} 项任务 · 期限状态截至 <b id="as-of">${data.asOf}</b></p>
<nav aria-label="目录"><a href="#docs">文件</a><a href="#matrix">分工矩阵</a><a href="#tasks">任务</a></nav>
</header>
<div class="wide">
${alerts ? html`<p class="warning" role="alert" id="warning">⚠ ${alerts} 个文件需要核对：未识别出任务，或有空文件、乱码等诊断（见下表“诊断”列）。</p>` : ''}
<section id="docs"><h2>文件（${docs.length}）</h2>
<div class="index-wrap"><table class="index" id="doc-index"><thead><tr><th>标题 / 文件</th><th>发布机构</th><th>日期</th><th>任务</th><th>期限</th><th>单位</th><th>目标</th><th>诊断</th><th></th></tr></thead>
<tbody>${docs.map(indexRow)}</tbody></table></div>
${failed.length ? html`<h3>未能读取（${failed.length}）</h3><ul class="failed">${failed.map((f) => html`<li><code>${f.path}</code>：${f.problem}</li>`)}</ul>` : ''}
</section>
<section id="matrix" class="${matrix.columns.length > PRINTABLE_COLUMNS ? 'matrix too-wide' : 'matrix'}"><h2>分工矩阵：单位 × ${single ? '章节' : '文件'}</h2>
<p class="hint">每格是该单位在该${single ? '章节' : '文件'}中牵头（牵）、配合（配）、负责（责）的任务数；点击一格，下方任务表即筛选为这些任务。</p>
<p class="print-note">矩阵有 ${matrix.columns.length} 列，打印时略去。</p>
${matrix.units.length ? html`<div class="matrix-wrap"><table id="matrix-table"><thead><tr><th scope="col">单位</th><th scope="col">任务</th>${columns}</tr></thead><tbody></tbody></table></div>
<button type="button" class="more" id="matrix-more" hidden>显示全部 ${matrix.units.length} 个单位</button>`
    : html`<p class="empty">没有识别出单位。</p><table id="matrix-table" hidden><tbody></tbody></table><button type="button" id="matrix-more" hidden></button>`}
</section>
<section id="tasks"><h2>任务</h2>
<div class="toolbar" role="search">
<input type="search" id="x-q" placeholder="筛选任务文字、单位、期限…" aria-label="按文字筛选任务">
<select id="x-unit" aria-label="单位"><option value="">全部单位</option></select>
<select id="x-role" aria-label="角色"><option value="">任何角色</option><option value="lead">牵头</option><option value="support">配合</option><option value="responsible">责任</option></select>
<select id="x-doc" aria-label="文件"${single ? html` hidden` : ''}><option value="">全部文件</option></select>
<select id="x-section" aria-label="章节"${single ? '' : html` hidden`}><option value="">全部章节</option></select>
<select id="x-status" aria-label="期限状态"><option value="">全部状态</option>${STATUS_ORDER.map((s) => html`<option value="${s}">${STATUS_LABEL[s]}</option>`)}</select>
<label class="window">期限 <input type="date" id="x-from" aria-label="期限不早于"> 至 <input type="date" id="x-to" aria-label="期限不晚于"></label>
<select id="x-sort" aria-label="排序"><option value="doc">文件顺序</option><option value="asc">期限：由早到晚</option><option value="desc">期限：由晚到早</option></select>
<button type="button" id="x-reset">清除筛选</button>
<button type="button" id="x-csv">下载 CSV</button>
</div>
<p class="shown"><span id="x-shown" aria-live="polite"></span></p>
<p class="summary" id="x-summary"></p>
<ul class="legend status-legend" aria-label="期限状态图例">${STATUS_ORDER.map((s) => html`<li><span class="st st-${s}">${STATUS_LABEL[s]}</span></li>`)}<li class="empty">以 ${data.asOf} 为准，按最早的期限</li></ul>
<table class="tasks xtasks${single ? ' single' : ''}" id="x-table">
<thead><tr><th scope="col" class="doc">文件</th><th scope="col" class="text">路径 › 任务</th><th scope="col" id="th-due" aria-sort="none" class="deadlines"><button type="button" id="x-sort-due" title="按最早期限排序">期限 ⇅</button></th><th scope="col" class="status">状态</th><th scope="col">牵头单位</th><th scope="col">配合单位</th><th scope="col">责任单位</th><th scope="col" class="targets">目标</th></tr></thead>
<tbody></tbody>
</table>
<p class="empty" id="x-empty" hidden>没有符合条件的任务。</p>
<button type="button" class="more" id="x-more" hidden>再显示 200 项</button>
</section>
</div>
<script type="application/json" id="status-labels">${jsonForScript(STATUS_LABEL)}</script>
<script type="application/json" id="collection-data">${jsonForScript(data)}</script>`;
  return page(`reform-parse 审阅报告：${docs.length} 个文件`, body, STYLES, COLLECTION_SCRIPT);
}
