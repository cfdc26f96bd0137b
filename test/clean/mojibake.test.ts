import { describe, expect, it } from 'vitest';
import { fold, inBothWidths, run } from './helpers.js';

interface Case { name: string; input: string; lost: number; lines?: number }

const lost: Case[] = [
  { name: 'a marker and a word that lost a character', input: '?、完善医保?付政策,推进家庭医?签约服务。', lost: 3 },
  { name: 'two characters lost in a row', input: '县域医共体建设的??要点!', lost: 2 },
  { name: 'a run of three', input: '乡镇卫???与村卫?室一体化管理。', lost: 4 },
  { name: 'U+FFFD replacement characters', input: '医保\uFFFD付\uFFFD策落实情况。', lost: 2 },
  { name: 'after , and 。 and before “', input: '推进改革,?层医改新政之?。?“县管乡用”', lost: 3 },
  { name: 'a paragraph of lost characters', input: '建设是医疗卫?服务体系的?次?我整合、?我优化、?我提升,是供给侧结构性改?。', lost: 6 },
  { name: 'two lines, one diagnostic each', input: '国医疗体制改?的深?推进。\n正文没有问题。\n就医,在家门?享受到与?医院?样优质的服务。', lost: 5, lines: 2 },
  { name: 'a lost character inside a question clause still counts when there are more', input: '是否落实医保??付政策', lost: 2 },
];

const notLost: Case[] = [
  { name: 'full-width question marks', input: '这是一个问题吗？那是什么？', lost: 0 },
  { name: 'a URL query string', input: '详见 http://www.gov.cn/index.html?id=3&page=2 网页。', lost: 0 },
  { name: 'one ASCII question mark at the end of a question', input: '下一步怎么办?', lost: 0 },
  { name: 'two ASCII questions in one line', input: '为什么要改革?怎样改革?', lost: 0 },
  { name: 'questions closed by 吗 and 呢', input: '任务完成了吗?群众满意吗?问题在哪里呢?', lost: 0 },
  { name: 'one lost character alone in a line (too weak to report)', input: '推进家庭医?签约服务。', lost: 0 },
  { name: 'question marks in Latin text', input: 'Why? How? What next?', lost: 0 },
  { name: 'a text without any', input: '推进分级诊疗制度建设。', lost: 0 },
];

describe('characters lost to "?" are counted and reported; the text is kept', () => {
  it.each(inBothWidths([...lost, ...notLost]))('$name ($width)', ({ input, lost: n, lines = n ? 1 : 0, write }) => {
    const source = write(input);
    const r = run(source);
    expect(r.cleaned.lostCharacters).toBe(n);
    expect(r.text).toBe(fold(source)); // kept, every '?' included
    const diags = r.file.messages.filter((m) => m.code === 'mojibake');
    expect(diags).toHaveLength(lines);
    for (const d of diags) {
      expect(d.severity).toBe('warning');
      const [s, e] = d.span!;
      expect(source.slice(s, e)).toMatch(/[?\uFFFD]/);
      expect(source.slice(s, e)).not.toContain('\n');
    }
  });
});
