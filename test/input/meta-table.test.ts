import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio/slim';
import { isMetadataTable } from '../../src/input/meta-table.js';
import type { DomNode } from '../../src/input/html.js';

const table = (rows: string) => cheerio.load(`<table>${rows}</table>`)('table')[0] as unknown as DomNode;

describe('isMetadataTable: the 索引号 / 发文机关 / 成文日期 box above an article', () => {
  it.each([
    { name: 'label and value cells, full-width colons', rows: '<tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2019年01月16日</td></tr>', meta: true },
    { name: 'label and value cells, ASCII colons', rows: '<tr><td>发文机关:</td><td>国务院办公厅</td><td>成文日期:</td><td>2019-01-16</td></tr>', meta: true },
    { name: 'spaced labels (索 引 号, 标　　题)', rows: '<tr><td>索 引 号：</td><td>000014349/2019-00004</td></tr><tr><td>标　　题：</td><td>关于印发方案的通知</td></tr>', meta: true },
    { name: 'labels with their values in one cell', rows: '<tr><td>发文字号:国办发〔2019〕4号</td><td>发布日期：2019-01-30</td></tr>', meta: true },
    { name: 'labels without colons (th), only those no sentence uses', rows: '<tr><th>发文机关</th><td>国务院办公厅</td></tr><tr><th>成文日期</th><td>2019-01-16</td></tr>', meta: true },
    { name: 'a label with an empty value (主题词)', rows: '<tr><td>主 题 词：</td><td></td><td></td></tr>', meta: true },
    { name: 'a header row of labels over data rows', rows: '<tr><th>发文字号</th><th>成文日期</th></tr><tr><td>甲</td><td>乙</td></tr>', meta: false },
    { name: 'a task table', rows: '<tr><th>序号</th><th>任务</th><th>责任单位</th></tr><tr><td>1</td><td>推进医共体建设</td><td>县卫健局</td></tr>', meta: false },
    { name: 'a generic label without its colon (名称)', rows: '<tr><td>名称</td><td>甲</td></tr>', meta: false },
    { name: 'a value without its label', rows: '<tr><td>发文机关：</td><td>国务院办公厅</td><td>2019年01月16日</td></tr>', meta: false },
    { name: 'too many rows for a box', rows: '<tr><td>发文机关：</td><td>国务院办公厅</td></tr>'.repeat(13), meta: false },
  ])('$name → $meta', ({ rows, meta }) => {
    expect(isMetadataTable(table(rows))).toBe(meta);
  });
});
