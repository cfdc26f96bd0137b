import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/extract/segments.js';

const TEXT = '一、总体要求\n  (一)工作目标。到2025年,覆盖率达到95%。 \n\n\u3000\u3000（二）重点任务：年底前完成。\u3000\n   \n';
const at = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as [number, number];

describe('segmentText: a task\'s ranges, each line trimmed, blank lines dropped', () => {
  it.each<[string, Array<[number, number]>, string]>([
    ['one line', [at('一、总体要求')], '一、总体要求'],
    ['one line with spaces around (ASCII)', [[7, TEXT.indexOf('\n\n')]], '(一)工作目标。到2025年,覆盖率达到95%。'],
    ['one line with ideographic spaces around (full-width)', [[TEXT.indexOf('\u3000\u3000'), TEXT.indexOf('\u3000\n') + 1]], '（二）重点任务：年底前完成。'],
    ['a blank line only', [[TEXT.indexOf('   \n'), TEXT.indexOf('   \n') + 3]], ''],
    ['several lines, the blank ones dropped', [[0, TEXT.length]], '一、总体要求\n(一)工作目标。到2025年,覆盖率达到95%。\n（二）重点任务：年底前完成。'],
    ['a title and the body right after it read as one', [[0, 3], [3, 6]], '一、总体要求'],
    ['ranges apart, one line each', [at('一、总体要求'), at('（二）重点任务')], '一、总体要求\n（二）重点任务'],
  ])('%s', (_, ranges, expected) => {
    expect(segmentText(TEXT, ranges)).toBe(expected);
  });
});
