import { isUnitName, splitUnits } from './lexicon/unit-names.js';
import type { FoundUnit, Role } from './units.js';

/** Column labels of work-plan tables (推进计划表, 任务分解表) as PDF exports flatten them. */
export const COLUMN_LABELS = new Set([
  '牵头领导', '责任领导', '分管领导', '项目责任人', '责任人', '牵头部门', '牵头单位', '配合部门', '配合单位', '责任单位', '责任部门',
  '责任主体', '项目目标', '年度计划', '工作节点', '节点目标', '验收标准', '完成时限', '时间节点', '工作任务', '主要任务', '具体任务',
  '工作措施', '具体措施', '序号', '进度安排', '完成时间', '推进措施', '工作目标', '目标任务', '考核指标', '备注',
]);
const LABEL_ROLE: Record<string, Role | 'person' | 'other'> = {
  牵头部门: 'lead', 牵头单位: 'lead', 配合部门: 'support', 配合单位: 'support', 责任单位: 'responsible', 责任部门: 'responsible',
  责任主体: 'responsible', 牵头领导: 'person', 责任领导: 'person', 分管领导: 'person', 项目责任人: 'person', 责任人: 'person',
};

/** Is this text a flattened work-plan table (at least three column labels standing as cells)? */
export function isWorkPlanTable(text: string): boolean {
  let n = 0;
  for (const token of text.split(/\s+/)) if (COLUMN_LABELS.has(token)) n++;
  return n >= 3;
}

/**
 * The units of one task's flattened work-plan table: the 牵头部门 and 配合部门 cells of its header
 * (values aligned with their labels, persons skipped), and the 责任主体 cell of each row — whose
 * units are listed as responsible unless the task already names them.
 */
export function tableUnits(text: string): FoundUnit[] {
  const tokens = mergeBrokenNames([...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index })));
  const out: FoundUnit[] = [];
  const seen = new Set<string>();
  const add = (name: string, role: Role, at: number) => {
    const n = undouble(name);
    if (!isUnitName(n) || seen.has(n)) return;
    seen.add(n);
    out.push({ at: writtenAt(text, name, at), name: n, role });
  };
  // Header groups: a run of labels, then as many value cells.
  for (let i = 0; i < tokens.length;) {
    if (!COLUMN_LABELS.has(tokens[i]!.text)) { i++; continue; }
    const labels: string[] = [];
    while (i < tokens.length && COLUMN_LABELS.has(tokens[i]!.text)) labels.push(tokens[i++]!.text);
    if (!labels.some((l) => LABEL_ROLE[l] === 'lead' || LABEL_ROLE[l] === 'support')) continue;
    const values = tokens.slice(i, i + labels.length);
    values.forEach((v, k) => {
      const role = LABEL_ROLE[labels[k]!];
      if (role === 'lead' || role === 'support' || role === 'responsible') for (const name of splitUnits(v.text)) add(name, role, v.at);
    });
    i += labels.length;
  }
  // Row cells that are nothing but a list of units: the 责任主体 column.
  for (const t of tokens) {
    if (COLUMN_LABELS.has(t.text)) continue;
    const names = splitUnits(t.text);
    if (names.length && names.every((n) => isUnitName(undouble(n)))) for (const name of names) add(name, 'responsible', t.at);
  }
  return out;
}

/**
 * Where a name stands as written from `from` on: the export may have put spaces inside it
 * ("公 立医疗机构管理中心", "财务审 计科"), so the span covers them.
 */
function writtenAt(text: string, name: string, from: number): [number, number] {
  const chars = [...name.replace(/\s+/g, '')].map((c) => c.replace(/[()（）]/g, '\\$&'));
  const re = new RegExp(chars.join('\\s*'), 'g');
  re.lastIndex = from;
  const m = re.exec(text) ?? (re.lastIndex = 0, re.exec(text));
  return m ? [m.index, m.index + m[0].length] : [from, from];
}

/** "…综合监督科、公立医疗" + "机构管理中心、信息中心": a name the export broke at a space is joined. */
function mergeBrokenNames(tokens: Array<{ text: string; at: number }>): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = out[out.length - 1];
    if (prev && /、/.test(prev.text)) {
      const tail = prev.text.split('、').pop()!;
      // "公立 医 疗 机 构 管理中心": the name may run over several letter-spaced tokens; the longest
      // join up to the next list comma wins ("公立医疗机构" is a name too).
      let joined = tail, k = 0;
      for (let n = 0; tail && !isUnitName(tail) && n < 6 && i + n < tokens.length && !COLUMN_LABELS.has(tokens[i + n]!.text); n++) {
        const t = tokens[i + n]!.text;
        joined += t.split(/[、,，]/)[0]!;
        if (isUnitName(joined)) k = n + 1;
        if (/[、,，]/.test(t)) break;
      }
      if (k > 0) {
        for (let j = 0; j < k; j++) prev.text += tokens[i + j]!.text;
        i += k - 1;
        continue;
      }
    }
    out.push({ ...tokens[i]! });
  }
  return out;
}

/** "公立医疗机构管理中心中心": a doubled head noun is a typo for the name. */
function undouble(name: string): string {
  return name.replace(/(中心|委员会|办公室|医院|科|局|委|办|室|组)\1$/, '$1');
}

/** Column labels of task-division grids (HTML tables and Word exports: a row a line, cells split by tabs). */
const GRID_LABELS = new Set([...COLUMN_LABELS, '重点任务', '任务', '任务名称', '工作内容', '任务内容', '重点工作', '改革任务', '具体工作', '主要内容',
  '完成时限', '时限要求', '完成期限', '协办单位', '参与单位', '协助单位', '主责单位', '牵头部门(单位)', '责任单位(部门)', '牵头单位(部门)']);
const GRID_ROLE: Record<string, Role> = {
  牵头部门: 'lead', 牵头单位: 'lead', 主责单位: 'lead', '牵头部门(单位)': 'lead', '牵头单位(部门)': 'lead',
  配合部门: 'support', 配合单位: 'support', 协办单位: 'support', 参与单位: 'support', 协助单位: 'support',
  责任单位: 'responsible', 责任部门: 'responsible', 责任主体: 'responsible', '责任单位(部门)': 'responsible',
};

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
        const role = GRID_ROLE[labels[k + Math.max(0, shift)] ?? ''];
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
  return labels.length >= 3 && labels.filter((l) => GRID_LABELS.has(l)).length >= 2 && labels.some((l) => GRID_ROLE[l]) ? labels : null;
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
