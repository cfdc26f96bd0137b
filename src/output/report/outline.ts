import type { Document, Section } from '../../schema/document.js';
import { html, type SafeHtml } from './html.js';

/**
 * The outline as a tree of `<details>`, open to the second level, each heading with its number of
 * tasks (its own and below) and a button to its place in the source. Page ids `s<n>` follow
 * {@link flattenSections}' depth-first order, as the marks do.
 */
export function renderOutline(doc: Document): SafeHtml {
  if (!doc.sections.length) return html`<p class="empty">没有识别出标题层级。</p>`;
  const own = new Map<string, number>();
  for (const t of doc.tasks) if (t.sectionId !== null) own.set(t.sectionId, (own.get(t.sectionId) ?? 0) + 1);
  let next = 0;
  const total = (s: Section): number => (own.get(s.id) ?? 0) + s.children.reduce((n, c) => n + total(c), 0);
  const node = (s: Section, depth: number): SafeHtml => {
    const id = `s${next++}`;
    const n = total(s);
    const head = html`<button type="button" class="go" data-go="${id}" title="在原文中定位">↧</button> <b>${s.marker}</b>${s.title}${n ? html` <span class="n">${n} 项任务</span>` : ''}`;
    if (!s.children.length) return html`<li>${head}</li>`;
    const children = s.children.map((c) => node(c, depth + 1));
    return html`<li><details ${depth < 2 ? 'open' : ''}><summary>${head}</summary><ul>${children}</ul></details></li>`;
  };
  return html`<ul>${doc.sections.map((s) => node(s, 1))}</ul>`;
}
