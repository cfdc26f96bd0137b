import { describe, expect, it } from 'vitest';
import { inBothWidths, run, squeeze } from './helpers.js';

const SENTENCE = '医改工作取得了明显成效,各项改革任务稳步推进,人民群众看病就医负担进一步减轻,基层医疗卫生服务能力不断提升,公立医院改革持续深化,全民医保体系更加健全,药品供应保障制度不断完善,公共卫生服务均等化水平明显提高。';
const FILLER = SENTENCE.repeat(4);

/**
 * A doc-sharing site's page chunks: the site cuts the text every `size` characters and prints each
 * chunk on a line of its own after "N、". `pieces[k]` is what chunk k must start with and end with;
 * filler makes every chunk but the last exactly `size` long.
 */
function chunked(pieces: Array<[string, string]>, { size = 250, gap = '\n' } = {}): { input: string; text: string } {
  const chunks = pieces.map(([start, end], k) => {
    const last = k === pieces.length - 1;
    const fill = FILLER.slice(0, last ? 60 : size - start.length - end.length);
    return start + fill + end;
  });
  return { input: chunks.map((c, k) => `${k + 1}、${c}`).join(gap), text: chunks.join('') };
}

interface Case { name: string; input: string; text: string; contains: string[] }

const c1 = chunked([['', '全区参合农民共计1'], ['0.4846万人,占农业人口94%。', '建设面积1'], ['9330 平方米,', '落实保障资'], ['金,', '']]);
const c2 = chunked([['医改工作总结', '已完成主'], ['体,正在装修。', '地方财政收入6.'], ['4亿元,', '既是革'], ['命老区,', '']], { gap: '\n\n' });
const c3 = chunked([['', '省、市政策'], [',认真落实', '全过程'], ['、全方位监管,', '强化健康'], ['教育促进,', '']]);
const c4 = chunked([['', '工作如下:1、加强组织领导。2、强化督促'], ['检查。3、做好宣传引导。', '取消了15%的'], ['药品加成,', '协'], ['调推进,', '']]);

const seams: Case[] = [
  { name: 'numbers cut at the seam: 共计1|3、0.4846万人, 建设面积1|4、9330 平方米', ...c1, contains: ['共计10.4846万人', '建设面积19330平方米', '落实保障资金'] },
  { name: 'chunks between blank lines; words and a decimal cut', ...c2, contains: ['已完成主体', '地方财政收入6.4亿元', '既是革命老区'] },
  { name: 'a chunk that starts with "," or with the text\'s own "、"', ...c3, contains: ['省、市政策,认真落实', '全过程、全方位监管', '强化健康教育促进'] },
  { name: 'real "1、" items inside a chunk stay', ...c4, contains: ['工作如下:1、加强组织领导。2、强化督促检查。3、做好宣传引导。', '取消了15%的药品加成', '协调推进'] },
  {
    name: 'sixteen chunks, numbers of two digits',
    ...chunked(Array.from({ length: 16 }, (_, k) => [k ? `续${k}` : '', `断${k + 1}`] as [string, string]), { size: 300 }),
    contains: ['断1续1', '断9续9', '断10续10', '断15续15'],
  },
  {
    name: 'the last chunk shorter, the chunk size another',
    ...chunked([['', '卫生院'], ['院长年收入达到', '定编定'], ['岗后,', '各级各类人'], ['员的工作积极性', '']], { size: 180 }),
    contains: ['卫生院院长年收入达到', '定编定岗后', '各级各类人员的工作积极性'],
  },
];

describe('page-chunk seams are repaired', () => {
  it.each(inBothWidths(seams))('$name ($width)', ({ input, text, contains, write }) => {
    const r = run(write(input));
    for (const s of contains) expect(r.text).toContain(s);
    // The whole text is there once, with no chunk number left.
    expect(squeeze(r.text)).toBe(squeeze(text));
    const chunks = input.match(/^\d+、/gm)!.length;
    expect(r.file.messages.filter((m) => m.code === 'chunk-seam-repaired')).toHaveLength(chunks - 1);
    const numbers = r.file.copies.filter((c) => c.kind === 'boilerplate' && /^page-chunk/.test(c.note ?? ''));
    expect(numbers.map((c) => r.source.slice(c.span[0], c.span[1]).replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))))
      .toEqual(Array.from({ length: chunks }, (_, k) => `${k + 1}、`));
  });

  it('reports each seam with a span that holds the end of one chunk and the start of the next', () => {
    const r = run(c1.input);
    const spans = r.file.messages.filter((m) => m.code === 'chunk-seam-repaired').map((m) => r.source.slice(m.span![0], m.span![1]));
    expect(spans).toEqual(['1\n2、0', '1\n3、9', '资\n4、金']);
  });
});

const longItem = (title: string, n: number, unit: string) =>
  `${title},${FILLER.slice(0, n)}责任单位:${unit}`;

const outlines: Array<{ name: string; input: string }> = [
  { name: 'short items ending in 。', input: '1、加强组织领导。\n2、强化督促检查。\n3、做好宣传引导。\n4、严格考核问责。' },
  { name: 'an outline of titles', input: '1、总体要求\n2、主要任务\n3、保障措施\n4、工作步骤' },
  { name: 'long items, each a paragraph ending in 。', input: [1, 2, 3, 4].map((k) => `${k}、${SENTENCE.repeat(2)}`).join('\n') },
  {
    name: 'long work-plan items ending with their responsible unit',
    input: [longItem('推进分级诊疗', 180, '市卫健委'), longItem('深化医保支付方式改革', 240, '市医保局'), longItem('加强基层能力建设', 130, '市卫健委、市财政局'), longItem('完善药品供应保障', 300, '市市场监管局')]
      .map((t, k) => `${k + 1}、${t}`).join('\n'),
  },
  { name: 'numbered lines that do not start at 1', input: [3, 4, 5, 6].map((k) => `${k}、${FILLER.slice(0, 250)}建设面积1`).join('\n') },
  { name: 'a numbering gap', input: [1, 2, 4, 5].map((k) => `${k}、${FILLER.slice(0, 250)}建设面积1`).join('\n') },
  { name: 'items with body lines between them', input: [1, 2, 3].map((k) => `${k}、加强组织领导\n${FILLER.slice(0, 250)}`).join('\n') },
  { name: 'long items ending in ; and :', input: [1, 2, 3, 4].map((k) => `${k}、${FILLER.slice(0, 200 + 10 * k)}${k % 2 ? ';' : ':'}`).join('\n') },
];

describe('a real outline numbered 1、2、3、 is not taken for page chunks', () => {
  it.each(inBothWidths(outlines))('$name ($width)', ({ input, write }) => {
    const r = run(write(input));
    expect(r.file.messages.filter((m) => m.code === 'chunk-seam-repaired')).toEqual([]);
    expect(r.file.copies).toEqual([]);
    const numbers = input.match(/^\d+、/gm)!;
    for (const n of numbers) expect(r.text).toMatch(new RegExp(`^${n}`, 'm'));
  });
});
