import type { Document, Target, Unit } from '../schema/document.js';
import { lazy } from '../lazy.js';
import { dueDate, PATH_SEPARATOR } from './csv.js';

// exceljs takes about a second to load: only `--format xlsx` pays for it.
const exceljs = lazy<typeof import('exceljs')>('exceljs');

/** The sheet names, in the words of the offices that use the workbook. */
export const SHEETS = { tasks: '任务分工表', targets: '目标', units: '单位' } as const;

/** How several names share a cell: the enumeration comma of Chinese prose, as in a 任务分工表. */
const NAMES = '、';
/** How several deadlines or targets share a cell. */
const ITEMS = '；';

const ROLE_NAME: Record<Unit['role'], string> = { lead: '牵头', support: '配合', responsible: '责任' };
const COMPARATOR: Record<Target['comparator'], string> = {
  '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', '~': '约', range: '区间', increase: '提高', decrease: '降低',
};

interface Column { header: string; width: number }

/** A deadline as the table shows it: its words, and the day they resolve to when that adds anything. */
function deadlineCell(d: Document['tasks'][number]['deadlines'][number]): string {
  const due = dueDate(d);
  return due && !d.text.includes(due) ? `${d.text}（${due}）` : d.text;
}

/**
 * A 任务分工表 workbook of one or more documents, as an `.xlsx` file's bytes:
 * - 任务分工表: 序号, 章节, 重点任务, 牵头单位, 配合单位, 责任单位, 完成时限, 目标 — one row per task,
 *   header frozen, an autofilter over every column, text wrapped, columns sized for their content;
 *   with several documents a 文件 column comes first;
 * - 目标: one row per target — the task's 序号, 指标, 比较, 数值, 上限, 单位, 原文 (numbers as numbers);
 * - 单位: unit × role × number of tasks (and of documents, with several).
 * @example writeFileSync('plan.xlsx', await toXlsx([doc]))
 */
export async function toXlsx(docs: readonly Document[]): Promise<Uint8Array> {
  const ExcelJS = exceljs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'reform-parse';
  const several = docs.length > 1;
  const file = several ? [{ header: '文件', width: 28 }] : [];

  const sheet = (name: string, columns: Column[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', wrapText: true };
    head.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAED' } }; });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    return ws;
  };
  const wrap = (ws: import('exceljs').Worksheet) => ws.eachRow((row, n) => {
    if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
  });

  const tasks = sheet(SHEETS.tasks, [...file, { header: '序号', width: 6 }, { header: '章节', width: 24 }, { header: '重点任务', width: 60 },
    { header: '牵头单位', width: 18 }, { header: '配合单位', width: 22 }, { header: '责任单位', width: 18 },
    { header: '完成时限', width: 20 }, { header: '目标', width: 32 }]);
  const targets = sheet(SHEETS.targets, [...file, { header: '任务序号', width: 9 }, { header: '指标', width: 30 }, { header: '比较', width: 7 },
    { header: '数值', width: 10 }, { header: '上限', width: 10 }, { header: '单位', width: 10 }, { header: '原文', width: 50 }]);
  const units = sheet(SHEETS.units, [{ header: '单位', width: 30 }, { header: '角色', width: 8 }, { header: '任务数', width: 9 },
    ...(several ? [{ header: '文件数', width: 9 }] : [])]);

  const byUnit = new Map<string, { name: string; role: Unit['role']; tasks: number; docs: Set<number> }>();
  let n = 0;
  docs.forEach((doc, d) => {
    const where = several ? [doc.source.path] : [];
    for (const task of doc.tasks) {
      n++;
      const names = (role: Unit['role']) => [...new Set(task.units.filter((u) => u.role === role).map((u) => u.name))];
      tasks.addRow([...where, n, task.path.join(PATH_SEPARATOR), task.text, names('lead').join(NAMES), names('support').join(NAMES),
        names('responsible').join(NAMES), task.deadlines.map(deadlineCell).join(ITEMS), task.targets.map((g) => g.text).join(ITEMS)]);
      for (const g of task.targets) {
        targets.addRow([...where, n, g.metric ?? '', COMPARATOR[g.comparator], g.value ?? (g.placeholder ? 'X' : ''), g.valueMax ?? '', g.unit ?? '', g.text]);
      }
      for (const role of ['lead', 'support', 'responsible'] as const) {
        for (const name of names(role)) {
          const key = `${role}\u0000${name}`;
          const u = byUnit.get(key) ?? { name, role, tasks: 0, docs: new Set<number>() };
          u.tasks++;
          u.docs.add(d);
          byUnit.set(key, u);
        }
      }
    }
  });
  const roleOrder = { lead: 0, support: 1, responsible: 2 };
  for (const u of [...byUnit.values()].sort((a, b) => b.tasks - a.tasks || (a.name < b.name ? -1 : a.name > b.name ? 1 : roleOrder[a.role] - roleOrder[b.role]))) {
    units.addRow([u.name, ROLE_NAME[u.role], u.tasks, ...(several ? [u.docs.size] : [])]);
  }
  wrap(tasks);
  wrap(targets);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
