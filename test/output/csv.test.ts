import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
import { serialize } from '../../src/output/format.js';
import { CSV_BOM, CSV_HEADER, csvRows, describeTarget, earliestDue, formatCsv, toCsv } from '../../src/output/csv.js';
import type { Document, Target } from '../../src/schema/document.js';
import { syntheticDocument } from '../report/synthetic.js';

const fixtures = readdirSync('fixtures').filter((d) => /^seed-\d+$/.test(d)).sort();

/** Reads CSV the way a strict consumer would: RFC 4180, BOM stripped, every record the header's width. */
function readCsv(csv: string): string[][] {
  return parseCsv(csv, { bom: true, relax_column_count: false, record_delimiter: ['\r\n'] }) as string[][];
}

/** A cell as written: one that a spreadsheet would run as a formula gets a leading apostrophe. */
const asWritten = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe('CSV of every fixture', () => {
  it('there are fixtures', () => expect(fixtures.length).toBeGreaterThan(0));
  for (const name of fixtures) {
    it(`${name}: one record per task, same texts and spans as the JSON`, async () => {
      const doc = await parseFile(join('fixtures', name, 'input.txt'));
      const csv = serialize(doc, 'csv');
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      const [header, ...records] = readCsv(csv);
      expect(header).toEqual([...CSV_HEADER]);
      expect(records).toHaveLength(doc.tasks.length);
      records.forEach((r, i) => {
        const task = doc.tasks[i]!;
        expect(r[0]).toBe(asWritten(doc.source.path));
        expect(r[2]).toBe(asWritten(task.text));
        expect(r[3]).toBe(earliestDue(task.deadlines) ?? '');
        expect([Number(r[9]), Number(r[10])]).toEqual(task.span);
      });
    });
  }
});

function awkward(): Document {
  const doc = syntheticDocument();
  const texts = [
    '完善制度, 出台章程，由"市卫生健康委"牵头',
    '第一行\n第二行\r\n第三行',
    '=HYPERLINK("http://example.invalid","点击")',
    '-5%以内',
    '引号""两个,逗号,,两个',
    '',
  ];
  return { ...doc, tasks: doc.tasks.map((t, i) => ({ ...t, text: texts[i] ?? t.text })) };
}

describe('CSV quoting (RFC 4180)', () => {
  it('commas, quotes, CR/LF line breaks and empty cells survive a round trip', () => {
    const doc = awkward();
    const csv = toCsv(doc);
    const [header, ...records] = readCsv(csv);
    expect(header).toEqual([...CSV_HEADER]);
    expect(records).toEqual(csvRows(doc).map((row) => row.map(asWritten)));
    expect(records[1]![2]).toBe('第一行\n第二行\r\n第三行');
    expect(records[0]![2]).toBe('完善制度, 出台章程，由"市卫生健康委"牵头');
  });

  it('records end in CRLF and any field with a line break is quoted', () => {
    const csv = toCsv(awkward());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"第一行\n第二行\r\n第三行"');
    expect(csv).toContain('"引号""""两个,逗号,,两个"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const [, ...records] = readCsv(toCsv(awkward()));
    expect(records[2]![2]).toBe('\'=HYPERLINK("http://example.invalid","点击")');
    expect(records[3]![2]).toBe("'-5%以内");
  });

  it('the synthetic document: units by role, all deadlines, targets as metric comparator value unit', () => {
    const [, ...records] = readCsv(toCsv(syntheticDocument()));
    const first = Object.fromEntries(CSV_HEADER.map((h, i) => [h, records[0]![i]]));
    expect(first).toMatchObject({
      'section path': '二、重点任务 > (一)健全管理体制',
      'earliest deadline': '2022-06-30',
      deadlines: '6月底前',
      'lead units': '市卫生健康委',
      'support units': '市财政局; 市医保局',
      'responsible units': '',
    });
    expect(records[2]![8]).toBe('县域内就诊率 >= 90 %; 基层就诊率 increase 5 个百分点');
    expect(records[4]![3]).toBe('2022-10-31'); // the placeholder X月底前 has no date
    expect(records[4]![4]).toBe('X月底前; 10月底前');
    expect(records[5]![3]).toBe('');
  });

  it('a stream of documents: BOM and header once, then every document\'s rows', () => {
    const a = syntheticDocument();
    const b = awkward();
    const stream = formatCsv(csvRows(a), { header: true, bom: true }) + formatCsv(csvRows(b));
    expect(stream.indexOf(CSV_BOM)).toBe(0);
    expect(stream.lastIndexOf(CSV_BOM)).toBe(0);
    const records = readCsv(stream);
    expect(records).toHaveLength(1 + a.tasks.length + b.tasks.length);
  });

  it('a document without tasks is a header only', () => {
    const doc = { ...syntheticDocument(), tasks: [] };
    expect(toCsv(doc)).toBe(`${CSV_BOM}${CSV_HEADER.join(',')}\r\n`);
  });
});

describe('describeTarget', () => {
  const base: Target = { text: '原文', span: [0, 2], metric: null, comparator: '>=', value: null, unit: null };
  it.each([
    { t: { metric: '县域内就诊率', comparator: '>=', value: 90, unit: '%' }, expect: '县域内就诊率 >= 90 %' },
    { t: { metric: '床位', comparator: 'range', value: 80, valueMax: 120, unit: '张' }, expect: '床位 range 80-120 张' },
    { t: { metric: '优秀率', comparator: '>=', value: null, unit: '%', placeholder: true }, expect: '优秀率 >= X %' },
    { t: { metric: null, comparator: 'increase', value: 5, unit: '个百分点' }, expect: 'increase 5 个百分点' },
    { t: { metric: null, comparator: '~', value: null, unit: null, text: '大幅提高' }, expect: '大幅提高' },
  ] as Array<{ t: Partial<Target>; expect: string }>)('$expect', ({ t, expect: want }) => {
    expect(describeTarget({ ...base, ...t })).toBe(want);
  });
});
