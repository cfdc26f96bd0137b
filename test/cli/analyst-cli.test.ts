// The command-line paths added for analysts (issue 18): --format xlsx, --resume refusals, error lines.
import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { spawnSync } from 'node:child_process';

const ONE = 'fixtures/seed-004/input.txt';
const TWO = 'fixtures/seed-003/input.txt';

async function sheetsOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('reform-parse --format xlsx', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => ({ dir, remove } = await tempDir()));
  afterAll(async () => remove());

  it('one input: the workbook on stdout (exit 0), read back with its sheets and tasks', async () => {
    // Binary stdout: taken as bytes, not through the text helper.
    const r = spawnSync(process.execPath, ['dist/bin/reform-parse.js', ONE, '--format', 'xlsx'], { maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 2).toString()).toBe('PK');
    const wb = await sheetsOf(r.stdout);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务分工表', '目标', '单位']);
    const json = JSON.parse((await runCli([ONE])).stdout);
    expect(wb.getWorksheet('任务分工表')!.rowCount).toBe(1 + json.tasks.length);
    expect(wb.getWorksheet('任务分工表')!.getRow(2).getCell(3).value).toBe(json.tasks[0].text);
  });

  it('--out DIR: one workbook per input mirroring the tree, and one of them all (exit 0)', async () => {
    const out = join(dir, 'books');
    const r = await runCli([ONE, TWO, '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    const files = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.xlsx')).sort();
    expect(files).toEqual(['fixtures/seed-003/input.xlsx', 'fixtures/seed-004/input.xlsx', '任务分工表-全部.xlsx'].map((f) => f.split('/').join(sep)));
    const all = await sheetsOf(readFileSync(join(out, '任务分工表-全部.xlsx')));
    const tasks = all.getWorksheet('任务分工表')!;
    expect(tasks.getRow(1).getCell(1).value).toBe('文件');
    const one = await sheetsOf(readFileSync(join(out, 'fixtures/seed-004/input.xlsx')));
    const two = await sheetsOf(readFileSync(join(out, 'fixtures/seed-003/input.xlsx')));
    expect(tasks.rowCount - 1).toBe(one.getWorksheet('任务分工表')!.rowCount - 1 + two.getWorksheet('任务分工表')!.rowCount - 1);
  });

  it('a missing input among good ones: reported in one line, the others written, exit 1', async () => {
    const out = join(dir, 'partial');
    const r = await runCli([ONE, join(dir, 'nonexist.txt'), '--format', 'xlsx', '--out', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/nonexist\.txt: no such file/);
    expect(existsSync(join(out, 'fixtures/seed-004/input.xlsx'))).toBe(true);
  });

  it.each([
    { name: 'several inputs without --out', args: [ONE, TWO, '--format', 'xlsx'], says: '--out DIR' },
    { name: '--resume, which xlsx cannot honour', args: [ONE, TWO, '--format', 'xlsx', '--out', 'x', '--resume'], says: '--resume' },
    { name: '--resume with csv, which records no sha256', args: [ONE, '--format', 'csv', '--out', 'x', '--resume'], says: '--resume' },
    { name: '--stdin-jsonl', args: ['--stdin-jsonl', '--format', 'xlsx'], says: 'JSON Lines' },
    { name: 'an unknown format', args: [ONE, '--format', 'xls'], says: 'xlsx' },
  ])('$name is a usage error (exit 2)', async ({ args, says }) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
    expect(r.stdout).toBe('');
  });
});

describe('error lines', () => {
  it.each([
    { name: 'a newline that would forge a second line', file: 'a\nreform-parse: b.txt: fine.txt', shown: 'a\\nreform-parse: b.txt: fine.txt' },
    { name: 'an escape sequence that would clear the screen', file: 'x\u001b[2J.txt', shown: 'x\\x1b[2J.txt' },
  ])('escape control characters in file names: $name (exit 1, one line)', async ({ file, shown }) => {
    const r = await runCli([join('/nonexistent-dir', file)]);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual([`reform-parse: /nonexistent-dir/${shown}: no such file`]);
  });
});
