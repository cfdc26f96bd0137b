import { isUnitName, splitUnits } from './lexicon/unit-names.js';
import { isColumnLabel, undouble, writtenAt } from './tables.js';
import { labelRole } from './units/labels.js';
import type { FoundUnit, Role } from './units.js';

/** Column labels of task-division grids besides the unit columns (HTML tables and Word exports: a row a line, cells split by tabs). */
const GRID_LABELS = new Set(['重点任务', '任务', '任务名称', '工作内容', '任务内容', '重点工作', '改革任务', '具体工作', '主要内容',
  '完成时限', '时限要求', '完成期限', '工作事项', '事项']);

/** The role a unit column gives, or undefined for other columns (persons included). */
function columnRole(label: string): Role | undefined {
  const role = labelRole(label);
  return role && role !== 'person' ? role : undefined;
}

export interface GridRow { at: [number, number]; units: FoundUnit[] }
export interface Grid { /** From the header line's start to the last row's end. */ at: [number, number]; rows: GridRow[] }

/**
 * The rows of a task-division grid — a header line of column labels (序号 重点任务 牵头单位 配合单位
 * 完成时限) and the lines under it, cells split by tabs — each with the units of its unit columns.
 * A row with fewer cells than the header lost its leading cells to a merged cell above, so its
 * cells align from the right. Null when the text holds no such grid.
 * @example findGrid('重点任务\t牵头单位\t配合单位\n推进医共体建设\t市卫生健康委\t市财政局').rows
 * // [{ at: [17, 35], units: [lead 市卫生健康委, support 市财政局] }]
 */
export function findGrid(text: string, inherited?: string[]): Grid | null {
  // A header's and a row's cells are split by tabs: text without one holds no grid (most task texts).
  if (!inherited && !text.includes('\t')) return null;
  const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], at: m.index }));
  // A grid continued from an earlier segment (a category row "一、…" inside the table became a heading).
  const starts = inherited ? [-1] : [...lines.keys()];
  for (const h of starts) {
    const labels = h < 0 ? inherited! : gridLabels(lines[h]!.text);
    if (!labels) continue;
    const rows: GridRow[] = [];
    for (let r = h + 1; r < lines.length; r++) {
      const cells = cellsOf(lines[r]!.text, lines[r]!.at);
      // A category row spanning the table ("二、加强公共卫生") sits between rows.
      if (cells.length < 2 && isCategoryRow(lines, r)) continue;
      if (cells.length < 2) break;
      const shift = labels.length - cells.length;
      const units: FoundUnit[] = [];
      const seen = new Set<string>();
      cells.forEach((cell, k) => {
        const role = columnRole(labels[k + Math.max(0, shift)] ?? '');
        if (!role) return;
        let from = cell.at;
        for (const raw of splitUnits(cell.text)) {
          // "市卫生健康委(牵头)": the cell marks its lead.
          const lead = /[(（]牵头[)）]$/.test(raw);
          const name = undouble(raw.replace(/[(（]牵头[)）]$/, ''));
          if (!isUnitName(name) || seen.has(name)) continue;
          seen.add(name);
          const at = writtenAt(text, name, from);
          from = at[1];
          units.push({ at, name, role: lead ? 'lead' : role });
        }
      });
      rows.push({ at: [lines[r]!.at, lines[r]!.at + lines[r]!.text.length], units });
    }
    if (rows.length) return { at: [h < 0 ? rows[0]!.at[0] : lines[h]!.at, rows[rows.length - 1]!.at[1]], rows };
  }
  return null;
}

/** The column labels of a grid's header line, or null when the line is no such header. */
export function gridLabels(line: string): string[] | null {
  const labels = cellsOf(line, 0).map((c) => c.text.replace(/\s+/g, ''));
  return labels.length >= 3 && labels.filter((l) => GRID_LABELS.has(l) || isColumnLabel(l)).length >= 2 && labels.some((l) => columnRole(l)) ? labels : null;
}

/** A short line with no cells, followed by a row: a category row inside the table. */
function isCategoryRow(lines: Array<{ text: string }>, r: number): boolean {
  return lines[r]!.text.trim().length <= 40 && r + 1 < lines.length && cellsOf(lines[r + 1]!.text, 0).length >= 2;
}

/**
 * The labels of the grid a position lies in: the last header line before it, when only rows and
 * category rows stand between them.
 */
export function gridAt(text: string, pos: number): string[] | undefined {
  let i = text.lastIndexOf('\n', pos - 1);
  for (let steps = 0; i >= 0 && steps < 400; steps++) {
    const start = text.lastIndexOf('\n', i - 1) + 1;
    const line = text.slice(start, i);
    const labels = gridLabels(line);
    if (labels) return labels;
    if (!line.includes('\t') && line.trim().length > 40) return undefined;
    if (start === 0) return undefined;
    i = start - 1;
  }
  return undefined;
}

function cellsOf(line: string, at: number): Array<{ text: string; at: number }> {
  if (!line.includes('\t')) return [];
  const out: Array<{ text: string; at: number }> = [];
  let pos = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    if (part.trim()) out.push({ text: part.trim(), at: at + pos + lead });
    pos += part.length + 1;
  }
  return out;
}
