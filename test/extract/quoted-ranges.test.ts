import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUOTE_MARKS, isQuoted, quotedRanges } from '../../src/extract/targets/context.js';
import { scanQuantities } from '../../src/extract/targets/quantities.js';

/** The quotations of `text`, from the quote marks the text scan notes. */
function rangesOf(text: string): number[] {
  const marks: number[] = [];
  scanQuantities(text, marks);
  return quotedRanges(text, marks);
}

/** The quoted units of `text`, as the characters they hold. */
const quoted = (text: string) => {
  const ranges = rangesOf(text);
  return [...text].filter((_, i) => isQuoted(ranges, i)).join('');
};

/** The mask of quoted units as it was made before the scan noted the marks: a search of every mark. */
function referenceMask(text: string): Uint8Array {
  const pairs = new Map([['“', '”'], ['《', '》'], ['「', '」'], ['『', '』'], ['〈', '〉']]);
  const mask = new Uint8Array(text.length);
  const openAt = new Map<string, number>();
  let asciiOpen = -1;
  const mark = (from: number, to: number) => { if (to - from <= 40) mask.fill(1, from, to); };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!QUOTE_MARKS.includes(c)) continue;
    const closing = pairs.get(c);
    const opened = openAt.get(c);
    if (closing) openAt.set(closing, i);
    else if (opened !== undefined) { mark(opened, i + 1); openAt.delete(c); }
    else if (c === '"') {
      if (asciiOpen < 0) asciiOpen = i;
      else { mark(asciiOpen, i + 1); asciiOpen = -1; }
    }
  }
  return mask;
}

describe('quotedRanges: the units inside a quotation', () => {
  it.each([
    ['做好“十大任务,49项工作”,完成90%', '“十大任务,49项工作”'],
    ['做好“十大任务，49项工作”，完成90％', '“十大任务，49项工作”'],
    ['落实《医疗机构工作人员廉洁从业九项准则》', '《医疗机构工作人员廉洁从业九项准则》'],
    ['开展"三个一"活动,覆盖率达到80%', '"三个一"'],
    ['「一」与『二』及〈三〉', '「一」『二』〈三〉'],
    ['“5个百分点”与《20%》', '“5个百分点”《20%》'],
    ['完成90%', ''],
    ['“未闭合的引号,完成90%', ''],
    ['', ''],
  ])('%s → %s', (text, inside) => {
    expect(quoted(text)).toBe(inside);
  });

  it('a text that quotes nothing has no quotation', () => {
    expect(rangesOf('到2025年,覆盖率达到95%以上')).toEqual([]);
  });

  it('reads every unit as the search of every mark did, on texts of quotes, numbers and units', () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS, '"', '10', '个', '%', '以上', '百分之', '二十', '至', '/年', '〔', '〕', '\t', '(%)') },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      const ranges = rangesOf(text);
      const mask = referenceMask(text);
      for (let i = 0; i < text.length; i++) expect(isQuoted(ranges, i)).toBe(mask[i] === 1);
    }), { numRuns: 10_000 });
  });
});
