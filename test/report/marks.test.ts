import { describe, expect, it } from 'vitest';
import { collectMarks, segment, type Mark } from '../../src/output/report/marks.js';
import { syntheticDocument } from './synthetic.js';

const m = (id: string, start: number, end: number, kind: Mark['kind'] = 'unit'): Mark => ({ id, kind, start, end });
const runs = (text: string, marks: Mark[]) => segment(text, marks).map((s) => [s.text, s.marks.map((x) => x.id).join(' ')]);

describe('segment', () => {
  it.each([
    { name: 'one mark', text: '由市卫健委牵头', marks: [m('u', 1, 5)], expect: [['由', ''], ['市卫健委', 'u'], ['牵头', '']] },
    { name: 'nested: a target holding a deadline', text: '到年底就诊率90%', marks: [m('g', 0, 9, 'target'), m('d', 0, 3, 'deadline')],
      expect: [['到年底', 'g d'], ['就诊率90%', 'g']] },
    { name: 'crossing', text: 'abcdef', marks: [m('a', 1, 4), m('b', 2, 6)], expect: [['a', ''], ['b', 'a'], ['cd', 'a b'], ['ef', 'b']] },
    { name: 'empty mark', text: 'ab', marks: [m('e', 1, 1)], expect: [['a', ''], ['', 'e'], ['b', '']] },
    { name: 'astral characters count as one', text: '𠮷安县𠮷', marks: [m('u', 1, 4)], expect: [['𠮷', ''], ['安县𠮷', 'u']] },
    { name: 'no marks', text: '原文', marks: [], expect: [['原文', '']] },
  ])('$name', ({ text, marks, expect: want }) => {
    expect(runs(text, marks)).toEqual(want);
  });

  it('labels only where a mark starts', () => {
    const segs = segment('abcdef', [m('a', 1, 4), m('b', 2, 6)]);
    expect(segs.map((s) => s.starting.map((x) => x.id).join(''))).toEqual(['', 'a', 'b', '']);
  });
});

describe('collectMarks on the synthetic document', () => {
  const doc = syntheticDocument();
  const text = doc.source.text!;
  const chars = Array.from(text);
  const { marks, problems } = collectMarks(doc, chars.length);
  const segs = segment(text, marks);

  it('has every deadline, unit and target, and no problems', () => {
    expect(problems).toEqual([]);
    const count = (kind: Mark['kind']) => marks.filter((x) => x.kind === kind).length;
    expect(count('deadline')).toBe(doc.tasks.flatMap((t) => t.deadlines).length);
    expect(count('unit')).toBe(doc.tasks.flatMap((t) => t.units).length);
    expect(count('target')).toBe(doc.tasks.flatMap((t) => t.targets).length);
  });

  it('the runs of each mark put together are exactly its span of the text (in code points)', () => {
    for (const mark of marks) {
      const joined = segs.filter((s) => s.marks.includes(mark)).map((s) => s.text).join('');
      expect(joined, mark.id).toBe(chars.slice(mark.start, mark.end).join(''));
    }
    doc.tasks.forEach((t, i) => t.deadlines.forEach((d, k) => {
      expect(segs.filter((s) => s.marks.some((x) => x.id === `t${i}d${k}`)).map((s) => s.text).join('')).toBe(d.text);
    }));
  });

  it('the runs are the whole text, in order', () => {
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('clamps spans outside the text and says so', () => {
    const bad = { ...doc, tasks: [{ ...doc.tasks[0]!, units: [{ name: '某局', role: 'lead' as const, span: [chars.length - 1, chars.length + 5] as [number, number] }] }] };
    const result = collectMarks(bad, chars.length);
    expect(result.problems).toEqual([expect.stringContaining('outside the source text')]);
    expect(result.marks.find((x) => x.id === 't0u0')).toMatchObject({ start: chars.length - 1, end: chars.length });
  });
});
