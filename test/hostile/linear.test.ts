/**
 * Linear time by construction (issue 17): each hostile generator is timed at n and 2n; a
 * quadratic rule shows as a ratio near 4, a linear pipeline near 2. CPU time of this process
 * (best of two), not wall time, so a busy machine does not fail the test.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { GENERATORS } from './generators.js';

/** Past 3 the time grows faster than the input: 2n costs 4× n at a square. */
const MAX_RATIO = 3;

function cpuMs(input: string, format: (typeof GENERATORS)[number]['format']): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const before = process.cpuUsage();
    parse(input, { inputFormat: format });
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('parse() time grows linearly with hostile input', () => {
  it.each(GENERATORS.map((g) => [g.name, g] as const))('%s', (_, g) => {
    const small = g.make(g.n), large = g.make(2 * g.n);
    let ratio = Infinity, detail = '';
    // A second measure before failing: one noisy run (a GC, a busy core) is no square.
    for (let attempt = 0; attempt < 2 && ratio > MAX_RATIO; attempt++) {
      const a = cpuMs(small, g.format), b = cpuMs(large, g.format);
      // Below a few milliseconds the clock says nothing: count it as linear.
      ratio = b < 30 ? 2 : b / Math.max(a, 1);
      detail = `${small.length} chars: ${a.toFixed(0)} ms, ${large.length} chars: ${b.toFixed(0)} ms`;
    }
    expect(ratio, detail).toBeLessThan(MAX_RATIO);
  });
});
