import type { Matrix } from './collection-data.js';
import { html, type SafeHtml } from './html.js';

/** Matrices with more columns than this are left off paper (they would not fit an A4 page). */
export const PRINTABLE_COLUMNS = 12;

/** "牵2 配1": the non-zero counts of a cell, in role order. */
export function cellLabel([lead, support, responsible]: readonly [number, number, number]): string {
  return [lead ? `牵${lead}` : '', support ? `配${support}` : '', responsible ? `责${responsible}` : ''].filter(Boolean).join(' ');
}

/**
 * The responsibility matrix of one document's page, drawn on the server (one document names tens
 * of units, not thousands): a row per unit, a column per top-level heading; a cell is a button
 * that filters the page's task table to the unit within the heading (`data-unit`, `data-section`).
 */
export function renderMatrix(matrix: Matrix): SafeHtml {
  if (!matrix.units.length) return html`<p class="empty">没有识别出单位。</p>`;
  const head = matrix.columns.map((c) => html`<th scope="col" title="${c}"><span>${c}</span></th>`);
  const rows = matrix.units.map((u, ui) => html`<tr><th scope="row">${u.name}</th><td class="total">${u.tasks}</td>${matrix.columns.map((c, ci) => {
    const cell = matrix.cells[ui]![ci];
    return cell
      ? html`<td><button type="button" class="cell" data-unit="${u.name}" data-section="${ci}" title="${u.name} · ${c}：牵头 ${cell[0]}，配合 ${cell[1]}，责任 ${cell[2]}（点击筛选任务）">${cellLabel(cell)}</button></td>`
      : html`<td></td>`;
  })}</tr>`);
  return html`<p class="hint">每格是该单位在该章节中牵头（牵）、配合（配）、负责（责）的任务数；点击一格，任务表即筛选为这些任务。</p>
<div class="matrix-wrap"><table id="matrix-table"><thead><tr><th scope="col">单位</th><th scope="col">任务</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}
