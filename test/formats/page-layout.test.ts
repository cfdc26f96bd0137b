import { describe, expect, it } from 'vitest';
import { layoutPages, type PageItems, type TextItem } from '../../src/input/page-layout.js';
import { TextBuilder } from '../../src/input/text-builder.js';

const SIZE = 10;
/** A line of text as one item at (x, y). */
const item = (str: string, x: number, y: number, size = SIZE): TextItem => ({ str, x, y, w: [...str].length * size, size });
const read = (pages: PageItems[]) => { const out = new TextBuilder(); layoutPages(pages, out); return out; };

describe('fixed-layout pages', () => {
  it('reads a page set in two columns column by column, below a full-width title', () => {
    const left = ['一、总体要求', '坚持稳中求进工作总基调', '完整准确全面贯彻新发展', '理念，加快构建新发展格局。', '二、重点任务', '推进高水平科技自立自强'];
    const right = ['三、保障措施', '各地区各部门要加强组织领', '导，压实工作责任，确保各', '项任务落到实处。', '四、其他事项', '本方案自印发之日起施行。'];
    const items = [item('某某市关于推进高质量发展的实施方案', 100, 60, 14)];
    left.forEach((l, i) => items.push(item(l, 50, 100 + i * 16)));
    right.forEach((l, i) => items.push(item(l, 320, 100 + i * 16)));
    const text = read([{ width: 595, height: 842, items }]).text();
    expect(text.indexOf('推进高水平科技自立自强')).toBeLessThan(text.indexOf('三、保障措施'));
    expect(text.split('\n')[0]).toBe('某某市关于推进高质量发展的实施方案');
    expect(text).toContain('二、重点任务');
  });

  it('keeps a two-column table of short cells a table, not columns', () => {
    const items: TextItem[] = [];
    ['序号', '1', '2', '3', '4', '5', '6', '7', '8'].forEach((c, i) => items.push(item(c, 50, 100 + i * 16)));
    ['任务', '建设平台', '开展评价', '推进改革', '完善制度', '加强监管', '优化服务', '强化保障', '总结评估'].forEach((c, i) => items.push(item(c, 320, 100 + i * 16)));
    const out = read([{ width: 595, height: 842, items }]);
    expect(out.text().split('\n').slice(0, 2)).toEqual(['序号\t任务', '1\t建设平台']);
    expect(out.tableRows).toHaveLength(9);
  });

  it('drops running headers and page numbers only when they stand apart from the body', () => {
    const page = (n: number): PageItems => ({
      width: 595, height: 842,
      items: [item('某某市人民政府文件', 240, 40), item(`第${n}段正文内容。`, 50, 120), item(`— ${n} —`, 280, 800)],
    });
    const out = read([page(1), page(2), page(3)]);
    const notes = out.drops.map((d) => `${d.note}:${out.text().slice(...d.range)}`);
    expect(notes).toEqual([
      'running header:某某市人民政府文件', 'page number:— 1 —',
      'running header:某某市人民政府文件', 'page number:— 2 —',
      'running header:某某市人民政府文件', 'page number:— 3 —',
    ]);
    expect(out.pages).toEqual([0, out.text().indexOf('某某市', 1), out.text().lastIndexOf('某某市')]);
  });
});
