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
/** CPU milliseconds the smaller document must take for the ratio to mean anything. */
const MIN_MS = 60;

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
    // Grown until the small one takes a measurable time: below some 60 ms a busy machine's noise is the ratio.
    // Timed warm (one parse of the shape first): a cold first run, the JIT compiling on other threads
    // of this process, would stop the growth at a size that takes a third of that once warm.
    cpuMs(g.make(g.n), g.format);
    let n = g.n;
    while (n < 16 * g.n && cpuMs(g.make(n), g.format) < MIN_MS) n *= 2;
    let ratio = Infinity, detail = '';
    // Measured again before failing: one noisy run (a GC, a busy core) is no square. The last try
    // doubles the size: a square costs 4× at every size, while a step at one size (the heap
    // growing past a threshold between n and 2n) does not repeat at 2n and 4n.
    for (let attempt = 0; attempt < 3 && ratio > MAX_RATIO; attempt++) {
      if (attempt === 2) n *= 2;
      const small = g.make(n), large = g.make(2 * n);
      const a = cpuMs(small, g.format), b = cpuMs(large, g.format);
      ratio = b / Math.max(a, 1);
      detail = `${small.length} chars: ${a.toFixed(0)} ms, ${large.length} chars: ${b.toFixed(0)} ms`;
    }
    expect(ratio, detail).toBeLessThan(MAX_RATIO);
  });
});
