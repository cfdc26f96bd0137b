import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEETS, toXlsx } from '../../src/output/xlsx.js';
import type { Document } from '../../src/schema/document.js';
import { syntheticDocument } from '../report/synthetic.js';

async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}
const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('toXlsx: the 任务分工表 workbook, read back', () => {
  const doc = syntheticDocument();

  it('has the three sheets, in order, each with a frozen header row and a filter over its columns', async () => {
    const wb = await readBack(await toXlsx([doc]));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([SHEETS.tasks, SHEETS.targets, SHEETS.units]);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['任务分工表', '目标', '单位']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const last = String.fromCharCode(64 + ws.columnCount);
      expect(ws.autoFilter).toBe(`A1:${last}1`);
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
  });

  it('任务分工表: one row per task in the office\'s columns, Chinese intact, text wrapped, widths set', async () => {
    const ws = (await readBack(await toXlsx([doc]))).getWorksheet('任务分工表')!;
    expect(values(ws, 1)).toEqual(['序号', '章节', '重点任务', '牵头单位', '配合单位', '责任单位', '完成时限', '目标']);
    expect(ws.rowCount).toBe(1 + doc.tasks.length);
    expect(values(ws, 2)).toEqual([1, '二、重点任务 > (一)健全管理体制', doc.tasks[0]!.text, '市卫生健康委', '市财政局、市医保局', '', '6月底前（2022-06-30）', '']);
    expect(values(ws, 4)).toEqual([3, '二、重点任务 > (二)提升服务能力', doc.tasks[2]!.text, '', '', '市卫生健康委', '到2022年底（2022-12-31）',
      '到2022年底，县域内就诊率达到90%以上；基层就诊率提高5个百分点']);
    // A placeholder deadline has no day to add; hostile text stays text.
    expect(ws.getRow(6).getCell(7).value).toBe('X月底前；10月底前（2022-10-31）');
    expect(String(ws.getRow(6).getCell(3).value)).toContain('</script>');
    expect(ws.getRow(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(40);
    expect(ws.getColumn(1).width).toBeLessThan(10);
  });

  it('目标: one row per target with metric, comparator, value and unit as numbers and words', async () => {
    const ws = (await readBack(await toXlsx([doc]))).getWorksheet('目标')!;
    expect(values(ws, 1)).toEqual(['任务序号', '指标', '比较', '数值', '上限', '单位', '原文']);
    expect(ws.rowCount).toBe(1 + doc.tasks.reduce((n, t) => n + t.targets.length, 0));
    expect(values(ws, 2)).toEqual([3, '县域内就诊率', '≥', 90, '', '%', '到2022年底，县域内就诊率达到90%以上']);
    expect(values(ws, 3)).toEqual([3, '基层就诊率', '提高', 5, '', '个百分点', '基层就诊率提高5个百分点']);
    expect(values(ws, 4)).toEqual([5, '考核优秀率', '≥', 'X', '', '%', '考核优秀率不低于X%']);
  });

  it('单位: unit × role × tasks, most tasks first', async () => {
    const ws = (await readBack(await toXlsx([doc]))).getWorksheet('单位')!;
    expect(values(ws, 1)).toEqual(['单位', '角色', '任务数']);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => values(ws, i + 2));
    expect(rows).toContainEqual(['市卫生健康委', '牵头', 1]);
    expect(rows).toContainEqual(['市卫生健康委', '责任', 1]);
    expect(rows).toContainEqual(['市医保局', '配合', 1]);
    expect(rows).toHaveLength(new Set(doc.tasks.flatMap((t) => t.units.map((u) => `${u.role}:${u.name}`))).size);
  });

  it('several documents: a 文件 column first, 序号 running on, units counted across documents', async () => {
    const other: Document = { ...doc, source: { ...doc.source, path: 'b/另一份.txt' } };
    const wb = await readBack(await toXlsx([doc, other]));
    const ws = wb.getWorksheet('任务分工表')!;
    expect(values(ws, 1)[0]).toBe('文件');
    expect(ws.rowCount).toBe(1 + 2 * doc.tasks.length);
    expect(values(ws, 2 + doc.tasks.length).slice(0, 2)).toEqual(['b/另一份.txt', doc.tasks.length + 1]);
    expect(ws.autoFilter).toBe('A1:I1');
    const units = wb.getWorksheet('单位')!;
    expect(values(units, 1)).toEqual(['单位', '角色', '任务数', '文件数']);
    expect(values(units, 2)).toEqual([expect.any(String), expect.any(String), 2, 2]);
  });

  it('a document without tasks gives the sheets with their headers only', async () => {
    const wb = await readBack(await toXlsx([{ ...doc, tasks: [] }]));
    expect(wb.worksheets.map((ws) => ws.rowCount)).toEqual([1, 1, 1]);
  });
});
