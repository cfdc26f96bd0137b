import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parse, parseAsync } from '../../src/parse.js';
import { deltasOf, readOfd } from '../../src/input/ofd.js';
import { ParseFile } from '../../src/file.js';
import { PLAN, essence } from './helpers.js';

const SIZE = 3.5; // mm, about 10 pt
const LEFT = 25;
const WIDTH = 160; // the text block, mm
const PER_LINE = Math.floor(WIDTH / SIZE);
const COLUMNS = [25, 34, 80, 118, 160]; // a task table's column starts, mm (its text 3 mm)

/** One TextObject holding one TextCode, its glyphs SIZE apart ("g n d" repeats d n times). */
const textObject = (id: number, x: number, y: number, text: string, size = SIZE) =>
  `<ofd:TextObject ID="${id}" Boundary="${x} ${y - size} ${[...text].length * size} ${size * 1.4}" Font="2" Size="${size}">`
  + `<ofd:TextCode X="0" Y="${size}" DeltaX="g ${Math.max(0, [...text].length - 1)} ${size}">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</ofd:TextCode></ofd:TextObject>`;

/** Lays out text as OFD pages (A4, millimetres): paragraphs wrapped at the text block's width, tab rows as table cells, a page number at the foot. */
function writeOfd(text: string): Uint8Array {
  const pages: string[][] = [[]];
  let y = 30;
  let id = 1;
  const place = (make: (y: number) => string) => {
    if (y > 260) { pages.push([]); y = 30; }
    pages[pages.length - 1]!.push(make(y));
    y += SIZE * 1.8;
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      place((at) => line.split('\t').map((cell, i) => textObject(id++, COLUMNS[i]!, at, cell, 3)).join(''));
      continue;
    }
    // Paragraphs open with a two-character indent, as Chinese documents set them.
    const chars = [...'\u3000\u3000', ...line];
    for (let i = 0; i < chars.length; i += PER_LINE) {
      const piece = chars.slice(i, i + PER_LINE);
      const indent = piece.findIndex((c) => c !== '\u3000');
      place((at) => textObject(id++, LEFT + indent * SIZE, at, piece.slice(indent).join('')));
    }
  }
  const files: Record<string, Uint8Array> = {
    'OFD.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'),
    'Doc_0/Document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>${id + 10}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>${pages.map((_, i) => `<ofd:Page ID="${900 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`),
  };
  pages.forEach((objects, i) => {
    const folio = textObject(id++, 100, 285, `— ${i + 1} —`);
    files[`Doc_0/Pages/Page_${i}/Content.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="${800 + i}">${objects.join('')}${folio}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  return zipSync(files);
}

describe('OFD', () => {
  it('reads DeltaX with its "g" repeats', () => {
    expect(deltasOf('3.5 g 3 2 1')).toEqual([3.5, 2, 2, 2, 1]);
    expect(deltasOf('')).toEqual([]);
  });

  it('parses to the same outline, tasks, units, deadlines and targets as its text original', async () => {
    const long = PLAN.replace('附件：', `${'持续推进各项改革任务落地见效，'.repeat(80)}\n附件：`);
    const doc = await parseAsync(writeOfd(long), { path: 'plan.ofd' });
    expect(doc.source.format).toBe('ofd');
    expect(doc.source.pages).toHaveLength(2);
    expect(essence(doc)).toEqual(essence(parse(long, { path: 'plan.txt' })));
    const row = doc.tasks.find((t) => t.text.includes('建设企业开办综合服务平台'))!;
    expect(row.units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:市政务服务数据管理局', 'support:市市场监管局', 'support:市税务局']);
  });

  it('joins a paragraph wrapped over lines, reads table rows as cells, and drops page numbers', () => {
    const read = readOfd(writeOfd(PLAN), new ParseFile('plan.ofd'));
    expect(read.text).toContain('到2025年底，企业开办时间压缩至1个工作日以内，政务服务事项网上可办率达到98%以上。\n');
    expect(read.text).toContain('\n1\t建设企业开办综合服务平台\t市政务服务数据管理局\t市市场监管局、市税务局\t2024年9月底前\n');
    expect(read.layout!.drops.map((d) => `${d.note}:${read.text.slice(...d.range)}`)).toEqual(['page number:— 1 —']);
    expect(read.pages).toEqual([0]);
  });

  it('is an error naming the file when a page is missing', async () => {
    const ofd = zipSync({
      'OFD.xml': strToU8('<ofd:OFD xmlns:ofd="x"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'),
      'Doc_0/Document.xml': strToU8('<ofd:Document xmlns:ofd="x"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'),
    });
    await expect(parseAsync(ofd, { path: 'broken.ofd' })).rejects.toThrow(/corrupt OFD: page Doc_0\/Pages\/Page_0\/Content.xml is missing/);
  });
});
