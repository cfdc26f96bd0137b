import { describe, expect, it } from 'vitest';
import { inBothWidths, run, squeeze } from './helpers.js';

/** A page of text: `n` sentences, each a line. */
const page = (k: number, n = 8) => Array.from({ length: n }, (_, i) =>
  `卷${k}第${i + 1}句:坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设,提升服务能力。`).join('\n');

interface Case { name: string; input: string; gone?: string[]; kept?: string[]; markers?: number }

const markers: Case[] = [
  { name: '"- 4 -"', input: `${page(1)}\n - 4 -\n${page(2)}`, markers: 1 },
  { name: '"— 12 —" (em dashes)', input: `${page(1)}\n— 12 —\n${page(2)}`, markers: 1 },
  { name: '"-4-" without spaces', input: `${page(1)}\n-4-\n${page(2)}`, markers: 1 },
  { name: '"– 5 –" (en dashes) between blank lines', input: `${page(1)}\n\n– 5 –\n\n${page(2)}`, markers: 1 },
  { name: '"第 3 页"', input: `${page(1)}\n第 3 页\n${page(2)}`, markers: 1 },
  { name: '"第3页 共14页"', input: `${page(1)}\n第3页 共14页\n${page(2)}`, markers: 1 },
  { name: '"第1页 / 共14页"', input: `${page(1)}\n第1页 / 共14页\n${page(2)}`, markers: 1 },
  { name: '"Page 3 of 14"', input: `${page(1)}\nPage 3 of 14\n${page(2)}`, markers: 1 },
  { name: '"3 / 14"', input: `${page(1)}\n3 / 14\n${page(2)}`, markers: 1 },
  { name: 'bare page numbers in sequence, a page apart', input: `${page(1)}\n\n1\n\n${page(2)}\n\n2\n\n${page(3)}\n\n3\n\n${page(4)}`, markers: 3 },
  { name: 'a marker on every page', input: [1, 2, 3, 4].map((k) => `${page(k)}\n - ${k} -`).join('\n'), markers: 4 },
];

const cell = (n: number) => `${n}\n推进分级诊疗\n市卫健委\n市医保局\n2022年6月底前\n完成`;
const content: Case[] = [
  { name: 'a number alone in a table cell', input: `${page(1)}\n项目\n数量\n床位\n3\n科室\n12\n备注\n${page(2)}`, kept: ['床位\n3\n科室\n12\n'] },
  {
    name: 'row numbers of a table, each row a few cells long',
    input: `${page(1)}\n序号\n任务\n牵头单位\n配合单位\n完成时限\n备注\n${[1, 2, 3, 4].map(cell).join('\n')}\n${page(2)}`,
    kept: [[1, 2, 3, 4].map(cell).join('\n')],
  },
  { name: 'a column of numbers on consecutive lines', input: `${page(1)}\n1\n2\n3\n4\n${page(2)}`, kept: ['1\n2\n3\n4\n'] },
  { name: '"第3页" inside a sentence', input: `${page(1)}\n具体任务详见第3页附表。\n${page(2)}`, kept: ['具体任务详见第3页附表。'] },
  { name: 'a year alone on a line', input: `${page(1)}\n2021\n年是“十四五”的开局之年。\n${page(2)}`, kept: ['2021年是“十四五”的开局之年。'] },
  { name: 'a range that starts a line', input: `${page(1)}\n80-100张床位的县级医院要设立重症医学科。\n${page(2)}`, kept: ['80-100张床位的县级医院要设立重症医学科。'] },
  { name: 'a counted item that starts a line', input: `${page(1)}\n3个专科联盟\n${page(2)}`, kept: ['3个专科联盟'] },
  { name: 'a numbered heading', input: `${page(1)}\n4.加强组织保障\n${page(2)}`, kept: ['4.加强组织保障'] },
];

describe('page markers are removed and reported', () => {
  it.each(inBothWidths(markers))('$name ($width)', ({ input, markers: n, write }) => {
    const r = run(write(input));
    const reported = r.file.copies.filter((c) => c.note === 'page marker');
    expect(reported).toHaveLength(n!);
    // Every page's text is still there, and nothing but text: no marker line is left.
    for (let k = 1; k <= 4; k++) if (input.includes(`卷${k}第1句`)) expect(squeeze(r.text)).toContain(squeeze(page(k)));
    for (const line of r.text.split('\n')) expect(line).not.toMatch(/^\s*(?:-+\s*\d+\s*-+|\d{1,3}|第\s*\d+\s*页.*|Page.*|\d+ \/ \d+)\s*$/);
  });
});

describe('numbers that are content are kept', () => {
  it.each(inBothWidths(content))('$name ($width)', ({ input, kept = [], write }) => {
    const r = run(write(input));
    for (const k of kept) expect(r.text).toContain(k);
    expect(r.file.copies.filter((c) => c.note === 'page marker')).toEqual([]);
  });
});

describe('a sentence cut by a page break', () => {
  it('is joined again once the marker is gone (wrapped export)', () => {
    const wrapped = '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设,加快构建优质高效的医疗卫生服务体系,不断提高人民群众的获得感、幸福感和安全感。各地要结合实际,细化工作措施,明确责任分工,确保各项任务落到实处,推进体制机制改革,不断提高水平。'.repeat(3);
    const lines = wrapped.match(/.{1,30}/gu)!;
    const input = [...lines.slice(0, 5), '', ' - 2 -', '', ...lines.slice(5)].join('\n');
    const r = run(input);
    expect(r.text).toBe(wrapped);
  });
});
