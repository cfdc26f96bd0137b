import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { fixtures } from '../helpers/fixtures.js';

/** Every `span` (and Copy `of`) anywhere in a document, with where it is. */
function spans(node: unknown, path = '$', out: Array<{ path: string; span: unknown }> = []) {
  if (Array.isArray(node)) node.forEach((x, i) => spans(x, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'span' || k === 'of') out.push({ path: `${path}.${k}`, span: v });
      else if (k !== 'source') spans(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/**
 * The contract's offsets: `[start, end)` in code points into `source.text`. Whatever the later
 * stages find, every span they report must lie inside that text.
 */
describe('spans point into source.text, in code points', () => {
  const inputs = [
    ...fixtures().map((f) => ({ name: f.name, path: f.path, input: f.bytes as string | Uint8Array })),
    { name: 'html', path: 'page.html', input: '<p>一、总体要求</p><p>(一)6月底前完成😀。</p><div hidden>一、总体要求</div>' },
    { name: 'markdown', path: 'plan.md', input: '## 一、总体要求\n\n1. [甲](a)6月底前完成𠀀\n' },
  ];

  it.each(inputs)('$name', ({ path, input }) => {
    const doc = parse(input, { path, includeText: true, year: 2021 });
    const length = [...doc.source.text!].length;
    for (const { path: where, span } of spans(doc)) {
      expect(span, where).toEqual([expect.any(Number), expect.any(Number)]);
      const [start, end] = span as [number, number];
      expect(0 <= start && start <= end && end <= length, `${where} = [${start}, ${end}) in ${length} code points`).toBe(true);
    }
  });
});
