import { html, type SafeHtml } from './html.js';
import { KIND_LABEL, ROLE_LABEL, segment, type Mark, type MarkKind } from './marks.js';

/**
 * The CSS class of each kind that is drawn. Structure (task, section) and diagnostics show only
 * when jumped to: a mojibake warning can cover whole paragraphs, and underlining them all would
 * drown the figures the page is for.
 */
export const KIND_CLASS: Partial<Record<MarkKind, string>> = {
  deadline: 'k-d', unit: 'k-u', target: 'k-g', copy: 'k-c',
};

/**
 * The source text with every mark wrapped: one `<span class="m k-d k-u" data-m="t0 t0d0 t0u1">`
 * per run of text (so overlapping marks cannot break the nesting), the kind's label at the start
 * of each highlighted mark (`data-l`, drawn by CSS, so copying the text copies only the text).
 * Text outside every mark is left bare.
 */
export function renderSource(text: string, marks: readonly Mark[]): SafeHtml {
  const parts = segment(text, marks).map((seg) => {
    if (!seg.marks.length) return html`${seg.text}`;
    const classes = ['m', ...new Set(seg.marks.map((m) => KIND_CLASS[m.kind]).filter(Boolean))].join(' ');
    const labels = seg.starting.map((m) => m.label).filter(Boolean).join(' ');
    const ids = seg.marks.map((m) => m.id).join(' ');
    return labels
      ? html`<span class="${classes}" data-m="${ids}" data-l="${labels}">${seg.text}</span>`
      : html`<span class="${classes}" data-m="${ids}">${seg.text}</span>`;
  });
  return html`${parts}`;
}

/**
 * The key to the highlighting: a swatch drawn with the same classes as the text, then the kind's
 * name. No sample phrases: a sample ("6月底前", a bureau's name) would read as a finding of this
 * document.
 */
export function renderLegend(): SafeHtml {
  const item = (cls: string, label: string) =>
    html`<li><span class="m ${cls} swatch" aria-hidden="true"></span>${label}</li>`;
  return html`<ul class="legend" aria-label="图例">
${item('k-d', KIND_LABEL.deadline)}
${item('k-u', `单位（标签注明${ROLE_LABEL.lead}、${ROLE_LABEL.support}或${ROLE_LABEL.responsible}）`)}
${item('k-g', KIND_LABEL.target)}
${item('k-c', `${KIND_LABEL.copy}（重复或网页模板）`)}
</ul>`;
}
