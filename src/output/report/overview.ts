import type { Document } from '../../schema/document.js';
import { html, type SafeHtml } from './html.js';

/** The totals a reader (and the browser test) compares with the JSON. */
export function counts(doc: Document): Record<'tasks' | 'deadlines' | 'units' | 'targets' | 'sections' | 'copies' | 'diagnostics', number> {
  let sections = 0;
  const walk = (list: Document['sections']) => { for (const s of list) { sections++; walk(s.children); } };
  walk(doc.sections);
  return {
    tasks: doc.tasks.length,
    deadlines: doc.tasks.reduce((n, t) => n + t.deadlines.length, 0),
    units: doc.tasks.reduce((n, t) => n + t.units.length, 0),
    targets: doc.tasks.reduce((n, t) => n + t.targets.length, 0),
    sections,
    copies: doc.copies.length,
    diagnostics: doc.diagnostics.length,
  };
}

const COUNT_LABEL = {
  tasks: '项任务', deadlines: '个期限', units: '处单位', targets: '个目标', sections: '个标题', copies: '处删除', diagnostics: '条诊断',
} as const;
const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
const COPY_LABEL = {
  'page-copy': '整页重复', 'duplicate-article': '重复文章', 'near-duplicate': '近似重复', boilerplate: '网页模板文字',
} as const;

/** At most `max` code points of a span of the text, for a one-line preview. */
function excerpt(chars: readonly string[], [s, e]: readonly [number, number], max = 80): string {
  const text = chars.slice(s, Math.min(e, s + max)).join('').replace(/\s+/g, ' ');
  return e - s > max ? `${text}…` : text;
}

/**
 * Meta, totals, diagnostics (with the report's own problems, e.g. spans outside the text) and
 * what the cleaner removed, each removal collapsible and with a button to its place in the source.
 */
export function renderOverview(doc: Document, chars: readonly string[], problems: readonly string[]): SafeHtml {
  const m = doc.meta;
  const metaRows: Array<[string, string | number | undefined]> = [
    ['标题', m.title], ['发文字号', m.docNumber], ['发布机构', m.issuer], ['日期', m.date], ['计划年份', m.year],
    ['文件', doc.source.path], ['格式', doc.source.format], ['编码', doc.source.encoding],
    ['大小', `${doc.source.bytes} 字节，${chars.length} 字`], ['SHA-256', doc.source.sha256],
  ];
  const c = counts(doc);
  const countItems = (Object.keys(COUNT_LABEL) as Array<keyof typeof COUNT_LABEL>)
    .map((k) => html`<li><b data-count="${k}">${c[k]}</b>${COUNT_LABEL[k]}</li>`);
  const diags = doc.diagnostics.map((d, i) => html`<li><span class="sev sev-${d.severity}">${SEVERITY_LABEL[d.severity]}</span><code>${d.code}</code> ${d.message}${d.span ? html` <button type="button" class="go" data-go="x${i}">原文 ${d.span[0]}–${d.span[1]}</button>` : ''}</li>`);
  const own = problems.map((p) => html`<li><span class="sev sev-warning">报告</span>${p}</li>`);
  const copies = doc.copies.map((cp, i) => html`<li><b>${COPY_LABEL[cp.kind]}</b> <code>${cp.kind}</code> ${cp.span[0]}–${cp.span[1]}${cp.similarity !== undefined ? `，相似度 ${cp.similarity.toFixed(2)}` : ''}${cp.note ? `，${cp.note}` : ''}
<button type="button" class="go" data-go="c${i}">定位</button><br><q>${excerpt(chars, cp.span)}</q>${cp.of ? html`<br>保留的是 ${cp.of[0]}–${cp.of[1]}：<q>${excerpt(chars, cp.of)}</q>` : ''}</li>`);
  return html`<h2>概况</h2>
<ul class="counts" id="counts">${countItems}</ul>
<dl class="meta">${metaRows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
<details class="diagnostics" ${doc.diagnostics.length + problems.length ? 'open' : ''}><summary>诊断（${doc.diagnostics.length + problems.length}）</summary>
${diags.length + own.length ? html`<ul class="diags">${own}${diags}</ul>` : html`<p class="empty">无。</p>`}</details>
<details class="copies" id="copies"><summary>清理时删除的内容（${doc.copies.length}）</summary>
${copies.length ? html`<ol>${copies}</ol>` : html`<p class="empty">无。</p>`}</details>`;
}
