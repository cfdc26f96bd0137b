import { createHash } from 'node:crypto';
import type { Document } from '../../schema/document.js';
import { CLIENT_SCRIPT } from './client.js';
import { html, jsonForScript, raw, type SafeHtml } from './html.js';
import { collectMarks } from './marks.js';
import { renderOutline } from './outline.js';
import { counts, renderOverview } from './overview.js';
import { renderLegend, renderSource } from './source-view.js';
import { STYLES } from './styles.js';
import { renderTasks } from './tasks-table.js';
import { renderTimeline } from './timeline.js';

export { counts } from './overview.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Nothing may load from anywhere (the page opens from disk, offline), and only our own style and
 * script run: if an escaping bug ever let document text become markup, it still could not execute.
 */
const CSP = [
  "default-src 'none'", `style-src ${hash(STYLES)}`, `script-src ${hash(CLIENT_SCRIPT)}`,
  'img-src data:', "base-uri 'none'", "form-action 'none'",
].join('; ');

function page(title: string, body: SafeHtml, script: boolean): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="reform-parse">
<title>${title}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
${body}
${script ? html`<script>${raw(CLIENT_SCRIPT)}</script>` : ''}
</body>
</html>
`.value;
}

export interface ReportOptions {
  /** A link back to the index page, for a report written with others under `--out DIR`. */
  indexHref?: string;
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
  const title = doc.meta.title ?? doc.source.path;
  const body = html`<header class="top">
${options.indexHref ? html`<p class="path"><a href="${options.indexHref}">← 全部文件</a></p>` : ''}
<h1>${title}</h1>
<p class="path">${doc.source.path} · reform-parse 审阅报告</p>
<nav aria-label="目录"><a href="#overview">概况</a><a href="#timeline">时间线</a><a href="#outline">大纲</a><a href="#tasks">任务</a><a href="#source-pane">原文</a></nav>
</header>
<div class="layout">
<main class="panel">
<section id="overview">${renderOverview(doc, chars, problems)}</section>
<section id="timeline" class="timeline"><h2>期限时间线（按月）</h2>${renderTimeline(doc)}</section>
<section id="outline" class="outline"><h2>大纲</h2>${renderOutline(doc)}</section>
<section id="tasks"><h2>任务</h2>${renderTasks(doc)}</section>
</main>
<aside class="source-pane" id="source-pane" aria-label="原文">
<h2>原文</h2>
${renderLegend()}
<pre class="source" id="source" tabindex="0">${renderSource(text, marks)}</pre>
</aside>
</div>
<button type="button" id="back" hidden>↩ 返回</button>
<script type="application/json" id="report-data">${jsonForScript(doc)}</script>`;
  return page(`${title} · reform-parse`, body, true);
}

/** One row of the index page: a document and where its page was written, relative to the index. */
export interface IndexEntry { href: string; doc: Document }

/** The index page of a batch: one row per document with its totals and a link to its page. */
export function renderIndex(entries: readonly IndexEntry[], failed: ReadonlyArray<{ path: string; problem: string }> = []): string {
  const rows = entries.map(({ href, doc }) => {
    const c = counts(doc);
    return html`<tr><td><a href="${href}">${doc.meta.title ?? doc.source.path}</a><br><span class="empty">${doc.source.path}</span></td>
<td>${c.tasks}</td><td>${c.deadlines}</td><td>${c.units}</td><td>${c.targets}</td><td>${c.copies}</td><td>${c.diagnostics}</td></tr>`;
  });
  const failures = failed.map((f) => html`<li><code>${f.path}</code>：${f.problem}</li>`);
  const body = html`<header class="top"><h1>reform-parse 审阅报告</h1><p class="path">${entries.length} 个文件</p></header>
<div class="layout"><main class="panel"><section>
<div class="index-wrap"><table class="index"><thead><tr><th>文件</th><th>任务</th><th>期限</th><th>单位</th><th>目标</th><th>删除</th><th>诊断</th></tr></thead>
<tbody>${rows}</tbody></table></div>
${failures.length ? html`<h2>未能解析</h2><ul>${failures}</ul>` : ''}
</section></main></div>`;
  return page('reform-parse 审阅报告', body, false);
}
