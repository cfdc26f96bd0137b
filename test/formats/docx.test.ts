import { describe, expect, it } from 'vitest';
import * as docx from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { parse, parseAsync } from '../../src/parse.js';
import { readDocx } from '../../src/input/docx.js';
import { ParseFile } from '../../src/file.js';
import { writeDocx } from '../../scripts/format-copies.mjs';
import { PLAN, essence } from './helpers.js';

const outlineLevels = [
  { level: 0, format: docx.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: docx.AlignmentType.LEFT, suffix: docx.LevelSuffix.NOTHING },
  { level: 1, format: docx.LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: docx.AlignmentType.LEFT, suffix: docx.LevelSuffix.NOTHING },
  { level: 2, format: docx.LevelFormat.DECIMAL, text: '%3.', alignment: docx.AlignmentType.LEFT, suffix: docx.LevelSuffix.NOTHING },
];

describe('DOCX', () => {
  it('materialises Word\'s automatic numbering: the markers exist only in numbering.xml', async () => {
    const bytes = await writeDocx(PLAN);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).not.toContain('一、');
    expect(xml).not.toContain('（二）');
    expect(xml).toContain('w:numPr');
    const text = readDocx(bytes, new ParseFile('plan.docx')).text;
    expect(text).toContain('\n一、总体要求\n（一）指导思想\n');
    expect(text).toContain('\n1.推行企业开办一网通办');
    expect(text).toContain('\n三、保障措施\n');
  });

  it('parses to the same outline, tasks, units, deadlines and targets as its text original', async () => {
    const fromText = parse(PLAN, { path: 'plan.txt' });
    const fromDocx = await parseAsync(await writeDocx(PLAN), { path: 'plan.docx' });
    expect(fromDocx.source.format).toBe('docx');
    expect(essence(fromDocx)).toEqual(essence(fromText));
    // The task table's rows: 牵头 and 配合 columns read as lead and supporting units.
    const row = fromDocx.tasks.find((t) => t.text.includes('建设企业开办综合服务平台'))!;
    expect(row.units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:市政务服务数据管理局', 'support:市市场监管局', 'support:市税务局']);
  });

  it('reads tables as tab-separated rows, a one-cell box as lines, heading styles as headings, page breaks as pages', async () => {
    const cell = (text: string) => new docx.TableCell({ children: [new docx.Paragraph(text)] });
    const doc = new docx.Document({
      numbering: { config: [{ reference: 'outline', levels: outlineLevels }] },
      sections: [{ children: [
        new docx.Paragraph({ text: '工作安排', heading: docx.HeadingLevel.HEADING_1 }),
        new docx.Paragraph({ text: '总体要求', numbering: { reference: 'outline', level: 0 } }),
        new docx.Paragraph({ children: [new docx.TextRun('看得见'), new docx.TextRun({ text: '看不见', vanish: true })] }),
        new docx.Table({ rows: [new docx.TableRow({ children: [cell('任务'), cell('牵头单位')] }), new docx.TableRow({ children: [cell('建设平台'), cell('市数据局')] })] }),
        new docx.Table({ rows: [new docx.TableRow({ children: [new docx.TableCell({ children: [new docx.Paragraph('框内第一段'), new docx.Paragraph('框内第二段')] })] })] }),
        new docx.Paragraph({ children: [new docx.PageBreak(), new docx.TextRun('第二页的文字')] }),
        new docx.Paragraph({ text: '重点任务', numbering: { reference: 'outline', level: 0 } }),
      ] }],
    });
    const bytes = new Uint8Array(await docx.Packer.toBuffer(doc));
    const read = readDocx(bytes, new ParseFile('a.docx'));
    expect(read.text).toBe('工作安排\n一、总体要求\n看得见\n任务\t牵头单位\n建设平台\t市数据局\n框内第一段\n框内第二段\n第二页的文字\n二、重点任务\n');
    expect(read.layout!.tableRows.map(([s, e]) => read.text.slice(s, e))).toEqual(['任务\t牵头单位', '建设平台\t市数据局']);
    expect(read.layout!.headings.map((h) => [read.text.slice(...h.range), h.rank])).toEqual([['工作安排', 1]]);
    expect(read.pages).toEqual([0, read.text.indexOf('第二页')]);
    const parsed = await parseAsync(bytes, { path: 'a.docx' });
    expect(parsed.source.pages).toEqual([0, [...read.text.slice(0, read.text.indexOf('第二页'))].length]);
    // The heading style sets an unnumbered heading; the numbered ones sit under it.
    expect(essence(parsed).outline).toEqual(['工作安排', '一、总体要求', '二、重点任务']);
  });

  it('is an error naming the file when the archive is damaged or holds no document', async () => {
    const bytes = await writeDocx('一、总体要求');
    const broken = bytes.slice(0, Math.floor(bytes.length / 2));
    await expect(parseAsync(broken, { path: 'cut.docx' })).rejects.toThrow(/corrupt DOCX|neither a DOCX/);
    const noDocument = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8('<w:styles/>') });
    await expect(parseAsync(noDocument, { path: 'empty.docx' })).rejects.toThrow(/neither a DOCX/);
  });

  it('is read only asynchronously: the synchronous parse() says so', async () => {
    expect(() => parse(new Uint8Array(Buffer.from(PLAN)), { path: 'plan.txt' })).not.toThrow();
    expect(() => parse(Buffer.from('%PDF-1.4\n...%%EOF'), { path: 'a.pdf' })).toThrow(/parseAsync\(\) or parseFile\(\)/);
  });
});
