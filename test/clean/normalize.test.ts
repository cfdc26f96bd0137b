import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/clean/mapped-text.js';
import { normalize } from '../../src/clean/normalize.js';
import { fullWidth, run } from './helpers.js';

interface Case { name: string; input: string; expect: string }

const folded: Case[] = [
  { name: 'full-width parentheses', input: '（一）加强组织领导', expect: '(一)加强组织领导' },
  { name: 'full-width comma, colon, semicolon', input: '目标：完成，推进；落实。', expect: '目标:完成,推进;落实。' },
  { name: 'full-width percent sign and dot', input: '达到９０％以上，增长１．５个百分点。', expect: '达到90%以上,增长1.5个百分点。' },
  { name: 'full-width digits and letters', input: '２０２２年ＧＤＰ增长６％', expect: '2022年GDP增长6%' },
  { name: 'ideographic space and NBSP', input: '牵头部门\u3000配合部门\u00a0完成时限', expect: '牵头部门 配合部门 完成时限' },
  { name: 'dash variants in ranges', input: '80—100张,8–10张,1～2个,10~20家,2‐3个,5−6项,7―8名,9﹣10天', expect: '80-100张,8-10张,1-2个,10-20家,2-3个,5-6项,7-8名,9-10天' },
  { name: '。 typed as the decimal point', input: '增长4。9%,全年增长１２。５％。', expect: '增长4.9%,全年增长12.5%。' },
  { name: 'small-form variants', input: '﹙一﹚甲﹑乙﹐丙﹔丁﹕戊﹪', expect: '(一)甲、乙,丙;丁:戊%' },
  { name: 'CR LF, a lone CR, zero-width characters and a BOM', input: '\ufeff第一行\r\n第二\u200b行\r第三行\u00ad。', expect: '第一行\n第二行\n第三行。' },
];

const unchanged: Case[] = [
  { name: '。 at a sentence end, after a digit', input: '全年完成3。下一步继续推进。', expect: '全年完成3。下一步继续推进。' },
  { name: '。 after a year', input: '截至2022年。', expect: '截至2022年。' },
  { name: 'full-width question mark (a real question)', input: '如何推进？', expect: '如何推进？' },
  { name: 'ASCII question mark (maybe a lost character)', input: '医保?付', expect: '医保?付' },
  { name: '〔〕 of a document number', input: '定卫办发〔2022〕13号', expect: '定卫办发〔2022〕13号' },
  { name: 'quotation marks, 、 and 《》', input: '“讲医改、见行动”《方案》', expect: '“讲医改、见行动”《方案》' },
  { name: 'ASCII text', input: '(一)达到90%,增长1.5个百分点:完成;', expect: '(一)达到90%,增长1.5个百分点:完成;' },
];

describe('width and variant forms are folded once', () => {
  it.each(folded)('$name', ({ input, expect: want }) => {
    expect(normalize(MappedText.identity(input)).text).toBe(want);
    expect(run(input).text).toBe(want);
  });
  it.each(unchanged)('keeps $name', ({ input, expect: want }) => {
    expect(normalize(MappedText.identity(input)).text).toBe(want);
    expect(run(input).text).toBe(want);
  });

  it('gives ASCII and full-width writings of the same text the same result', () => {
    const ascii = '(一)县域内就诊率达到90%以上,基层诊疗量占比达到65.5%;80-100张床位:完成。';
    expect(run(fullWidth(ascii)).text).toBe(run(ascii).text);
  });

  it('maps every folded character to its own source character', () => {
    const source = '（一）增长４。９％';
    const t = normalize(MappedText.identity(source));
    expect(t.text).toBe('(一)增长4.9%');
    for (let i = 0; i < t.length; i++) expect(t.sourceRange(i, i + 1)).toEqual([i, i + 1]);
  });

  it('maps around dropped characters', () => {
    const source = 'a\r\nb\u200bc';
    const t = normalize(MappedText.identity(source));
    expect(t.text).toBe('a\nbc');
    expect([...t.text].map((_, i) => source[t.sourceAt(i)])).toEqual(['a', '\n', 'b', 'c']);
  });

  it('returns the same object when nothing needs folding', () => {
    const t = MappedText.identity('一、总体要求');
    expect(normalize(t)).toBe(t);
  });
});
