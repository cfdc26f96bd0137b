import { describe, expect, it } from 'vitest';
import { quotedMask } from '../../src/extract/targets/context.js';

/** The quoted units of `text`, as the characters they hold. */
const quoted = (text: string) => [...text].filter((_, i) => quotedMask(text)[i] === 1).join('');

describe('quotedMask: the units inside a quotation', () => {
  it.each([
    ['做好“十大任务,49项工作”,完成90%', '“十大任务,49项工作”'],
    ['做好“十大任务，49项工作”，完成90％', '“十大任务，49项工作”'],
    ['落实《医疗机构工作人员廉洁从业九项准则》', '《医疗机构工作人员廉洁从业九项准则》'],
    ['开展"三个一"活动,覆盖率达到80%', '"三个一"'],
    ['「一」与『二』及〈三〉', '「一」『二』〈三〉'],
    ['完成90%', ''],
    ['“未闭合的引号,完成90%', ''],
    ['', ''],
  ])('%s → %s', (text, inside) => {
    expect(quoted(text)).toBe(inside);
  });

  it('a text that quotes nothing reads as not quoted at every index', () => {
    const mask = quotedMask('到2025年,覆盖率达到95%以上');
    for (let i = 0; i < 20; i++) expect(mask[i] === 1).toBe(false);
  });
});
