import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointMapper, MappedText, MappedTextBuilder } from '../../src/clean/mapped-text.js';

/**
 * The offset map stored unit by unit, as it was before the map was stored by pieces: one source
 * index per UTF-16 unit, plus the end. The reference the piecewise map must agree with.
 */
class DenseText {
  constructor(readonly text: string, readonly origin: number[]) {}
  static identity(text: string): DenseText { return new DenseText(text, Array.from({ length: text.length + 1 }, (_, i) => i)); }
  sourceRange(start: number, end: number): [number, number] {
    if (end <= start) { const at = this.origin[start] ?? this.origin[this.origin.length - 1]!; return [at, at]; }
    return [this.origin[start]!, this.origin[end - 1]! + 1];
  }
}

type Op = { kind: 'keep'; start: number; end: number } | { kind: 'replace'; start: number; end: number; text: string };

function applyDense(from: DenseText, ops: Op[]): DenseText {
  let text = '';
  const origin: number[] = [];
  for (const op of ops) {
    if (op.kind === 'keep') {
      text += from.text.slice(op.start, op.end);
      for (let i = op.start; i < op.end; i++) origin.push(from.origin[i]!);
    } else if (op.text) {
      text += op.text;
      if (op.text.length === op.end - op.start) for (let i = op.start; i < op.end; i++) origin.push(from.origin[i]!);
      else for (let i = 0; i < op.text.length; i++) origin.push(from.origin[Math.min(op.start, from.text.length)]!);
    }
  }
  origin.push(from.origin[from.text.length]!);
  return new DenseText(text, origin);
}

function applyMapped(from: MappedText, ops: Op[]): MappedText {
  const b = new MappedTextBuilder(from);
  for (const op of ops) {
    if (op.kind === 'keep') b.keep(op.start, op.end);
    else b.replace(op.start, op.end, op.text);
  }
  return b.build();
}

/**
 * One cleaning step over a text of `length` units, as the stages make them: ranges in order,
 * each kept, dropped, replaced by text of the same length (width folding) or of another
 * (a join, a dropped CR), or text inserted. Cut points come from `cuts` (fractions of the length).
 */
const step = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('keep', 'drop', 'same', 'other', 'insert'), fc.constantFrom('', ' ', '-', 'ab', '一二三')), { maxLength: 12 });

function opsFor(length: number, cuts: Array<[number, string, string]>): Op[] {
  const points = [...new Set(cuts.map(([f]) => Math.floor(f * length)))].sort((a, b) => a - b);
  const ops: Op[] = [];
  let at = 0;
  points.forEach((p, k) => {
    const [, kind, text] = cuts[k]!;
    if (p > at) {
      if (kind === 'drop') { /* the range goes */ }
      else if (kind === 'same') ops.push({ kind: 'replace', start: at, end: p, text: 'x'.repeat(p - at) });
      else if (kind === 'other') ops.push({ kind: 'replace', start: at, end: p, text });
      else ops.push({ kind: 'keep', start: at, end: p });
    }
    if (kind === 'insert') ops.push({ kind: 'replace', start: p, end: p, text });
    at = Math.max(at, p);
  });
  ops.push({ kind: 'keep', start: at, end: length });
  return ops;
}

describe('MappedText: the offset map stored by pieces', () => {
  it('agrees with the unit-by-unit map on every position and range, over chains of random edits', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(step, { minLength: 1, maxLength: 6 }), (source, steps) => {
      let dense = DenseText.identity(source);
      let mapped = MappedText.identity(source);
      for (const cuts of steps) {
        const ops = opsFor(dense.text.length, cuts);
        dense = applyDense(dense, ops);
        mapped = applyMapped(mapped, ops);
        expect(mapped.text).toBe(dense.text);
        const n = dense.text.length;
        for (let i = 0; i <= n; i++) expect(mapped.sourceAt(i)).toBe(dense.origin[i]);
        for (let s = 0; s <= n + 1; s++) for (let e = s; e <= Math.min(n, s + 5); e++) expect(mapped.sourceRange(s, e)).toEqual(dense.sourceRange(s, e));
        // Lookups out of order (the map remembers the last piece it found).
        for (let i = n; i >= 0; i -= 3) expect(mapped.sourceAt(i)).toBe(dense.origin[i]);
      }
    }), { seed: 17, numRuns: 400 });
  });

  it('costs one piece per change, not one entry per unit', () => {
    const line = '第一条 各地区要加强组织领导。\r\n';
    const source = line.repeat(10_000);
    const b = new MappedTextBuilder(MappedText.identity(source));
    for (let i = 0; i < 10_000; i++) {
      const start = i * line.length;
      b.keep(start, start + line.length - 2).keep(start + line.length - 1, start + line.length); // drop the CR
    }
    const t = b.build();
    expect(t.text).toBe('第一条 各地区要加强组织领导。\n'.repeat(10_000));
    expect(t.map.pieces).toBe(10_001); // the first line, then each "\n" with the line after it
    expect(t.sourceRange(line.length - 2, line.length - 1)).toEqual([line.length - 1, line.length]);
    expect(MappedText.identity(source).map.pieces).toBe(1);
  });

  it('keeps the end of an empty text and of a text cut short', () => {
    expect(MappedText.identity('').sourceRange(0, 0)).toEqual([0, 0]);
    const t = new MappedTextBuilder(MappedText.identity('abc')).keep(0, 1).build();
    expect(t.sourceRange(1, 1)).toEqual([3, 3]);
    expect(t.sourceRange(5, 5)).toEqual([3, 3]);
  });
});

/** The code-point mapper as it was: an entry per UTF-16 unit. */
function denseCodePoints(source: string): (r: [number, number]) => [number, number] {
  const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
  const isLowAt = (i: number) => { const c = source.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff && isHigh(source.charCodeAt(i - 1)); };
  const cp: number[] = [];
  let k = 0;
  for (let i = 0; i < source.length; i++) {
    cp[i] = k;
    if (!isLowAt(i)) k++;
    else cp[i] = k - 1;
  }
  cp[source.length] = k;
  return ([s, e]) => [cp[s]!, e > s && e < source.length && isLowAt(e) ? cp[e]! + 1 : cp[e]!];
}

describe('codePointMapper: astral positions only', () => {
  // Units that make pairs, lone halves and plain text.
  const unit = fc.constantFrom('a', '一', '\ud83d', '\ude00', '😀', '𠀀', '\n');
  it('agrees with the unit-by-unit mapper on every range, lone surrogates included', () => {
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), (source) => {
      const sparse = codePointMapper(source), dense = denseCodePoints(source);
      for (let s = 0; s <= source.length; s++) for (let e = s; e <= source.length; e++) expect(sparse([s, e])).toEqual(dense([s, e]));
    }), { seed: 17, numRuns: 300 });
  });
});
