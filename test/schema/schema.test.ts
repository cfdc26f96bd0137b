import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { Document } from '../../src/schema/document.js';
import { contractViolation } from '../../src/schema/check.js';
import { VALIDATOR_FILE, validatorSource } from '../../scripts/document-validator.mjs';
import { ROOT, runCli } from '../helpers/cli.js';
import { fixtures } from '../helpers/fixtures.js';

const SCHEMA_FILE = join(ROOT, 'schemas', 'reform-parse.schema.json');

describe('schemas/reform-parse.schema.json', () => {
  it('is what `reform-parse schema` prints now (run `npm run schema` when this fails)', async () => {
    const [committed, printed] = await Promise.all([readFile(SCHEMA_FILE, 'utf8'), runCli(['schema'])]);
    expect(printed.code).toBe(0);
    expect(committed).toBe(printed.stdout);
  });

  it('is what src/schema/document-validator.generated.ts was compiled from (run `npm run schema` when this fails)', async () => {
    const [schema, validator] = await Promise.all([readFile(SCHEMA_FILE, 'utf8'), readFile(VALIDATOR_FILE, 'utf8')]);
    expect(validator === validatorSource(schema)).toBe(true);
  });

  it('is a draft 2020-12 schema that a strict validator compiles', async () => {
    const schema = JSON.parse(await readFile(SCHEMA_FILE, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => new Ajv2020({ strict: true, allErrors: true }).compile(schema)).not.toThrow();
  });
});

/**
 * The contract checked by an independent validator (ajv) against the committed JSON Schema, not
 * by the zod schemas the CLI itself uses.
 */
describe('outputs validate against the JSON Schema with ajv', () => {
  let validate: ValidateFunction;
  beforeAll(async () => {
    validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(await readFile(SCHEMA_FILE, 'utf8')));
  });
  const expectValid = (doc: unknown) => {
    const ok = validate(doc);
    expect(ok ? [] : validate.errors).toEqual([]);
  };

  const variants = [
    { format: 'json', args: [] },
    { format: 'json', args: ['--pretty', '--include-text', '--year', '2021'] },
    { format: 'yaml', args: [] },
    { format: 'yaml', args: ['--include-text'] },
    { format: 'jsonl', args: [] },
  ];
  const cases = fixtures().flatMap(({ name, path }) => variants.map((v) => ({ name, path, ...v, key: `${name} ${v.format} ${v.args.join(' ')}` })));
  const outputs = new Map<string, Awaited<ReturnType<typeof runCli>>>();
  beforeAll(async () => {
    // Run them all at once: each is a process of its own.
    await Promise.all(cases.map(async (c) => outputs.set(c.key, await runCli([c.path, '-f', c.format, ...c.args]))));
  });

  it.each(cases)('$name -f $format $args', ({ key, format }) => {
    const { code, stdout, stderr } = outputs.get(key)!;
    expect(code, stderr).toBe(0);
    expectValid(format === 'yaml' ? parseYaml(stdout) : JSON.parse(stdout));
  });

  it.each([
    { name: 'a GB18030 copy', file: 'x.txt', input: () => iconv.encode('一、总体要求\n(一)6月底前完成。\n', 'gb18030') },
    { name: 'an HTML page', file: '-', input: () => '<html><head><title>通知</title></head><body><table><tr><td>成文日期：</td><td>2021年6月1日</td></tr></table><p>一、总体要求</p></body></html>' },
    { name: 'Markdown', file: '-', input: () => '# 要点\n\n1. 甲\n\n| a | b |\n|--|--|\n| 1 | 2 |\n' },
    { name: 'an empty input', file: '-', input: () => '' },
    { name: 'damaged UTF-8', file: '-', input: () => Buffer.concat([Buffer.from('一、总体要求'), Buffer.from([0xff, 0xfe]), Buffer.from('二、主要任务'.repeat(5))]) },
  ])('$name', async ({ input }) => {
    const { code, stdout } = await runCli(['-', '--include-text'], { input: input() });
    expect(code).toBe(0);
    expectValid(JSON.parse(stdout));
  });

  describe('and all three validators (zod, ajv, the compiled one parse() runs) reject what the contract forbids', () => {
    let good: Record<string, unknown>;
    beforeAll(async () => {
      good = JSON.parse((await runCli([fixtures()[0]!.path])).stdout) as Record<string, unknown>;
    });
    const section = { id: 's1', level: 1, marker: '一、', style: 'cn-dun', ordinal: 1, title: '总体要求', span: [0, 6], children: [] };
    const task = { id: 't1', sectionId: 's1', path: ['一、总体要求'], text: '完成', span: [7, 9], deadlines: [], units: [], targets: [] };

    it.each([
      { name: 'a wrong schemaVersion', change: (d: any) => { d.schemaVersion = '2'; } },
      { name: 'a missing source.sha256', change: (d: any) => { delete d.source.sha256; } },
      { name: 'an upper-case sha256', change: (d: any) => { d.source.sha256 = d.source.sha256.toUpperCase(); } },
      { name: 'an unknown source.format', change: (d: any) => { d.source.format = 'rtf'; } },
      { name: 'a negative page offset', change: (d: any) => { d.source.pages = [0, -3]; } },
      { name: 'a non-string annex', change: (d: any) => { d.sections = [{ ...section, annex: 2 }]; } },
      { name: 'a non-boolean relative deadline', change: (d: any) => { d.tasks = [{ ...task, deadlines: [{ text: '3个月内', span: [0, 4], kind: 'by', start: null, end: null, precision: 'month', yearSource: 'none', relative: 'yes' }] }]; } },
      { name: 'negative bytes', change: (d: any) => { d.source.bytes = -1; } },
      { name: 'a non-ISO meta.date', change: (d: any) => { d.meta.date = '2021年6月1日'; } },
      { name: 'month 13 in meta.date', change: (d: any) => { d.meta.date = '2021-13-01'; } },
      { name: 'day 00 in a deadline end', change: (d: any) => { d.tasks = [{ ...task, deadlines: [{ text: '6月底前', span: [0, 5], kind: 'by', start: null, end: '2021-06-00', precision: 'month', yearSource: 'document' }] }]; } },
      { name: 'a fractional meta.year', change: (d: any) => { d.meta.year = 2021.5; } },
      { name: 'an unknown top-level field', change: (d: any) => { d.extra = 1; } },
      { name: 'an unknown meta field', change: (d: any) => { d.meta.author = 'x'; } },
      { name: 'a span of three numbers', change: (d: any) => { d.sections = [{ ...section, span: [0, 1, 2] }]; } },
      { name: 'a negative span', change: (d: any) => { d.sections = [{ ...section, span: [-1, 2] }]; } },
      { name: 'a section at level 0', change: (d: any) => { d.sections = [{ ...section, level: 0 }]; } },
      { name: 'a nested section without children', change: (d: any) => { const { children: _, ...child } = section; d.sections = [{ ...section, children: [child] }]; } },
      { name: 'a task without deadlines', change: (d: any) => { const { deadlines: _, ...t } = task; d.tasks = [t]; } },
      { name: 'an unknown deadline kind', change: (d: any) => { d.tasks = [{ ...task, deadlines: [{ text: '6月底前', span: [0, 5], kind: 'before', start: null, end: '2021-06-30', precision: 'month', yearSource: 'document' }] }]; } },
      { name: 'an unknown unit role', change: (d: any) => { d.tasks = [{ ...task, units: [{ name: '市卫健委', role: 'owner', span: [0, 4] }] }]; } },
      { name: 'an empty unit name', change: (d: any) => { d.tasks = [{ ...task, units: [{ name: '', role: 'lead', span: [0, 4] }] }]; } },
      { name: 'an unknown target comparator', change: (d: any) => { d.tasks = [{ ...task, targets: [{ text: '90%', span: [0, 3], metric: null, comparator: '=>', value: 90, unit: '%' }] }]; } },
      { name: 'a copy similarity above 1', change: (d: any) => { d.copies = [{ kind: 'near-duplicate', span: [0, 1], similarity: 1.5 }]; } },
      { name: 'an unknown diagnostic severity', change: (d: any) => { d.diagnostics = [{ severity: 'fatal', code: 'x', message: 'y' }]; } },
    ])('$name', ({ change }) => {
      const doc = structuredClone(good);
      change(doc);
      expect(Document.safeParse(doc).success).toBe(false);
      expect(validate(doc)).toBe(false);
      expect(contractViolation(doc)).not.toBeNull();
    });

    it('and all accept a full document with sections, tasks, deadlines, units, targets and copies', () => {
      const doc = structuredClone(good) as any;
      doc.sections = [{ ...section, children: [{ ...section, id: 's1.1', level: 2, marker: '(一)', style: 'cn-paren' }] }];
      doc.tasks = [{
        ...task,
        deadlines: [{ text: '6月底前', span: [7, 12], kind: 'by', start: null, end: '2021-06-30', precision: 'month', yearSource: 'document' }],
        units: [{ name: '市卫健委', role: 'lead', span: [13, 17] }],
        targets: [{ text: '达到90%', span: [18, 23], metric: '就诊率', comparator: '>=', value: 90, valueMax: null, unit: '%' }],
      }];
      doc.copies = [{ kind: 'page-copy', span: [30, 60], of: [0, 30], similarity: 1 }];
      doc.diagnostics = [{ severity: 'info', code: 'numeral-inferred', message: '二、 inferred', span: [0, 2] }];
      expect(Document.safeParse(doc).error?.issues).toBeUndefined();
      expectValid(doc);
      expect(contractViolation(doc)).toBeNull();
    });

    it("and all accept contract 1.1's additions: pdf/docx/doc/ofd formats, pages, unnumbered and annex sections, recurring and relative deadlines", () => {
      for (const format of ['pdf', 'docx', 'doc', 'ofd']) {
        const doc = structuredClone(good) as any;
        doc.source.format = format;
        doc.source.pages = [0, 1200, 2400];
        doc.sections = [
          { ...section, marker: '', style: 'unnumbered', ordinal: null, title: '工作目标' },
          { ...section, id: 's2', annex: '附件2', children: [{ ...section, id: 's2.1', level: 2, marker: '(一)', style: 'cn-paren', annex: '附件2' }] },
        ];
        doc.tasks = [{
          ...task, annex: '附件2',
          deadlines: [
            { text: '每年2月底前', span: [7, 13], kind: 'by', start: null, end: '2021-02-28', precision: 'month', yearSource: 'document', recurring: true },
            { text: '5个工作日内', span: [14, 20], kind: 'by', start: null, end: null, precision: 'day', yearSource: 'none', relative: true },
          ],
        }];
        expect(Document.safeParse(doc).error?.issues).toBeUndefined();
        expectValid(doc);
        expect(contractViolation(doc)).toBeNull();
      }
    });
  });
});
